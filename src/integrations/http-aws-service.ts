import { Arn, ArnFormat, Aws, Duration, Stack } from 'aws-cdk-lib';
import { IEventBus } from 'aws-cdk-lib/aws-events';
import { IRole, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { IStream } from 'aws-cdk-lib/aws-kinesis';
import { IQueue } from 'aws-cdk-lib/aws-sqs';
import { IStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { aws_events } from 'aws-cdk-lib/interfaces';
import { Construct } from 'constructs';
import { SwitchyardError } from '../common/errors';
import { HttpIntegrationSubtype } from '../common/integration-subtype';
import { MappingValue } from '../common/mapping-value';
import { HttpResponseParameters, ParameterMapping, parameterValuesOf } from '../common/parameter-mapping';
import {
  HttpConnectionType, HttpIntegrationType, HttpRouteIntegration, HttpRouteIntegrationBindOptions, HttpRouteIntegrationConfig,
  IntegrationCredentials, PayloadFormatVersion,
} from '../http/integration';
import { isUnknownInput } from '../private/unknown-input';

/** Options shared by the AWS service integrations. */
export interface HttpAwsServiceIntegrationOptions {
  /**
   * Request parameters of the action, by name (such as `MessageBody`), added to or replacing the ones the
   * integration fills in itself.
   *
   * @default - only the ones the integration fills in
   */
  readonly parameters?: { [name: string]: MappingValue };

  /**
   * The request parameters of the action as aws-cdk-lib takes them, a `ParameterMapping` keyed by
   * parameter name (`new ParameterMapping().custom('QueueUrl', queue.queueUrl)`). As in aws-cdk-lib, it
   * replaces the parameters the integration fills in; `parameters` are added on top. Names and values are
   * checked at once against the action (`http-subtype-parameter-name`, `http-subtype-required-parameter`).
   *
   * @default - the parameters the integration fills in
   */
  readonly parameterMapping?: ParameterMapping;

  /**
   * The role API Gateway assumes to call the service; it gets a policy for the action on the target only.
   *
   * @default - a new role, trusted by API Gateway, allowed the action on the target only
   */
  readonly role?: IRole;

  /**
   * Changes to the response, by status code.
   *
   * @default - the response is returned as is
   */
  readonly responseParameters?: HttpResponseParameters;

  /**
   * How long API Gateway waits for the service: 50 ms to 30 seconds.
   *
   * @default Duration.seconds(30)
   */
  readonly timeout?: Duration;

  /**
   * A description of the integration.
   *
   * @default - none
   */
  readonly description?: string;
}

/** Properties of a generic AWS service integration. */
export interface HttpAwsServiceIntegrationProps {
  /** The action. */
  readonly subtype: HttpIntegrationSubtype;

  /** The request parameters of the action, by name; every required one must be given. */
  readonly parameters: { [name: string]: MappingValue };

  /** The role API Gateway assumes; grant it the action yourself. */
  readonly role: IRole;

  /**
   * Changes to the response, by status code.
   *
   * @default - the response is returned as is
   */
  readonly responseParameters?: HttpResponseParameters;

  /**
   * How long API Gateway waits for the service: 50 ms to 30 seconds.
   *
   * @default Duration.seconds(30)
   */
  readonly timeout?: Duration;

  /**
   * A description of the integration.
   *
   * @default - none
   */
  readonly description?: string;
}

/** What a specialised integration knows: its subtype, its default parameters, and how to grant its role. */
interface ServiceTarget {
  readonly subtype: HttpIntegrationSubtype;
  readonly defaults: { [name: string]: MappingValue };
  grant(role: IRole, scope: Construct): void;
}

/**
 * The base of the AWS service integrations: checks the action's parameters when it is created, and on
 * binding makes (or takes) the role API Gateway assumes and lets it call the action on the target only.
 */
abstract class ServiceIntegration extends HttpRouteIntegration {
  private readonly parameters: { [name: string]: MappingValue };

  constructor(id: string, private readonly target: ServiceTarget, private readonly options: HttpAwsServiceIntegrationOptions) {
    super(id);
    const base = options.parameterMapping ? parameterValuesOf(options.parameterMapping) : target.defaults;
    this.parameters = { ...base, ...(options.parameters ?? {}) };
    // Checked at once, where the user wrote them (names and required parameters); bind renders them again.
    target.subtype.renderParameters(this.parameters);
  }

  public bind(options: HttpRouteIntegrationBindOptions): HttpRouteIntegrationConfig {
    // Named as aws-cdk-lib names it, so that a migrated app keeps its role (and the role's policy).
    const role = this.options.role ?? new Role(options.scope, 'InvokeRole', {
      assumedBy: new ServicePrincipal('apigateway.amazonaws.com'),
      description: `API Gateway calls ${this.target.subtype.name} for ${options.route.httpApi.node.path}`,
    });
    this.target.grant(role, options.scope);
    return {
      type: HttpIntegrationType.AWS_PROXY,
      subtype: this.target.subtype,
      // Written out, as aws-cdk-lib writes it: a migrated integration keeps its template.
      connectionType: HttpConnectionType.INTERNET,
      payloadFormatVersion: PayloadFormatVersion.VERSION_1_0,
      subtypeParameters: this.parameters,
      credentials: IntegrationCredentials.fromRole(role),
      responseParameters: this.options.responseParameters,
      timeout: this.options.timeout,
      description: this.options.description,
    };
  }
}

/**
 * Calls any AWS service action API Gateway supports, with the parameters and role you give (grant the role
 * the action yourself). The specialised integrations (`HttpSqsIntegration` and others) fill in the target and
 * the role's policy for you.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-aws-services.html
 */
export class HttpAwsServiceIntegration extends ServiceIntegration {
  /**
   * @param id the id of the integration construct
   * @param props the action, its parameters and the role
   */
  constructor(id: string, props: HttpAwsServiceIntegrationProps) {
    super(id, { subtype: props.subtype, defaults: {}, grant: () => undefined }, props);
  }
}

function requireFamily(subtype: HttpIntegrationSubtype, prefix: string, what: string): void {
  if (isUnknownInput(subtype.name)) return;
  if (!subtype.name.startsWith(prefix)) {
    throw new SwitchyardError('http-subtype-known', `${what} takes a ${prefix}* subtype, not ${subtype.name}`);
  }
}

const SQS_ACTIONS = ['SQS-SendMessage', 'SQS-ReceiveMessage', 'SQS-DeleteMessage', 'SQS-PurgeQueue'];

/** Properties of an SQS integration. */
export interface HttpSqsIntegrationProps extends HttpAwsServiceIntegrationOptions {
  /** The queue. */
  readonly queue: IQueue;

  /**
   * The action: send, receive, delete or purge.
   *
   * @default HttpIntegrationSubtype.SQS_SEND_MESSAGE
   */
  readonly subtype?: HttpIntegrationSubtype;
}

/**
 * Sends, receives or deletes messages of an SQS queue, or purges it. `QueueUrl` is filled in; unless you map
 * them, SendMessage's `MessageBody` is the request body's `MessageBody` member and DeleteMessage's
 * `ReceiptHandle` its `ReceiptHandle` member, as in aws-cdk-lib.
 */
export class HttpSqsIntegration extends ServiceIntegration {
  /**
   * @param id the id of the integration construct
   * @param props the queue, the action and its parameters
   */
  constructor(id: string, props: HttpSqsIntegrationProps) {
    const subtype = props.subtype ?? HttpIntegrationSubtype.SQS_SEND_MESSAGE;
    requireFamily(subtype, 'SQS-', 'HttpSqsIntegration');
    const queue = props.queue;
    const defaults: { [name: string]: MappingValue } = { QueueUrl: MappingValue.staticValue(queue.queueUrl) };
    // The members of the request body aws-cdk-lib maps by default: a migrated API reads the same requests.
    if (subtype.name === 'SQS-SendMessage') defaults.MessageBody = MappingValue.requestBody('MessageBody');
    if (subtype.name === 'SQS-DeleteMessage') defaults.ReceiptHandle = MappingValue.requestBody('ReceiptHandle');
    super(id, {
      subtype,
      defaults,
      grant: role => {
        // A subtype from a token may name any SQS action: the role gets each of them.
        for (const action of isUnknownInput(subtype.name) ? SQS_ACTIONS : [subtype.name]) {
          switch (action) {
            case 'SQS-SendMessage': queue.grantSendMessages(role); break;
            case 'SQS-PurgeQueue': queue.grantPurge(role); break;
            case 'SQS-ReceiveMessage':
              queue.grant(role, 'sqs:ReceiveMessage');
              queue.encryptionMasterKey?.grantDecrypt(role);
              break;
            default: queue.grant(role, 'sqs:DeleteMessage');
          }
        }
      },
    }, props);
  }
}

/** Properties of an EventBridge integration. */
export interface HttpEventBridgeIntegrationProps extends HttpAwsServiceIntegrationOptions {
  /**
   * The event bus. Give either `eventBus` or `eventBusRef`.
   *
   * @default - none: `eventBusRef` is used
   */
  readonly eventBus?: IEventBus;

  /**
   * The event bus as aws-cdk-lib takes it (`bus.eventBusRef`), when there is no `IEventBus` at hand. Give
   * either `eventBus` or `eventBusRef`.
   *
   * @default - none: `eventBus` is used
   */
  readonly eventBusRef?: aws_events.EventBusReference;

  /**
   * The action: PutEvents, the only EventBridge action of HTTP APIs.
   *
   * @default HttpIntegrationSubtype.EVENTBRIDGE_PUT_EVENTS
   */
  readonly subtype?: HttpIntegrationSubtype;
}

/**
 * Puts an event on an EventBridge bus (PutEvents). `EventBusName` is filled in; unless you map them, `Detail`,
 * `DetailType` and `Source` are the request body's members of those names, as in aws-cdk-lib.
 */
export class HttpEventBridgeIntegration extends ServiceIntegration {
  /**
   * @param id the id of the integration construct
   * @param props the bus and the event's parameters
   */
  constructor(id: string, props: HttpEventBridgeIntegrationProps) {
    const subtype = props.subtype ?? HttpIntegrationSubtype.EVENTBRIDGE_PUT_EVENTS;
    requireFamily(subtype, 'EventBridge-', 'HttpEventBridgeIntegration');
    const bus = props.eventBus;
    const ref = props.eventBusRef;
    if ((bus === undefined) === (ref === undefined)) {
      throw new SwitchyardError('http-subtype-required-parameter', `HttpEventBridgeIntegration takes either eventBus or eventBusRef, not ${bus === undefined ? 'neither' : 'both'}`);
    }
    super(id, {
      subtype,
      // The members of the request body aws-cdk-lib maps by default: a migrated API reads the same requests.
      defaults: {
        EventBusName: MappingValue.staticValue(bus?.eventBusName ?? ref!.eventBusName),
        Detail: MappingValue.requestBody('Detail'),
        DetailType: MappingValue.requestBody('DetailType'),
        Source: MappingValue.requestBody('Source'),
      },
      grant: role => {
        if (bus) bus.grantPutEventsTo(role);
        else role.addToPrincipalPolicy(new PolicyStatement({ actions: ['events:PutEvents'], resources: [ref!.eventBusArn] }));
      },
    }, props);
  }
}

/** Properties of a Kinesis integration. */
export interface HttpKinesisIntegrationProps extends HttpAwsServiceIntegrationOptions {
  /** The stream. */
  readonly stream: IStream;
}

/**
 * Puts a record on a Kinesis data stream (PutRecord). `StreamName` is filled in, `Data` is the request body
 * and `PartitionKey` the request id unless you map them.
 */
export class HttpKinesisIntegration extends ServiceIntegration {
  /**
   * @param id the id of the integration construct
   * @param props the stream and the record's parameters
   */
  constructor(id: string, props: HttpKinesisIntegrationProps) {
    const stream = props.stream;
    super(id, {
      subtype: HttpIntegrationSubtype.KINESIS_PUT_RECORD,
      defaults: {
        StreamName: MappingValue.staticValue(stream.streamName),
        Data: MappingValue.requestBody(),
        PartitionKey: MappingValue.contextVariable('requestId'),
      },
      grant: role => {
        stream.grant(role, 'kinesis:PutRecord');
        stream.encryptionKey?.grantEncrypt(role);
      },
    }, props);
  }
}

/** Properties of a Step Functions integration. */
export interface HttpStepFunctionsIntegrationProps extends HttpAwsServiceIntegrationOptions {
  /** The state machine. */
  readonly stateMachine: IStateMachine;

  /**
   * The action: start an execution, run a synchronous (Express) execution, or stop an execution.
   *
   * @default HttpIntegrationSubtype.STEPFUNCTIONS_START_EXECUTION
   */
  readonly subtype?: HttpIntegrationSubtype;
}

/**
 * Starts (or synchronously runs) an execution of a state machine, or stops one. For the starts,
 * `StateMachineArn` is filled in, and `Input` is unmapped unless you map it (as in aws-cdk-lib; map it to
 * `MappingValue.requestBody()` to start with the request body); StopExecution needs `ExecutionArn`, and its
 * role may stop executions of this state machine only.
 */
export class HttpStepFunctionsIntegration extends ServiceIntegration {
  /**
   * @param id the id of the integration construct
   * @param props the state machine, the action and its parameters
   */
  constructor(id: string, props: HttpStepFunctionsIntegrationProps) {
    const subtype = props.subtype ?? HttpIntegrationSubtype.STEPFUNCTIONS_START_EXECUTION;
    requireFamily(subtype, 'StepFunctions-', 'HttpStepFunctionsIntegration');
    const machine = props.stateMachine;
    const token = isUnknownInput(subtype.name);
    const stop = subtype.name === 'StepFunctions-StopExecution';
    const defaults: { [name: string]: MappingValue } = stop
      ? {}
      // Only the state machine, as in aws-cdk-lib: a migrated API starts executions with the same input.
      : { StateMachineArn: MappingValue.staticValue(machine.stateMachineArn) };
    super(id, {
      subtype,
      defaults,
      grant: (role, scope) => {
        // A subtype from a token may name any Step Functions action: the role gets each of them.
        if (token) {machine.grant(role, 'states:StartExecution', 'states:StartSyncExecution');} else if (!stop) {
          machine.grant(role, subtype.name === 'StepFunctions-StartSyncExecution' ? 'states:StartSyncExecution' : 'states:StartExecution');
          return;
        }
        const name = Arn.split(machine.stateMachineArn, ArnFormat.COLON_RESOURCE_NAME).resourceName;
        role.addToPrincipalPolicy(new PolicyStatement({
          actions: ['states:StopExecution'],
          resources: [Stack.of(scope).formatArn({ service: 'states', resource: 'execution', resourceName: `${name}:*`, arnFormat: ArnFormat.COLON_RESOURCE_NAME })],
        }));
      },
    }, props);
  }
}

/** Properties of an AppConfig integration. */
export interface HttpAppConfigIntegrationProps extends HttpAwsServiceIntegrationOptions {
  /** The id of the AppConfig application. */
  readonly applicationId: string;

  /** The id of the environment. */
  readonly environmentId: string;

  /** The id of the configuration profile. */
  readonly configurationProfileId: string;

  /**
   * The client id AppConfig uses to tell callers apart.
   *
   * @default - the request id
   */
  readonly clientId?: MappingValue;
}

/**
 * Returns an AppConfig configuration (GetConfiguration). `Application`, `Environment`, `Configuration` and
 * `ClientId` are filled in; the role may read this configuration only.
 */
export class HttpAppConfigIntegration extends ServiceIntegration {
  /**
   * @param id the id of the integration construct
   * @param props the configuration to return
   */
  constructor(id: string, props: HttpAppConfigIntegrationProps) {
    super(id, {
      subtype: HttpIntegrationSubtype.APPCONFIG_GET_CONFIGURATION,
      defaults: {
        Application: MappingValue.staticValue(props.applicationId),
        Environment: MappingValue.staticValue(props.environmentId),
        Configuration: MappingValue.staticValue(props.configurationProfileId),
        ClientId: props.clientId ?? MappingValue.contextVariable('requestId'),
      },
      grant: role => {
        role.addToPrincipalPolicy(new PolicyStatement({
          actions: ['appconfig:GetConfiguration'],
          resources: [`arn:${Aws.PARTITION}:appconfig:${Aws.REGION}:${Aws.ACCOUNT_ID}:application/${props.applicationId}/environment/${props.environmentId}/configuration/${props.configurationProfileId}`],
        }));
      },
    }, props);
  }
}
