import { booleanOf, isPresent, stringOf } from '../../model/value';
import { Rule } from '../rule';
import { accessLogOf } from './access-log';
import { routeSettingsOf } from './route-settings';

/** The resource that sets API Gateway's account-level CloudWatch Logs role. */
const ACCOUNT_TYPE = 'AWS::ApiGateway::Account';

export const stageWebSocketLoggingRole: Rule = {
  id: 'stage-websocket-logging-role',
  severity: 'warning',
  summary: 'A WebSocket stage that logs needs API Gateway\'s account CloudWatch Logs role; the template should set it (AWS::ApiGateway::Account)',
  references: ['STAGE-012'],
  check(model, report) {
    const accountRoleSet = [...model.resources.values()].some(r => r.type === ACCOUNT_TYPE && isPresent(r.properties.CloudWatchRoleArn));
    if (accountRoleSet) return;
    for (const stage of model.stages) {
      if (stage.api?.protocol !== 'WEBSOCKET') continue;
      const log = accessLogOf(stage);
      let path: string | undefined = log && (log.hasDestination || log.hasFormat) ? 'AccessLogSettings' : undefined;
      for (const { settings, prefix } of routeSettingsOf(stage)) {
        if (path) break;
        const level = stringOf(settings.LoggingLevel);
        if (level === 'ERROR' || level === 'INFO') path = `${prefix}LoggingLevel`;
        else if (booleanOf(settings.DataTraceEnabled) === true) path = `${prefix}DataTraceEnabled`;
      }
      if (!path) continue;
      report({
        resource: stage,
        path,
        message: 'the stage logs, and WebSocket logging fails to deploy ("CloudWatch Logs role ARN must be set in account settings to enable logging") unless the account has API Gateway\'s CloudWatch Logs role; this template sets none: add an AWS::ApiGateway::Account with CloudWatchRoleArn, or acknowledge this warning if the account already has one',
      });
    }
  },
};
