import { show } from '../../expressions/problem';
import { stringOf } from '../../model/value';
import { Rule } from '../rule';
import { routeSettingsOf } from './route-settings';

/** SDK `LoggingLevel` (S003 prints `false` for `OFF`: conflict note 8 of the specification). */
const LEVELS: readonly string[] = ['ERROR', 'INFO', 'OFF'];

export const stageLoggingLevel: Rule = {
  id: 'stage-logging-level',
  severity: 'error',
  summary: 'LoggingLevel of a WebSocket stage\'s route settings is ERROR, INFO or OFF',
  references: ['STAGE-014'],
  evidence: { kind: 'documented', source: 'S003 L12770 RouteSettings.loggingLevel ("INFO, ERROR, or OFF"); SDK LoggingLevel enum (the CloudFormation schema types it as a plain string)' },
  check(model, report) {
    for (const stage of model.stages) {
      // On an HTTP stage the property itself is protocol-unsupported-property's finding.
      if (stage.api?.protocol !== 'WEBSOCKET') continue;
      for (const { settings, prefix } of routeSettingsOf(stage)) {
        const level = stringOf(settings.LoggingLevel);
        // The case the service accepts is not documented: only a value that is no level in any case is reported.
        if (level === undefined || LEVELS.includes(level.toUpperCase())) continue;
        report({ resource: stage, path: `${prefix}LoggingLevel`, message: `LoggingLevel ${show(level)} is not a logging level; expected ${LEVELS.join(', ')}` });
      }
    }
  },
};
