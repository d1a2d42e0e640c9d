import { show } from '../../expressions/problem';
import { Rule } from '../rule';
import { accessLogOf } from './access-log';

/** `$context.requestId` or `$context.extendedRequestId`, braced or not, ending at a word boundary. */
const REQUEST_ID = /\$(\{context\.(requestId|extendedRequestId)\}|context\.(requestId|extendedRequestId)(?![A-Za-z0-9_]))/;

export const stageAccessLogRequestId: Rule = {
  id: 'stage-access-log-request-id',
  severity: 'error',
  summary: 'The access log Format contains $context.requestId or $context.extendedRequestId',
  references: ['STAGE-007'],
  evidence: { kind: 'observed', source: 'PF:pf-apigwv2-access-log-format-request-id; aws/aws-cdk#22591' },
  check(model, report) {
    for (const stage of model.stages) {
      const format = accessLogOf(stage)?.format;
      if (format === undefined || REQUEST_ID.test(format)) continue;
      report({
        resource: stage,
        path: 'AccessLogSettings.Format',
        message: `the access log Format ${show(format)} has no request id; it must include $context.requestId or $context.extendedRequestId`,
      });
    }
  },
};
