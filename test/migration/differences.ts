/**
 * Every difference a migrating app sees between aws-cdk-lib's API Gateway v2 constructs and Switchyard's, as
 * the migration tests observe it in the two templates. MIGRATING.md's table lists exactly these rows (a test
 * checks it), so that the documentation cannot drift from what the constructs do.
 */
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
  readonly template: ReadonlyArray<{ readonly type: string; readonly property: string }>;
}

export const DIFFERENCES: Difference[] = [
  {
    id: 'access-logs',
    kind: 'behaviour',
    summary: 'Every stage writes JSON access logs holding the request id to a new log group kept a year (aws-cdk-lib writes none): a purely additive, secure default.',
    undo: '`accessLogging: false` on the stage (HTTP: `defaultStageOptions: { accessLogging: false }` for the default stage; WebSocket: `accessLogging: { enabled: false }`)',
    template: [
      { type: 'AWS::ApiGatewayV2::Stage', property: 'AccessLogSettings' },
      { type: 'AWS::Logs::LogGroup', property: '(added)' },
    ],
  },
  {
    id: 'lambda-permission-scope',
    kind: 'template',
    summary: 'Per-route Lambda invoke permissions are scoped tighter: an HTTP route\'s names its method and writes path parameters as `*` (aws-cdk-lib allows every method), a WebSocket route\'s reads `<api>/*/<route key>` (aws-cdk-lib\'s `<api>/*<route key>` also matches longer route keys ending the same way). Every call the route makes is allowed as before; CloudFormation replaces the permission in place.',
    undo: 'none needed (HTTP: `permissionScope: LambdaPermissionScope.API` gives one permission for the whole API, as aws-cdk-lib\'s `scopePermissionToRoute: false`)',
    template: [{ type: 'AWS::Lambda::Permission', property: 'SourceArn' }],
  },
  {
    id: 'service-role',
    kind: 'template',
    summary: 'The role an SQS, EventBridge or Step Functions integration creates has a description, its policy statements have no `Sid`, and SQS SendMessage also allows what `queue.grantSendMessages` allows (GetQueueAttributes, GetQueueUrl, and KMS encryption for an encrypted queue, without which API Gateway cannot send to it).',
    undo: 'pass your own `role`',
    template: [
      { type: 'AWS::IAM::Role', property: 'Description' },
      { type: 'AWS::IAM::Policy', property: 'PolicyDocument' },
    ],
  },
  {
    id: 'vpc-link-security-groups',
    kind: 'template',
    summary: 'A VPC link without security groups leaves `SecurityGroupIds` out where aws-cdk-lib writes an empty list; both mean none.',
    undo: 'none needed',
    template: [{ type: 'AWS::ApiGatewayV2::VpcLink', property: 'SecurityGroupIds' }],
  },
  {
    id: 'route-scopes-jwt-only',
    kind: 'template',
    summary: 'An API\'s `defaultAuthorizationScopes` are written on its JWT routes only (aws-cdk-lib also writes them on IAM, Lambda-authorized and open routes, where API Gateway does not use them).',
    undo: 'none needed',
    template: [{ type: 'AWS::ApiGatewayV2::Route', property: 'AuthorizationScopes' }],
  },
  {
    id: 'domain-tls-1-2',
    kind: 'template',
    summary: 'A domain name writes its security policy, TLS 1.2, where aws-cdk-lib leaves it out; a domain serving HTTP or WebSocket APIs uses TLS 1.2 either way (see `SecurityPolicy`).',
    undo: 'none needed',
    template: [{ type: 'AWS::ApiGatewayV2::DomainName', property: 'DomainNameConfigurations' }],
  },
  {
    id: 'ws-mock-uri',
    kind: 'template',
    summary: 'A WebSocket mock integration leaves `IntegrationUri` out where aws-cdk-lib writes an empty string; a mock integration has no URI.',
    undo: 'none needed',
    template: [{ type: 'AWS::ApiGatewayV2::Integration', property: 'IntegrationUri' }],
  },
  {
    id: 'usage-plan-stage-ref',
    kind: 'template',
    summary: 'A usage plan names each stage of the app by a `Ref` to the stage where aws-cdk-lib writes its name: the same value, and CloudFormation then creates the stage before the plan that needs it.',
    undo: 'none needed',
    template: [{ type: 'AWS::ApiGateway::UsagePlan', property: 'ApiStages' }],
  },
];
