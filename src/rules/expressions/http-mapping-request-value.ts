import { parseHttpRequestValue } from '../../expressions/http-parameter-mapping';
import { Rule } from '../rule';
import { hasSubtype, isProtocol, literalEntries, reportProblems } from './helpers';

/** Codes this rule owns; JSONPath, context-variable and length problems have their own rules. */
export const VALUE_SYNTAX_CODES = ['selection-*', 'variable-source', 'variable-name', 'http-value-bare-multiple'];

export const httpMappingRequestValue: Rule = {
  id: 'http-mapping-request-value',
  severity: 'error',
  summary: 'HTTP request mapping values are static text or $request, $context and $stageVariables variables, each in ${} when there are several',
  references: ['HTTP-PM-007', 'HTTP-PM-010', 'HTTP-PM-014'],
  evidence: { kind: 'observed', source: 'hashicorp/terraform-provider-aws#17348; S004 (request mapping values)' },
  check(model, report) {
    for (const integration of model.integrations) {
      if (!isProtocol(integration, 'HTTP')) continue;
      // Subtype integrations use the same value grammar (HTTP-PM-014 is observed on SQS MessageAttributes).
      for (const e of literalEntries(integration.properties.RequestParameters, 'RequestParameters')) {
        if (e.key.startsWith('remove:') && !hasSubtype(integration)) continue;
        reportProblems(report, integration, e.path, e.value, parseHttpRequestValue(e.value).problems, VALUE_SYNTAX_CODES);
      }
    }
  },
};
