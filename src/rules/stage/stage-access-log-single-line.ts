import { Rule } from '../rule';
import { accessLogOf } from './access-log';

export const stageAccessLogSingleLine: Rule = {
  id: 'stage-access-log-single-line',
  severity: 'error',
  summary: 'The access log Format is a single line (a newline is allowed only at the end)',
  references: ['STAGE-008'],
  evidence: { kind: 'documented', source: 'S003 L12592 AccessLogSettings.format ("A single line format of the access logs")' },
  check(model, report) {
    for (const stage of model.stages) {
      const format = accessLogOf(stage)?.format;
      if (format === undefined) continue;
      const newline = format.search(/[\r\n]/);
      if (newline === -1 || newline === format.length - 1) continue;
      report({
        resource: stage,
        path: 'AccessLogSettings.Format',
        message: 'the access log Format spans several lines; API Gateway requires a single line (pretty-printed JSON is rejected): write it on one line',
        line: 1, // the first newline ends line 1
        column: newline + 1,
      });
    }
  },
};
