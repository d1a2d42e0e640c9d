import { Rule } from '../rule';
import { accessLogOf } from './access-log';

export const stageAccessLogSettings: Rule = {
  id: 'stage-access-log-settings',
  severity: 'warning',
  summary: 'AccessLogSettings has both DestinationArn and Format',
  references: ['STAGE-006'],
  evidence: { kind: 'documented', source: 'CFN Stage AccessLogSettings.DestinationArn/Format ("required to enable access logging": without both, logging stays off; no rejection documented)' },
  check(model, report) {
    for (const stage of model.stages) {
      const log = accessLogOf(stage);
      if (!log || log.hasDestination === log.hasFormat) continue;
      const missing = log.hasDestination ? 'Format' : 'DestinationArn';
      report({ resource: stage, path: `AccessLogSettings.${missing}`, message: `AccessLogSettings has no ${missing}; access logging needs both a DestinationArn (a log group ARN) and a Format` });
    }
  },
};
