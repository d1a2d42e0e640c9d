import { HTTP_API, WS_API } from './catalogue-fixtures';
import { expectRule } from './rule-table';
import { stageLoggingLevel } from '../../src/rules/stage/stage-logging-level';

const stage = (props: Record<string, unknown>) => ({ Stage: { Type: 'AWS::ApiGatewayV2::Stage', Properties: { ApiId: { Ref: 'Api' }, StageName: 'prod', ...props } } });

expectRule(stageLoggingLevel, {
  valid: [
    { name: 'each level', resources: { ...WS_API, ...stage({ DefaultRouteSettings: { LoggingLevel: 'INFO' }, RouteSettings: { $connect: { LoggingLevel: 'ERROR' }, $default: { LoggingLevel: 'OFF' } } }) } },
    { name: 'a lower-case level (case not documented)', resources: { ...WS_API, ...stage({ DefaultRouteSettings: { LoggingLevel: 'info' } }) } },
    { name: 'an unknown level', resources: { ...WS_API, ...stage({ DefaultRouteSettings: { LoggingLevel: { Ref: 'Level' } } }) } },
    { name: 'an HTTP stage (protocol-unsupported-property)', resources: { ...HTTP_API, ...stage({ DefaultRouteSettings: { LoggingLevel: 'DEBUG' } }) } },
  ],
  invalid: [
    { name: 'DEBUG by default', resources: { ...WS_API, ...stage({ DefaultRouteSettings: { LoggingLevel: 'DEBUG' } }) }, findings: [{ resource: 'Stage', path: 'DefaultRouteSettings.LoggingLevel' }] },
    { name: 'false (the reference\'s misprint) on one route', resources: { ...WS_API, ...stage({ RouteSettings: { $connect: { LoggingLevel: 'false' } } }) }, findings: [{ resource: 'Stage', path: 'RouteSettings.$connect.LoggingLevel' }] },
  ],
});
