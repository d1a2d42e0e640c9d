/**
 * Every difference a migrating app sees between aws-cdk-lib's API Gateway v2 constructs and Switchyard's, as
 * the migration tests observe it in the two templates. MIGRATING.md's table lists exactly these rows (a test
 * checks it), so that the documentation cannot drift from what the constructs do.
 */
/** A resource of a template, as the migration tests read it. */
export interface CfnResource {
  readonly Type: string;
  readonly Properties?: Record<string, unknown>;
}

/** One changed top-level property (or an added resource) with both templates, for a difference to judge. */
export interface Change {
  /** The logical id. */
  readonly resource: string;
  /** The top-level property, or `(added)`. */
  readonly property: string;
  /** aws-cdk-lib's template and Switchyard's, by logical id. */
  readonly before: Record<string, CfnResource>;
  readonly after: Record<string, CfnResource>;
}

/** Where a difference shows: a resource type, a top-level property, and which resources of that type it is about. */
export interface TemplateShape {
  readonly type: string;
  readonly property: string;
  /**
   * Whether this change is the one documented: a type and a property alone would let any change to, say, any
   * IAM policy pass as this difference.
   */
  readonly applies: (change: Change) => boolean;
}

export interface Difference {
  /** A stable id, the first column of MIGRATING.md's table. */
  readonly id: string;
  /**
   * `behaviour`: what the deployed API does changes (only secure additions, one prop away from aws-cdk-lib's);
   * `template`: the template changes, the deployed API behaves the same for its callers.
   */
  readonly kind: 'behaviour' | 'template';
  /** What differs and why, in one sentence a migrating user understands. */
  readonly summary: string;
  /** How to get aws-cdk-lib's template back, when a user wants it. */
  readonly undo: string;
  /** The resource types and top-level properties (or `(added)` for a resource only Switchyard creates) it shows in. */
  readonly template: ReadonlyArray<TemplateShape>;
}

const json = (value: unknown): string => JSON.stringify(value) ?? 'undefined';
const prop = (r: CfnResource | undefined, name: string): unknown => r?.Properties?.[name];
const was = (c: Change, name: string): unknown => prop(c.before[c.resource], name);
const now = (c: Change, name: string): unknown => prop(c.after[c.resource], name);

/** The logical id a `{ Ref }` or `{ Fn::GetAtt }` names, if the value is one. */
function referenced(value: unknown): string | undefined {
  const v = value as { 'Ref'?: unknown; 'Fn::GetAtt'?: unknown } | undefined;
  if (typeof v?.Ref === 'string') return v.Ref;
  if (Array.isArray(v?.['Fn::GetAtt']) && typeof v['Fn::GetAtt'][0] === 'string') return v['Fn::GetAtt'][0];
  return undefined;
}

/** Whether a role of the template is assumed by API Gateway, and by it alone. */
function apiGatewayRole(template: Record<string, CfnResource>, id: string | undefined): boolean {
  const role = id === undefined ? undefined : template[id];
  if (role?.Type !== 'AWS::IAM::Role') return false;
  const statements = (prop(role, 'AssumeRolePolicyDocument') as { Statement?: unknown[] } | undefined)?.Statement ?? [];
  return statements.length > 0 && statements.every(st => json((st as { Principal?: unknown }).Principal) === json({ Service: 'apigateway.amazonaws.com' }));
}

interface Statement { readonly Effect?: string; readonly Action?: string | string[]; readonly Resource?: unknown; readonly [key: string]: unknown }
const statementsOf = (doc: unknown): Statement[] => ((doc as { Statement?: Statement[] } | undefined)?.Statement ?? []);
const listOf = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

// What `queue.grantSendMessages` allows beyond SendMessage, on the queue and on its KMS key.
const SQS_EXTRA = new Set(['sqs:GetQueueAttributes', 'sqs:GetQueueUrl']);
const KMS_EXTRA = new Set(['kms:Decrypt', 'kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*']);

/**
 * Whether Switchyard's policy allows only what aws-cdk-lib's did plus what the summary of `service-role` names:
 * every statement an Allow with no other key than Effect, Action and Resource (a Sid dropped), each action one
 * aws-cdk-lib's policy allowed or an SQS extra on resources it allowed it on, or a KMS extra.
 */
function onlyDocumentedGrants(before: unknown, after: unknown): boolean {
  const allowed = new Map<string, Set<string>>();
  for (const st of statementsOf(before)) {
    if (st.Effect !== 'Allow') continue;
    for (const action of listOf(st.Action)) {
      const resources = allowed.get(action) ?? new Set<string>();
      for (const r of listOf(st.Resource)) resources.add(json(r));
      allowed.set(action, resources);
    }
  }
  const queues = new Set(listOf(statementsOf(before).find(st => listOf(st.Action).includes('sqs:SendMessage'))?.Resource).map(json));
  return statementsOf(after).every(st => st.Effect === 'Allow'
    && Object.keys(st).every(k => ['Effect', 'Action', 'Resource'].includes(k))
    && listOf(st.Action).every(action => KMS_EXTRA.has(action)
      || listOf(st.Resource).every(r => (SQS_EXTRA.has(action) ? queues : allowed.get(action) ?? new Set()).has(json(r)))));
}

export const DIFFERENCES: Difference[] = [
  {
    id: 'access-logs',
    kind: 'behaviour',
    summary: 'Every stage writes JSON access logs holding the request id to a new log group kept a year (aws-cdk-lib writes none): a purely additive, secure default.',
    undo: '`accessLogging: false` on the stage (HTTP: `defaultStageOptions: { accessLogging: false }` for the default stage; WebSocket: `accessLogging: { enabled: false }`)',
    template: [
      // Added where aws-cdk-lib wrote none, never a changed setting.
      { type: 'AWS::ApiGatewayV2::Stage', property: 'AccessLogSettings', applies: c => was(c, 'AccessLogSettings') === undefined },
      // A log group only a stage's access logs use.
      {
        type: 'AWS::Logs::LogGroup',
        property: '(added)',
        applies: c => Object.values(c.after).some(r => r.Type === 'AWS::ApiGatewayV2::Stage'
          && referenced((prop(r, 'AccessLogSettings') as { DestinationArn?: unknown } | undefined)?.DestinationArn) === c.resource),
      },
    ],
  },
  {
    id: 'lambda-permission-scope',
    kind: 'template',
    summary: 'Per-route Lambda invoke permissions are scoped tighter: an HTTP route\'s names its method and writes path parameters as `*` (aws-cdk-lib allows every method), a WebSocket route\'s reads `<api>/*/<route key>` (aws-cdk-lib\'s `<api>/*<route key>` also matches longer route keys ending the same way). Every call the route makes is allowed as before; CloudFormation replaces the permission in place.',
    undo: 'none needed (HTTP: `permissionScope: LambdaPermissionScope.API` gives one permission for the whole API, as aws-cdk-lib\'s `scopePermissionToRoute: false`)',
    // The same function, invoked by API Gateway: only the execute-api ARN it may be invoked from changes.
    template: [{
      type: 'AWS::Lambda::Permission',
      property: 'SourceArn',
      applies: c => json(was(c, 'FunctionName')) === json(now(c, 'FunctionName'))
        && was(c, 'Principal') === 'apigateway.amazonaws.com' && now(c, 'Principal') === 'apigateway.amazonaws.com',
    }],
  },
  {
    id: 'service-role',
    kind: 'template',
    summary: 'The role an SQS, EventBridge or Step Functions integration creates has a description, its policy statements have no `Sid`, and SQS SendMessage also allows what `queue.grantSendMessages` allows (GetQueueAttributes, GetQueueUrl, and KMS encryption for an encrypted queue, without which API Gateway cannot send to it).',
    undo: 'pass your own `role`',
    template: [
      // A description where aws-cdk-lib wrote none, on a role only API Gateway assumes.
      { type: 'AWS::IAM::Role', property: 'Description', applies: c => was(c, 'Description') === undefined && apiGatewayRole(c.after, c.resource) },
      // The policy of such roles only, allowing nothing beyond what the summary says.
      {
        type: 'AWS::IAM::Policy',
        property: 'PolicyDocument',
        applies: c => listOf(now(c, 'Roles') as unknown[] | undefined).length > 0
          && listOf(now(c, 'Roles') as unknown[]).every(r => apiGatewayRole(c.after, referenced(r)))
          && onlyDocumentedGrants(was(c, 'PolicyDocument'), now(c, 'PolicyDocument')),
      },
    ],
  },
  {
    id: 'vpc-link-security-groups',
    kind: 'template',
    summary: 'A VPC link without security groups leaves `SecurityGroupIds` out where aws-cdk-lib writes an empty list; both mean none.',
    undo: 'none needed',
    template: [{
      type: 'AWS::ApiGatewayV2::VpcLink',
      property: 'SecurityGroupIds',
      applies: c => json(was(c, 'SecurityGroupIds')) === '[]' && now(c, 'SecurityGroupIds') === undefined,
    }],
  },
  {
    id: 'route-scopes-jwt-only',
    kind: 'template',
    summary: 'An API\'s `defaultAuthorizationScopes` are written on its JWT routes only (aws-cdk-lib also writes them on IAM, Lambda-authorized and open routes, where API Gateway does not use them).',
    undo: 'none needed',
    // Left out on a route that is not JWT-authorized; a JWT route's scopes are never changed.
    template: [{
      type: 'AWS::ApiGatewayV2::Route',
      property: 'AuthorizationScopes',
      applies: c => now(c, 'AuthorizationType') !== 'JWT' && now(c, 'AuthorizationScopes') === undefined,
    }],
  },
  {
    id: 'domain-tls-1-2',
    kind: 'template',
    summary: 'A domain name writes its security policy, TLS 1.2, where aws-cdk-lib leaves it out; a domain serving HTTP or WebSocket APIs uses TLS 1.2 either way (see `SecurityPolicy`).',
    undo: 'none needed',
    // Each configuration as aws-cdk-lib wrote it once `SecurityPolicy: TLS_1_2` is taken out.
    template: [{
      type: 'AWS::ApiGatewayV2::DomainName',
      property: 'DomainNameConfigurations',
      applies: c => json(was(c, 'DomainNameConfigurations')) === json((now(c, 'DomainNameConfigurations') as Array<Record<string, unknown>> | undefined)
        ?.map(({ SecurityPolicy, ...rest }) => (SecurityPolicy === 'TLS_1_2' ? rest : { SecurityPolicy, ...rest }))),
    }],
  },
  {
    id: 'ws-mock-uri',
    kind: 'template',
    summary: 'A WebSocket mock integration leaves `IntegrationUri` out where aws-cdk-lib writes an empty string; a mock integration has no URI.',
    undo: 'none needed',
    template: [{
      type: 'AWS::ApiGatewayV2::Integration',
      property: 'IntegrationUri',
      applies: c => now(c, 'IntegrationType') === 'MOCK' && was(c, 'IntegrationUri') === '' && now(c, 'IntegrationUri') === undefined,
    }],
  },
  {
    id: 'usage-plan-stage-ref',
    kind: 'template',
    summary: 'A usage plan names each stage of the app by a `Ref` to the stage where aws-cdk-lib writes its name: the same value, and CloudFormation then creates the stage before the plan that needs it.',
    undo: 'none needed',
    // The same APIs, each stage named either as before or by a Ref to a stage of that name.
    template: [{
      type: 'AWS::ApiGateway::UsagePlan',
      property: 'ApiStages',
      applies: c => {
        const before = (was(c, 'ApiStages') ?? []) as Array<{ ApiId?: unknown; Stage?: unknown }>;
        const after = (now(c, 'ApiStages') ?? []) as Array<{ ApiId?: unknown; Stage?: unknown }>;
        return before.length === after.length && after.every((stage, i) => {
          if (json(stage.ApiId) !== json(before[i].ApiId)) return false;
          const id = referenced(stage.Stage);
          const named = id === undefined ? stage.Stage : (c.after[id]?.Type === 'AWS::ApiGatewayV2::Stage' ? prop(c.after[id], 'StageName') : undefined);
          return named !== undefined && json(named) === json(before[i].Stage);
        });
      },
    }],
  },
];
