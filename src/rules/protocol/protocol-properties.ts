import { ApiChild, Protocol, ResourceNode, TemplateModel } from '../../model/nodes';
import { booleanOf, isPresent, isUnknown, mapOf } from '../../model/value';
import { Reporter } from '../rule';
import { routeSettingsOf } from '../stage/route-settings';

/** A property the API reference marks "Supported only for HTTP APIs" or "... WebSocket APIs". */
interface OnlyOn {
  readonly property: string;
  readonly protocol: Protocol;
  readonly reference: string;
  /**
   * Where a deployment was seen failing on the property set on the other protocol. "Supported only for"
   * alone is not a rejection (the reference says it of `ConnectionId`, which WebSocket APIs take).
   */
  readonly observed?: string;
}

const API: OnlyOn[] = [
  { property: 'CorsConfiguration', protocol: 'HTTP', reference: 'API-006', observed: 'PF:pf-apigwv2-websocket-no-cors' },
  { property: 'Body', protocol: 'HTTP', reference: 'API-008' },
  { property: 'BodyS3Location', protocol: 'HTTP', reference: 'API-008' },
  { property: 'BasePath', protocol: 'HTTP', reference: 'API-008' },
  { property: 'Target', protocol: 'HTTP', reference: 'API-010' },
  { property: 'RouteKey', protocol: 'HTTP', reference: 'API-010' },
  { property: 'CredentialsArn', protocol: 'HTTP', reference: 'API-010' },
  { property: 'ApiKeySelectionExpression', protocol: 'WEBSOCKET', reference: 'API-005' },
  { property: 'DisableSchemaValidation', protocol: 'WEBSOCKET', reference: 'API-007' },
];
const ROUTE: OnlyOn[] = [
  { property: 'ApiKeyRequired', protocol: 'WEBSOCKET', reference: 'ROUTE-014', observed: 'PF:pf-apigwv2-http-route-no-api-key' },
  { property: 'RequestParameters', protocol: 'WEBSOCKET', reference: 'ROUTE-017' },
  { property: 'RequestModels', protocol: 'WEBSOCKET', reference: 'ROUTE-018' },
  { property: 'ModelSelectionExpression', protocol: 'WEBSOCKET', reference: 'ROUTE-018' },
  { property: 'RouteResponseSelectionExpression', protocol: 'WEBSOCKET', reference: 'ROUTE-019' },
];
const INTEGRATION: OnlyOn[] = [
  { property: 'IntegrationSubtype', protocol: 'HTTP', reference: 'INT-021' },
  { property: 'TlsConfig', protocol: 'HTTP', reference: 'INT-019' },
  { property: 'ResponseParameters', protocol: 'HTTP', reference: 'INT-029' },
  { property: 'RequestTemplates', protocol: 'WEBSOCKET', reference: 'INT-026' },
  { property: 'TemplateSelectionExpression', protocol: 'WEBSOCKET', reference: 'INT-026' },
  { property: 'PassthroughBehavior', protocol: 'WEBSOCKET', reference: 'INT-026' },
  { property: 'ContentHandlingStrategy', protocol: 'WEBSOCKET', reference: 'INT-026' },
];
const AUTHORIZER: OnlyOn[] = [
  { property: 'JwtConfiguration', protocol: 'HTTP', reference: 'AUTH-001' },
  { property: 'AuthorizerPayloadFormatVersion', protocol: 'HTTP', reference: 'AUTH-012' },
  { property: 'EnableSimpleResponses', protocol: 'HTTP', reference: 'AUTH-012' },
  { property: 'AuthorizerResultTtlInSeconds', protocol: 'HTTP', reference: 'AUTH-012' },
];
const STAGE: OnlyOn[] = [
  { property: 'ClientCertificateId', protocol: 'WEBSOCKET', reference: 'STAGE-019' },
];
/** Execution-log settings inside DefaultRouteSettings and each RouteSettings entry (STAGE-013). */
const ROUTE_SETTINGS: OnlyOn[] = [
  { property: 'LoggingLevel', protocol: 'WEBSOCKET', reference: 'STAGE-013', observed: 'hashicorp/terraform-provider-aws#14010' },
  { property: 'DataTraceEnabled', protocol: 'WEBSOCKET', reference: 'STAGE-013', observed: 'hashicorp/terraform-provider-aws#14010' },
];

const LABEL: Record<Protocol, string> = { HTTP: 'HTTP APIs', WEBSOCKET: 'WebSocket APIs' };

/**
 * Set means set to something that takes effect: `false`, `{}` and `[]` are what the service assumes when
 * the property is absent, and deploy fine (ROUTE-014: "absent or false"). An unknown value (a `Ref` to a
 * parameter, an `Fn::If` that may give `AWS::NoValue`, a CDK token) may resolve to one of those.
 */
function isEffective(value: unknown): boolean {
  if (!isPresent(value) || isUnknown(value)) return false;
  if (booleanOf(value) === false) return false;
  if (Array.isArray(value)) return value.length > 0;
  const map = mapOf(value);
  return map === undefined || Object.keys(map).length > 0;
}

/**
 * Reports each property of the model set on an API of the protocol it is not supported for: the entries
 * seen rejected (`observed`) or the others, as `rejected` says.
 */
export function checkProtocolProperties(model: TemplateModel, rejected: boolean, report: Reporter): void {
  const pick = (table: OnlyOn[]) => table.filter(e => (e.observed !== undefined) === rejected);
  for (const api of model.apis) {
    if (api.protocol) checkProperties(api, api.protocol, api.properties, '', pick(API), rejected, report);
  }
  const children: Array<[ApiChild[], OnlyOn[]]> = [
    [model.routes, ROUTE], [model.integrations, INTEGRATION], [model.authorizers, AUTHORIZER], [model.stages, STAGE],
  ];
  for (const [nodes, table] of children) {
    for (const node of nodes) {
      if (node.api?.protocol) checkProperties(node, node.api.protocol, node.properties, '', pick(table), rejected, report);
    }
  }
  for (const stage of model.stages) {
    const protocol = stage.api?.protocol;
    if (!protocol) continue;
    for (const { settings, prefix } of routeSettingsOf(stage)) {
      checkProperties(stage, protocol, settings, prefix, pick(ROUTE_SETTINGS), rejected, report);
    }
  }
}

function checkProperties(
  resource: ResourceNode, protocol: Protocol, properties: Readonly<Record<string, unknown>>, prefix: string,
  table: OnlyOn[], rejected: boolean, report: Reporter,
): void {
  for (const entry of table) {
    if (entry.protocol === protocol || !isEffective(properties[entry.property])) continue;
    report({
      resource,
      path: `${prefix}${entry.property}`,
      message: `${entry.property} is set on a resource of ${protocol === 'HTTP' ? 'an HTTP API' : 'a WebSocket API'}; it is supported only for ${LABEL[entry.protocol]} (${entry.reference})`
        + (rejected ? ', and API Gateway rejects it: remove it' : ': remove it (API Gateway ignores or rejects it)'),
    });
  }
}
