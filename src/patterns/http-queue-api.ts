import { Duration } from 'aws-cdk-lib';
import { IRole, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { IKey } from 'aws-cdk-lib/aws-kms';
import { DeadLetterQueue, IQueue, Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { createPatternHttpApi, HttpPatternProps, renderParameters } from './http-pattern';
import { SwitchyardError } from '../common/errors';
import { HttpIntegrationSubtype } from '../common/integration-subtype';
import { HttpMappingRequest, MappingValue } from '../common/mapping-value';
import { HttpMethod } from '../common/route-key';
import { HTTP_QUEUE_API_MESSAGE_ATTRIBUTES, HTTP_QUEUE_API_QUEUE_OPTIONS } from '../common/usage-errors';
import { MAX_MAPPING_VALUE_LENGTH } from '../expressions/http-parameter-mapping';
import { show } from '../expressions/problem';
import { HttpApi } from '../http/api';
import { HttpRoute } from '../http/route';
import { HttpAwsServiceIntegration } from '../integrations/http-aws-service';
import { isUnknownInput, isUnresolvedKey } from '../private/unknown-input';

/** Properties of an `HttpQueueApi`. */
export interface HttpQueueApiProps extends HttpPatternProps {
  /**
   * The path of the route that sends a message (method POST).
   *
   * @default '/messages'
   */
  readonly path?: string;

  /**
   * The queue to send to. Give your own to choose its type, encryption and dead-letter queue; the options
   * of the new queue (`encryptionKey`, `deadLetterQueue`, `deadLetterQueueEnabled`, `maxReceiveCount`) are
   * then rejected (`http-queue-api-queue-options`).
   *
   * @default - a new standard queue, encrypted, that refuses requests without TLS, with a dead-letter queue
   */
  readonly queue?: IQueue;

  /**
   * The KMS key that encrypts the new queue and its new dead-letter queue. The integration's role may
   * then call `kms:GenerateDataKey` and `kms:Decrypt` on it, as SQS needs of a sender.
   *
   * @default - SQS-managed encryption (SSE-SQS): no key to manage, no KMS permission needed
   */
  readonly encryptionKey?: IKey;

  /**
   * The dead-letter queue of the new queue, with its `maxReceiveCount`.
   *
   * @default - a new dead-letter queue, encrypted as the queue is, that refuses requests without TLS and
   * keeps messages 14 days (the longest SQS allows)
   */
  readonly deadLetterQueue?: DeadLetterQueue;

  /**
   * Whether the new queue has a dead-letter queue. Without one, a message no consumer can process is
   * received again until its retention period ends, and cdk-nag reports `AwsSolutions-SQS3`.
   *
   * @default true
   */
  readonly deadLetterQueueEnabled?: boolean;

  /**
   * How many times a message of the new queue is received before SQS moves it to the new dead-letter
   * queue: enough for a consumer to retry a passing failure, few enough that a message no consumer can
   * process is set aside soon.
   *
   * @default 5
   */
  readonly maxReceiveCount?: number;

  /**
   * The message body. SQS refuses an empty message body: a request without a body fails.
   *
   * @default MappingValue.requestBody() - the whole request body, unchanged
   */
  readonly messageBody?: MappingValue;

  /**
   * The message group id (`MessageGroupId`), which SendMessage requires of a FIFO queue: SQS delivers the
   * messages of one group in order. For example `MappingValue.requestHeader('x-group-id')`.
   *
   * @default - none; a FIFO `queue` without one is rejected (`http-queue-api-queue-options`)
   */
  readonly messageGroupId?: MappingValue;

  /**
   * The deduplication id (`MessageDeduplicationId`) of a message to a FIFO queue: SQS accepts but does not
   * deliver a message whose id it has seen in the last 5 minutes. A FIFO queue without content-based
   * deduplication requires one.
   *
   * @default - none: a FIFO queue must deduplicate by content
   */
  readonly messageDeduplicationId?: MappingValue;

  /**
   * Message attributes copied from request headers: attribute name -> header name
   * (`{ source: 'x-source' }`). Each is a `String` attribute. SQS takes at most 10 attributes, named with
   * letters, digits, `_`, `-` and `.`; they are written into one `MessageAttributes` value, which API
   * Gateway limits to 512 characters (about 7 attributes with short names).
   *
   * The header values are put into that JSON text as they are (API Gateway's documentation mentions no
   * escaping, and `render` does none): a value holding `"` or `\` breaks it.
   * A missing header gives its attribute an empty value (see `render`), and SQS refuses an attribute with an empty
   * value: a request without one of the headers fails.
   *
   * @default - no message attributes
   */
  readonly messageAttributes?: { [attribute: string]: string };
}

/** SQS's limit of message attributes per message (SQS developer guide, "Amazon SQS message attributes"). */
const MAX_MESSAGE_ATTRIBUTES = 10;
/** SQS's limit on a message attribute name's length (same page). */
const MAX_ATTRIBUTE_NAME_LENGTH = 256;
/** The default `maxReceiveCount` of the new dead-letter queue. */
const DEFAULT_MAX_RECEIVE_COUNT = 5;
/** An HTTP header name: a `token` of RFC 9110 § 5.6.2. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * An HTTP API whose one route (`POST /messages` by default) sends the request to an SQS queue through API
 * Gateway's `SQS-SendMessage` integration, without a Lambda function: the body becomes the message, chosen
 * headers its attributes. The caller gets SQS's response.
 *
 * Secure by default: the route is authorized with IAM, the stage logs every request and is throttled, the
 * new queue and its dead-letter queue are encrypted and refuse requests without TLS, and the integration's
 * role may only `sqs:SendMessage` on the queue (plus `kms:GenerateDataKey` and `kms:Decrypt` on its key).
 */
export class HttpQueueApi extends Construct {
  /** The HTTP API. */
  public readonly api: HttpApi;

  /** The `POST` route that sends messages. */
  public readonly route: HttpRoute;

  /** The queue messages are sent to. */
  public readonly queue: IQueue;

  /**
   * The dead-letter queue of `queue`, when the pattern made `queue` with one.
   *
   * @default - none: `deadLetterQueueEnabled` is false, or the queue is your own
   */
  public readonly deadLetterQueue?: DeadLetterQueue;

  /** The role API Gateway assumes to send messages. */
  public readonly role: IRole;

  /** The `SQS-SendMessage` integration of the route. */
  public readonly integration: HttpAwsServiceIntegration;

  /**
   * The request parameters of SendMessage, as the integration is given them: `QueueUrl`, `MessageBody`, and
   * `MessageAttributes`, `MessageGroupId` and `MessageDeduplicationId` when they are given.
   */
  public readonly parameters: { [name: string]: MappingValue };

  /** The URL of the API's `$default` stage; send messages to `url` + `path`. */
  public readonly url: string;

  constructor(scope: Construct, id: string, props: HttpQueueApiProps = {}) {
    super(scope, id);
    const attributes = messageAttributesValue(props.messageAttributes ?? {});

    if (props.queue) {
      const given = (['encryptionKey', 'deadLetterQueue', 'deadLetterQueueEnabled', 'maxReceiveCount'] as const).filter(p => props[p] !== undefined);
      if (given.length > 0) {
        throw new SwitchyardError(HTTP_QUEUE_API_QUEUE_OPTIONS, `${given.join(', ')} ${given.length === 1 ? 'configures' : 'configure'} the queue HttpQueueApi makes, but queue is given: configure your queue yourself, or leave queue out`);
      }
      if (props.queue.fifo && !props.messageGroupId) {
        throw new SwitchyardError(HTTP_QUEUE_API_QUEUE_OPTIONS, 'queue is a FIFO queue, and SendMessage requires a MessageGroupId of it: give messageGroupId '
          + "(for example MappingValue.requestHeader('x-group-id'))");
      }
      this.queue = props.queue;
    } else {
      this.deadLetterQueue = this.makeDeadLetterQueue(props);
      this.queue = new Queue(this, 'Queue', { ...encryption(props.encryptionKey), enforceSSL: true, deadLetterQueue: this.deadLetterQueue });
    }

    this.parameters = Object.freeze({
      QueueUrl: MappingValue.staticValue(this.queue.queueUrl),
      MessageBody: props.messageBody ?? MappingValue.requestBody(),
      ...(attributes ? { MessageAttributes: attributes } : {}),
      ...(props.messageGroupId ? { MessageGroupId: props.messageGroupId } : {}),
      ...(props.messageDeduplicationId ? { MessageDeduplicationId: props.messageDeduplicationId } : {}),
    });

    // Not HttpSqsIntegration: its grant is aws-cdk-lib's grantSendMessages, which adds sqs:GetQueueAttributes,
    // sqs:GetQueueUrl and kms:Encrypt/ReEncrypt*/GenerateDataKey* to what SendMessage needs.
    const role = new Role(this, 'IntegrationRole', {
      assumedBy: new ServicePrincipal('apigateway.amazonaws.com'),
      description: `API Gateway sends messages to the queue of ${this.node.path}`,
    });
    role.addToPrincipalPolicy(new PolicyStatement({ actions: ['sqs:SendMessage'], resources: [this.queue.queueArn] }));
    // What SQS asks of a sender to a queue encrypted with a KMS key (SQS developer guide, "Key management").
    this.queue.encryptionMasterKey?.grant(role, 'kms:GenerateDataKey', 'kms:Decrypt');
    this.role = role;

    this.integration = new HttpAwsServiceIntegration('SendMessage', {
      subtype: HttpIntegrationSubtype.SQS_SEND_MESSAGE,
      parameters: this.parameters,
      role,
    });
    this.api = createPatternHttpApi(this, props);
    [this.route] = this.api.addRoutes({ path: props.path ?? '/messages', methods: [HttpMethod.POST], integration: this.integration });
    this.url = this.api.url!;
  }

  /**
   * The SendMessage parameters API Gateway sends to SQS for a request: each of `parameters` rendered with
   * `MappingValue.render`. `QueueUrl` is a token until the stack is synthesized (`stack.resolve` it).
   */
  public render(request: HttpMappingRequest = {}): { [parameter: string]: string } {
    return renderParameters(this.parameters, request);
  }

  private makeDeadLetterQueue(props: HttpQueueApiProps): DeadLetterQueue | undefined {
    const enabled = props.deadLetterQueueEnabled ?? true;
    if (!enabled || props.deadLetterQueue) {
      const conflicting = [
        ...(!enabled && props.deadLetterQueue ? ['deadLetterQueue'] : []),
        ...(props.maxReceiveCount !== undefined ? ['maxReceiveCount'] : []),
      ];
      if (conflicting.length > 0) {
        const why = enabled ? 'deadLetterQueue carries its own maxReceiveCount' : 'deadLetterQueueEnabled is false';
        throw new SwitchyardError(HTTP_QUEUE_API_QUEUE_OPTIONS, `${conflicting.join(' and ')} cannot be given when ${why}`);
      }
      return enabled ? props.deadLetterQueue : undefined;
    }
    // The longest retention SQS allows: a standard queue's message keeps its first enqueue time in the
    // dead-letter queue, so a shorter retention there could expire a message as soon as it moves.
    const queue = new Queue(this, 'DeadLetterQueue', { ...encryption(props.encryptionKey), enforceSSL: true, retentionPeriod: Duration.days(14) });
    return { queue, maxReceiveCount: props.maxReceiveCount ?? DEFAULT_MAX_RECEIVE_COUNT };
  }
}

function encryption(key: IKey | undefined): { encryption: QueueEncryption; encryptionMasterKey?: IKey } {
  return key ? { encryption: QueueEncryption.KMS, encryptionMasterKey: key } : { encryption: QueueEncryption.SQS_MANAGED };
}

/**
 * The `MessageAttributes` value for attributes read from headers: the JSON text SQS takes, with a
 * `${request.header.<name>}` variable as each `StringValue` (the form of AWS's serverless-patterns sample
 * custom-http-headers-to-sqs-message-attributes-using-http-api-gateway). Undefined when there is none.
 */
function messageAttributesValue(attributes: { [attribute: string]: string }): MappingValue | undefined {
  const entries = Object.entries(attributes);
  if (entries.length === 0) return undefined;
  if (entries.length > MAX_MESSAGE_ATTRIBUTES) {
    throw new SwitchyardError(HTTP_QUEUE_API_MESSAGE_ATTRIBUTES, `messageAttributes names ${entries.length} attributes; SQS takes at most ${MAX_MESSAGE_ATTRIBUTES} per message`);
  }
  for (const [name, header] of entries) {
    if (!isUnresolvedKey(name)) checkAttributeName(name);
    if (!isUnknownInput(header)) checkHeaderName(name, header);
  }
  // Names are letters, digits, "_", "-" and "."; header names are HTTP tokens: neither needs JSON escaping.
  const json = `{${entries.map(([name, header]) => `"${name}":{"DataType":"String","StringValue":"\${request.header.${header}}"}`).join(',')}}`;
  if (!isUnknownInput(json) && json.length > MAX_MAPPING_VALUE_LENGTH) {
    throw new SwitchyardError('http-mapping-value-length', `messageAttributes makes a MessageAttributes value of ${json.length} characters, over API Gateway's `
      + `${MAX_MAPPING_VALUE_LENGTH} per mapping value; each attribute takes 60 characters plus the lengths of its name and its header's name: use fewer or shorter names`);
  }
  return MappingValue.custom(json);
}

/** The rules SQS gives for a message attribute's name (SQS developer guide, "Amazon SQS message attributes"). */
function checkAttributeName(name: string): void {
  const fail = (why: string) => {
    throw new SwitchyardError(HTTP_QUEUE_API_MESSAGE_ATTRIBUTES, `message attribute name ${show(name)} ${why}`);
  };
  if (name.length === 0 || name.length > MAX_ATTRIBUTE_NAME_LENGTH) fail(`has ${name.length} characters; SQS takes 1 to ${MAX_ATTRIBUTE_NAME_LENGTH}`);
  if (!/^[A-Za-z0-9_.-]+$/.test(name)) fail('may only use letters, digits, "_", "-" and "."');
  if (/^(aws|amazon)\./i.test(name)) fail('starts with "AWS." or "Amazon." (in any case), which SQS reserves');
  if (name.startsWith('.') || name.endsWith('.')) fail('starts or ends with "."');
  if (name.includes('..')) fail('has two "." in a row');
}

function checkHeaderName(attribute: string, header: string): void {
  if (!HEADER_NAME.test(header)) {
    throw new SwitchyardError(HTTP_QUEUE_API_MESSAGE_ATTRIBUTES, `header name ${show(header)} of message attribute ${show(attribute)} is not an HTTP header name (letters, digits and !#$%&'*+-.^_\`|~)`);
  }
}
