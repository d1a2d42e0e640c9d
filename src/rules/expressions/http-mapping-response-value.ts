import { parseHttpResponseValue } from '../../expressions/http-parameter-mapping';
import { Rule } from '../rule';
import { isProtocol, reportProblems, responseEntries } from './helpers';
import { VALUE_SYNTAX_CODES } from './http-mapping-request-value';

export const httpMappingResponseValue: Rule = {
  id: 'http-mapping-response-value',
  severity: 'error',
  summary: 'HTTP response mapping values are static text or $response, $context and $stageVariables variables, each in ${} when there are several',
  references: ['HTTP-PM-008', 'HTTP-PM-010', 'HTTP-PM-014'],
  evidence: { kind: 'observed', source: 'hashicorp/terraform-provider-aws#17348; S004 (response mapping values)' },
  check(model, report) {
    for (const integration of model.integrations) {
      if (!isProtocol(integration, 'HTTP')) continue;
      for (const e of responseEntries(integration)) {
        if (e.key.startsWith('remove:')) continue;
        reportProblems(report, integration, e.valuePath, e.value, parseHttpResponseValue(e.value).problems, VALUE_SYNTAX_CODES);
      }
    }
  },
};
