import { RemovalPolicy, Token } from 'aws-cdk-lib';
import { CfnAccount } from 'aws-cdk-lib/aws-apigateway';
import { AttributeType, BillingMode, ITable, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { IRole, ManagedPolicy, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { IKey } from 'aws-cdk-lib/aws-kms';
import { Function as LambdaFunction, IFunction } from 'aws-cdk-lib/aws-lambda';
import { ILogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { PATTERN_THROTTLE } from './http-pattern';
import { WebSocketIamAuthorizer } from '../authorizers/websocket-iam';
import { SwitchyardError } from '../common/errors';
import { WebSocketRouteKey } from '../common/route-key';
import { ThrottleSettings } from '../common/stage';
import { WEBSOCKET_CONNECTIONS_API_ATTRIBUTE_NAME, WEBSOCKET_CONNECTIONS_API_OPTIONS } from '../common/usage-errors';
import { WebSocketAwsIntegration } from '../integrations/websocket-aws';
import { WebSocketLambdaIntegration } from '../integrations/websocket-lambda';
import { isUnknownInput } from '../private/unknown-input';
import { MappingTemplate, MappingTemplateRequest, MappingTemplateResult } from '../vtl/mapping-template';
import { WebSocketApi } from '../websocket/api';
import { IWebSocketRouteAuthorizer } from '../websocket/authorizer';
import { RouteRequestParameter, WebSocketRoute } from '../websocket/route';
import { WebSocketStage } from '../websocket/stage';

/**
 * The stage variable that carries the table name to the mapping templates: the templates stay the same text
 * whichever table they write to, and read as plain VTL in the console.
 */
const TABLE_STAGE_VARIABLE = 'connectionsTable';

/** The attribute holding `$context.connectedAt`, the connection time in epoch milliseconds. */
const CONNECTED_AT = 'connectedAt';

/**
 * Attribute names the pattern writes into its templates: inside a JSON key, a VTL string literal and a
 * `get('...')` call, so only characters that need no escaping in any of them. DynamoDB allows 1 to 255 bytes.
 */
const ATTRIBUTE_NAME = /^[A-Za-z0-9_.-]{1,255}$/;

/** Properties of a `WebSocketConnectionsApi`. */
export interface WebSocketConnectionsApiProps {
  /**
   * The function behind the send route. It receives the message as a Lambda proxy event, may read the
   * connections table, and may post to the connections through the stage's callback URL
   * (`execute-api:ManageConnections`). When it is a `Function` of this app, it also gets the environment
   * variables `CONNECTIONS_TABLE` (the table name) and `CALLBACK_URL` (the `https://` URL of the `@connections` API).
   * A function imported from another app must be imported with its role, which gets the grants.
   */
  readonly sendHandler: IFunction;

  /**
   * The route key of the send route: the `action` field of the messages (`{"action": "sendmessage", ...}`),
   * as the API's route selection expression `$request.body.action` reads it.
   *
   * @default 'sendmessage'
   */
  readonly sendRouteKey?: string;

  /**
   * The table the connections are written to. Its partition key must be the string attribute `partitionKeyName`.
   *
   * @default - a new table: on-demand billing, partition key `partitionKeyName` (string), encrypted with the
   * AWS managed key (or `encryptionKey`), point-in-time recovery on
   */
  readonly table?: ITable;

  /**
   * The name of the table's partition key, a string attribute that holds the connection id.
   *
   * @default 'connectionId'
   */
  readonly partitionKeyName?: string;

  /**
   * Query string parameters of the connect request stored as string attributes of the same name
   * (`wss://...?user=ana` with `['user']` stores `user: "ana"`). A parameter that is missing or empty leaves
   * its attribute out. Names are 1 to 255 letters, digits, `_`, `-` and `.`.
   *
   * @default - none: the item holds the connection id and `connectedAt` only
   */
  readonly queryStringAttributes?: string[];

  /**
   * A customer managed KMS key for the new table (not allowed with `table`).
   *
   * @default - the AWS managed key of DynamoDB (`aws/dynamodb`)
   */
  readonly encryptionKey?: IKey;

  /**
   * Who may connect. API Gateway authorizes the `$connect` route only: once connected, a client's messages
   * are not authorized again. Give a `WebSocketLambdaAuthorizer`, or `new WebSocketNoneAuthorizer()` to let anyone connect.
   *
   * @default new WebSocketIamAuthorizer() - clients sign the connect request with AWS Signature Version 4
   */
  readonly connectAuthorizer?: IWebSocketRouteAuthorizer;

  /**
   * The name of the API.
   *
   * @default - the pattern construct's id
   */
  readonly apiName?: string;

  /**
   * A description of the API.
   *
   * @default - none
   */
  readonly description?: string;

  /**
   * The name of the stage, the last segment of the API's URL.
   *
   * @default 'prod'
   */
  readonly stageName?: string;

  /**
   * The throttling of every route of the stage.
   *
   * @default - 100 requests per second, bursts of 200
   */
  readonly throttle?: ThrottleSettings;

  /**
   * The log group of the stage's access logs (one JSON object per connection, message and disconnection).
   *
   * @default - a new log group, kept for `accessLogRetention`
   */
  readonly accessLogGroup?: ILogGroup;

  /**
   * How long the new access log group keeps its logs (ignored when `accessLogGroup` is given).
   *
   * @default RetentionDays.ONE_YEAR
   */
  readonly accessLogRetention?: RetentionDays;

  /**
   * Whether the pattern sets API Gateway's CloudWatch Logs role for the account and region
   * (`AWS::ApiGateway::Account` with a role that has the `AmazonAPIGatewayPushToCloudWatchLogs` managed policy),
   * which WebSocket access logging needs: without that account setting the stage fails to deploy. It is one
   * setting per account and region: give `false` when another stack sets it.
   *
   * @default true
   */
  readonly cloudWatchRole?: boolean;

  /**
   * What happens to the CloudWatch Logs role and the account setting when they leave the stack. Kept by
   * default, so that deleting this stack does not break logging of other APIs that rely on the setting.
   *
   * @default RemovalPolicy.RETAIN
   */
  readonly cloudWatchRoleRemovalPolicy?: RemovalPolicy;
}

/**
 * A WebSocket API that tracks its connections in DynamoDB without a Lambda function: `$connect` puts an item
 * (the connection id, `connectedAt` and chosen query string parameters) and `$disconnect` deletes it, both through
 * DynamoDB service integrations with mapping templates, as a role allowed only those two actions on the table.
 * A send route runs the user's function, which may post to the connections.
 */
export class WebSocketConnectionsApi extends Construct {
  /** The WebSocket API. Add routes to it with `api.addRoute`. */
  public readonly api: WebSocketApi;
  /** The stage (`stageName`), deployed automatically, with access logs and throttling. */
  public readonly stage: WebSocketStage;
  /** The table of the connections. */
  public readonly table: ITable;
  /** The role API Gateway assumes to put and delete the connection items. */
  public readonly role: IRole;
  /** The `$connect` route. */
  public readonly connectRoute: WebSocketRoute;
  /** The `$disconnect` route. */
  public readonly disconnectRoute: WebSocketRoute;
  /** The send route. */
  public readonly sendRoute: WebSocketRoute;
  /** The request template of `$connect`: the body of the DynamoDB `PutItem` call. */
  public readonly connectTemplate: MappingTemplate;
  /** The request template of `$disconnect`: the body of the DynamoDB `DeleteItem` call. */
  public readonly disconnectTemplate: MappingTemplate;
  /**
   * API Gateway's CloudWatch Logs role, when the pattern sets it for the account.
   *
   * @default - none, with `cloudWatchRole: false`
   */
  public readonly cloudWatchRole?: IRole;
  /**
   * The account setting of API Gateway that names the CloudWatch Logs role.
   *
   * @default - none, with `cloudWatchRole: false`
   */
  public readonly cloudWatchAccount?: CfnAccount;

  constructor(scope: Construct, id: string, props: WebSocketConnectionsApiProps) {
    super(scope, id);
    const partitionKey = props.partitionKeyName ?? 'connectionId';
    const queryAttributes = props.queryStringAttributes ?? [];
    checkAttributeNames(partitionKey, queryAttributes);
    if (props.table && props.encryptionKey) {
      throw new SwitchyardError(WEBSOCKET_CONNECTIONS_API_OPTIONS, 'encryptionKey applies to the table the pattern creates; a table given in `table` keeps its own encryption: give one of them');
    }
    if (!props.sendHandler.role) {
      throw new SwitchyardError(WEBSOCKET_CONNECTIONS_API_OPTIONS, `sendHandler ${props.sendHandler.node.path} is imported without its role, so it cannot be granted the table and the connections; `
        + 'import it with Function.fromFunctionAttributes({ functionArn, role })');
    }
    if (props.cloudWatchRole === false && props.cloudWatchRoleRemovalPolicy !== undefined) {
      throw new SwitchyardError(WEBSOCKET_CONNECTIONS_API_OPTIONS, 'cloudWatchRoleRemovalPolicy applies to the CloudWatch Logs role the pattern creates, and cloudWatchRole is false');
    }

    this.table = props.table ?? new Table(this, 'Table', {
      partitionKey: { name: partitionKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      encryption: props.encryptionKey ? TableEncryption.CUSTOMER_MANAGED : TableEncryption.AWS_MANAGED,
      encryptionKey: props.encryptionKey,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    });

    // Only the two calls the templates make, on this table (grantWriteData would add BatchWriteItem and UpdateItem).
    const role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('apigateway.amazonaws.com') });
    role.addToPrincipalPolicy(new PolicyStatement({ actions: ['dynamodb:PutItem', 'dynamodb:DeleteItem'], resources: [this.table.tableArn] }));
    // A customer managed key: DynamoDB uses it on the caller's behalf, with the caller's KMS permissions.
    this.table.encryptionKey?.grantEncryptDecrypt(role);
    this.role = role;

    this.connectTemplate = MappingTemplate.fromString(connectTemplateText(partitionKey, queryAttributes));
    this.disconnectTemplate = MappingTemplate.fromString(disconnectTemplateText(partitionKey));

    this.api = new WebSocketApi(this, 'Api', { apiName: props.apiName ?? id, description: props.description });
    this.connectRoute = this.api.addRoute(WebSocketRouteKey.CONNECT, {
      integration: new WebSocketAwsIntegration('PutConnection', {
        service: 'dynamodb', action: 'PutItem', credentialsRole: role, requestTemplates: { $default: this.connectTemplate },
      }),
      authorizer: props.connectAuthorizer ?? new WebSocketIamAuthorizer(),
      requestParameters: queryAttributes.length > 0 ? queryAttributes.map(name => RouteRequestParameter.queryString(name)) : undefined,
    });
    this.disconnectRoute = this.api.addRoute(WebSocketRouteKey.DISCONNECT, {
      integration: new WebSocketAwsIntegration('DeleteConnection', {
        service: 'dynamodb', action: 'DeleteItem', credentialsRole: role, requestTemplates: { $default: this.disconnectTemplate },
      }),
    });

    if (props.cloudWatchRole ?? true) {
      const removalPolicy = props.cloudWatchRoleRemovalPolicy ?? RemovalPolicy.RETAIN;
      const logsRole = new Role(this, 'CloudWatchRole', {
        assumedBy: new ServicePrincipal('apigateway.amazonaws.com'),
        managedPolicies: [ManagedPolicy.fromAwsManagedPolicyName('service-role/AmazonAPIGatewayPushToCloudWatchLogs')],
      });
      logsRole.applyRemovalPolicy(removalPolicy);
      // aws-cdk-lib's CfnAccount: the account setting is REST API Gateway's resource; Switchyard has no L2 of it.
      this.cloudWatchAccount = new CfnAccount(this, 'Account', { cloudWatchRoleArn: logsRole.roleArn });
      this.cloudWatchAccount.applyRemovalPolicy(removalPolicy);
      this.cloudWatchRole = logsRole;
    }

    this.stage = new WebSocketStage(this, 'Stage', {
      webSocketApi: this.api,
      stageName: props.stageName ?? 'prod',
      autoDeploy: true,
      throttle: props.throttle ?? PATTERN_THROTTLE,
      accessLogging: { destination: props.accessLogGroup, retention: props.accessLogRetention },
      stageVariables: { [TABLE_STAGE_VARIABLE]: this.table.tableName },
    });
    // The stage's logging is refused until the account names the CloudWatch Logs role.
    if (this.cloudWatchAccount) this.stage.node.addDependency(this.cloudWatchAccount);

    const handler = props.sendHandler;
    this.sendRoute = this.api.addRoute(WebSocketRouteKey.custom(props.sendRouteKey ?? 'sendmessage'), {
      integration: new WebSocketLambdaIntegration('Send', handler),
    });
    this.stage.grantManageConnections(handler);
    this.table.grantReadData(handler);
    if (handler instanceof LambdaFunction) {
      handler.addEnvironment('CONNECTIONS_TABLE', this.table.tableName);
      handler.addEnvironment('CALLBACK_URL', this.stage.callbackUrl);
    }
  }

  /** The `wss://` URL clients connect to. */
  public get url(): string { return this.stage.url; }

  /** The `https://` URL of the `@connections` API, with which a backend posts to and closes connections. */
  public get callbackUrl(): string { return this.stage.callbackUrl; }

  /**
   * The body DynamoDB receives for a connect request, as API Gateway renders the `$connect` template. Give
   * `context.connectionId`, `context.connectedAt` and the `queryStringParameters`; the table name comes from the
   * stage (a token's string form when the table is made in this app).
   */
  public renderConnect(request: MappingTemplateRequest): MappingTemplateResult {
    return this.connectTemplate.render(this.withStageVariables(request));
  }

  /** The body DynamoDB receives for a disconnection, as API Gateway renders the `$disconnect` template. */
  public renderDisconnect(request: MappingTemplateRequest): MappingTemplateResult {
    return this.disconnectTemplate.render(this.withStageVariables(request));
  }

  /** The request with the stage's own table name variable, which the deployed stage always gives. */
  private withStageVariables(request: MappingTemplateRequest): MappingTemplateRequest {
    return { ...request, stageVariables: { ...request.stageVariables, [TABLE_STAGE_VARIABLE]: this.table.tableName } };
  }
}

function checkAttributeNames(partitionKey: string, queryAttributes: string[]): void {
  if (Token.isUnresolved(queryAttributes)) {
    throw new SwitchyardError(WEBSOCKET_CONNECTIONS_API_ATTRIBUTE_NAME, 'queryStringAttributes is a list known only at deploy time; '
      + 'expected a list written out at synth, since each name is written into the $connect mapping template (a name in it may be a token)');
  }
  const seen = new Set<string>();
  // connectedAt first: it is the pattern's own name, so a clash is reported on the prop that repeats it.
  const names: Array<[string, string]> = [[CONNECTED_AT, ''], [partitionKey, 'partitionKeyName'], ...queryAttributes.map((q, i): [string, string] => [q, `queryStringAttributes[${i}]`])];
  for (const [name, where] of names) {
    if (where && !isUnknownInput(name) && !ATTRIBUTE_NAME.test(name)) {
      throw new SwitchyardError(WEBSOCKET_CONNECTIONS_API_ATTRIBUTE_NAME, `${where} is "${name}"; expected 1 to 255 letters, digits, "_", "-" or "."`);
    }
    if (seen.has(name)) {
      throw new SwitchyardError(WEBSOCKET_CONNECTIONS_API_ATTRIBUTE_NAME, `${where} is "${name}", which the item already has (the partition key, "${CONNECTED_AT}" or an earlier query attribute); expected a name of its own`);
    }
    seen.add(name);
  }
}

/**
 * The `PutItem` body. One line, so that no directive is followed by a line break (the Velocity versions differ in
 * which of those they keep). A query parameter is read from the query string only (`$input.params('x')` would fall
 * back to a header of the same name), escaped with the documented idiom: `escapeJavaScript` escapes `"`, `\` and
 * control characters as JSON does, and its `\'` (not JSON) is turned back into `'`. A missing or empty
 * parameter leaves its attribute out: DynamoDB refuses nothing, and the item says the parameter was absent.
 */
function connectTemplateText(partitionKey: string, queryAttributes: string[]): string {
  const optional = queryAttributes.map(name => {
    const value = `$input.params().querystring.get('${name}')`;
    return `#if("$!${value.slice(1)}" != ""), "${name}": {"S": "$util.escapeJavaScript(${value}).replaceAll("\\\\'","'")"}#end`;
  }).join('');
  return `{"TableName": "$stageVariables.${TABLE_STAGE_VARIABLE}", "Item": {"${partitionKey}": {"S": "$context.connectionId"}, `
    + `"${CONNECTED_AT}": {"N": "$context.connectedAt"}${optional}}}`;
}

/** The `DeleteItem` body. */
function disconnectTemplateText(partitionKey: string): string {
  return `{"TableName": "$stageVariables.${TABLE_STAGE_VARIABLE}", "Key": {"${partitionKey}": {"S": "$context.connectionId"}}}`;
}
