import { join } from 'path';
import { run } from '../../src/cli/run';

const FIXTURES = join(__dirname, '..', 'fixtures', 'every-rule');

/**
 * A template with one violation of each foundation rule: every rule fires once, on the resource and
 * property that break it, and nothing else fires (the rest of each resource is valid).
 */
test('switchyard lint foundation.yaml: each violation is reported once with its rule id, logical id and property path; exit 1', () => {
  let stdout = '';
  const code = run(['lint', join(FIXTURES, 'foundation.yaml'), '--format', 'json'], { stdout: t => { stdout += t; }, stderr: () => undefined });
  expect(code).toBe(1);
  const findings: Array<{ rule: string; resource: string; path: string }> = JSON.parse(stdout).findings;
  expect(findings.map(f => `${f.rule} ${f.resource} ${f.path}`).sort()).toEqual([
    'api-http-route-selection HttpApi RouteSelectionExpression',
    'api-key-selection-expression WsApi ApiKeySelectionExpression',
    'api-name-length LongNameApi Name',
    'api-protocol-type GrpcApi ProtocolType',
    'api-websocket-route-selection-required WsApiNoSelection RouteSelectionExpression',
    'authorizer-cache-identity-source CachingAuthorizer IdentitySource',
    'authorizer-jwt-configuration HttpIssuerAuthorizer JwtConfiguration.Issuer',
    'authorizer-lambda-uri NoUriAuthorizer AuthorizerUri',
    'authorizer-payload-format NoPayloadAuthorizer AuthorizerPayloadFormatVersion',
    'authorizer-simple-responses-payload SimpleV1Authorizer EnableSimpleResponses',
    'authorizer-ttl-range LongTtlAuthorizer AuthorizerResultTtlInSeconds',
    'authorizer-type-protocol JwtOnWs AuthorizerType',
    'integration-payload-format-required NoPayloadIntegration PayloadFormatVersion',
    'integration-payload-format-version ProxyV2Integration PayloadFormatVersion',
    'integration-timeout SlowWsIntegration TimeoutInMillis',
    'integration-type-protocol MockIntegration IntegrationType',
    'protocol-mismatched-property HttpApi DisableSchemaValidation',
    'protocol-unsupported-property WsCorsApi CorsConfiguration',
    'protocol-unsupported-resource HttpModel ApiId',
    'stage-access-log-destination FirehoseLogStage AccessLogSettings.DestinationArn',
    'stage-access-log-request-id NoRequestIdStage AccessLogSettings.Format',
    'stage-access-log-settings HalfLogStage AccessLogSettings.Format',
    'stage-access-log-single-line MultiLineLogStage AccessLogSettings.Format',
    'stage-default-websocket WsDefaultStage StageName',
    'stage-name BadNameStage StageName',
    'stage-throttling-limits OverLimitStage DefaultRouteSettings.ThrottlingRateLimit',
    'stage-throttling-range ThrottledStage DefaultRouteSettings.ThrottlingBurstLimit',
    'stage-variable-name VariablesStage StageVariables.table-name',
    'stage-variable-value VariablesStage StageVariables.bucket',
  ]);
});
