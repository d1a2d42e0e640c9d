import { Rule } from '../rule';
import { accessLogOf } from './access-log';

/** DG quota tables: "Access log template size 3 KB" (conflict note 4 of the specification). */
const MAX_FORMAT_BYTES = 3072;

export const stageAccessLogFormatSize: Rule = {
  id: 'stage-access-log-format-size',
  severity: 'error',
  summary: 'An access log format is at most 3 KB (3,072 bytes)',
  references: ['STAGE-009'],
  evidence: { kind: 'documented', source: 'DG:http-api-quotas and DG:apigateway-execution-service-websocket-limits-table ("Access log template size 3 KB", not adjustable)' },
  check(model, report) {
    for (const stage of model.stages) {
      const format = accessLogOf(stage)?.format;
      if (format === undefined) continue;
      const bytes = Buffer.byteLength(format, 'utf8');
      if (bytes <= MAX_FORMAT_BYTES) continue;
      report({ resource: stage, path: 'AccessLogSettings.Format', message: `the access log format has ${bytes} bytes; the access log template size quota is 3 KB (${MAX_FORMAT_BYTES} bytes), not adjustable` });
    }
  },
};
