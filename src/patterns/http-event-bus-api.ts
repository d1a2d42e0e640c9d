import { EventBus, IEventBus } from 'aws-cdk-lib/aws-events';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { IKey } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { createPatternHttpApi, HttpPatternProps, renderParameters } from './http-pattern';
import { SwitchyardError } from '../common/errors';
import { HttpMappingRequest, MappingValue } from '../common/mapping-value';
import { HttpMethod } from '../common/route-key';
import { HTTP_EVENT_BUS_API_DETAIL_TYPE, HTTP_EVENT_BUS_API_ENCRYPTION_KEY, HTTP_EVENT_BUS_API_SOURCE } from '../common/usage-errors';
import { HttpApi } from '../http/api';
import { HttpRoute } from '../http/route';
import { HttpEventBridgeIntegration } from '../integrations/http-aws-service';
import { isUnknownInput } from '../private/unknown-input';

/** The path variable the default `detailType` reads. */
const DETAIL_TYPE_VARIABLE = 'detailType';

/**
 * The prefix EventBridge keeps for the events of AWS services: "Customer-generated events can have any value
 * here, as long as it doesn't begin with `aws.`" (EventBridge User Guide, event structure reference). PutEvents
 * fails such an entry with `NotAuthorizedForSourceException`.
 */
const RESERVED_SOURCE_PREFIX = 'aws.';

/** Properties of an `HttpEventBusApi`. */
export interface HttpEventBusApiProps extends HttpPatternProps {
  /**
   * The event bus the events go to.
   *
   * @default - a new event bus, encrypted at rest by EventBridge with an AWS owned key (or `encryptionKey`)
   */
  readonly eventBus?: IEventBus;

  /**
   * A customer managed KMS key for the new event bus to encrypt its events with (only without `eventBus`).
   * aws-cdk-lib adds to the key's policy a statement letting EventBridge (`events.amazonaws.com`) describe the
   * key, generate data keys and decrypt, for this bus and account only; a key imported from elsewhere gets no
   * statement, so add it to that key's policy yourself.
   *
   * @see https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-encryption-key-policy.html
   * @default - the AWS owned key of EventBridge
   */
  readonly encryptionKey?: IKey;

  /**
   * The path of the route (method POST). Name the `{detailType}` variable in it, or give `detailType`.
   *
   * @default '/events/{detailType}'
   */
  readonly path?: string;

  /**
   * The event's `Detail`. EventBridge takes only a JSON object: any other body (an array, a string, text that
   * is not JSON) fails the entry with `MalformedDetail`, and API Gateway still answers 200 (see the class).
   *
   * @default MappingValue.requestBody() - the whole request body
   */
  readonly detail?: MappingValue;

  /**
   * The event's `DetailType`, at most 128 characters.
   *
   * @default MappingValue.requestPathParam('detailType') - the `{detailType}` path variable, URL-decoded
   */
  readonly detailType?: MappingValue;

  /**
   * The event's `Source`. A value the caller cannot choose (static text) keeps callers from sending events in
   * another source's name; rules that match on `source` can then trust it. EventBridge fails every entry whose
   * source starts with `aws.` (reserved for AWS services), so static text starting with `aws.` is rejected.
   *
   * @default MappingValue.staticValue(apiName) - the API's name (which must then hold no `$`, `{` or `}`)
   */
  readonly source?: MappingValue;
}

/**
 * An HTTP API whose one route puts the request on an EventBridge event bus: API Gateway calls PutEvents itself
 * (the `EventBridge-PutEvents` integration subtype), with a role allowed `events:PutEvents` on that bus only.
 * By default `POST /events/{detailType}` sends the request body as the event's detail, the path variable as
 * its detail type, and the API's name as its source.
 *
 * PutEvents answers HTTP 200 even when it fails the entry (`FailedEntryCount: 1` and an `ErrorCode` such as
 * `MalformedDetail` in the body), so API Gateway answers 200 to such a request too: callers must read
 * `FailedEntryCount` of the response body. An entry (detail, detail type and source, in UTF-8) may be at most
 * 256 KB, while HTTP APIs take bodies up to 10 MB: PutEvents rejects a bigger entry as a whole request
 * (`ValidationException`), not as a failed entry.
 *
 * @see https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEvents.html
 * @see https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-putevent-size.html
 */
export class HttpEventBusApi extends Construct {
  /** The HTTP API. */
  public readonly api: HttpApi;

  /** The event bus the route puts events on. */
  public readonly eventBus: IEventBus;

  /** The integration that calls PutEvents. */
  public readonly integration: HttpEventBridgeIntegration;

  /** The route (`POST <path>`). */
  public readonly route: HttpRoute;

  /** The role API Gateway assumes to call PutEvents, allowed `events:PutEvents` on the bus only. */
  public readonly role: Role;

  /**
   * The PutEvents request parameters the integration sends, by name (`Detail`, `DetailType`, `Source`,
   * `EventBusName`): exactly the map the integration is given.
   */
  public readonly parameters: { [name: string]: MappingValue };

  /** The URL of the API's `$default` stage. */
  public readonly url: string;

  constructor(scope: Construct, id: string, props: HttpEventBusApiProps = {}) {
    super(scope, id);
    const path = props.path ?? `/events/{${DETAIL_TYPE_VARIABLE}}`;
    checkDetailType(path, props.detailType);
    if (props.eventBus && props.encryptionKey) {
      throw new SwitchyardError(HTTP_EVENT_BUS_API_ENCRYPTION_KEY, 'encryptionKey is for the new event bus the pattern makes; '
        + 'an eventBus given keeps its own encryption (set its key where the bus is made), so give one of them');
    }
    const source = props.source ?? defaultSource(props.apiName ?? id);
    checkSource(source);

    this.api = createPatternHttpApi(this, props);
    this.eventBus = props.eventBus ?? new EventBus(this, 'EventBus', { kmsKey: props.encryptionKey });
    this.parameters = {
      EventBusName: MappingValue.staticValue(this.eventBus.eventBusName),
      Detail: props.detail ?? MappingValue.requestBody(),
      DetailType: props.detailType ?? MappingValue.requestPathParam(DETAIL_TYPE_VARIABLE),
      Source: source,
    };
    this.role = new Role(this, 'InvokeRole', {
      assumedBy: new ServicePrincipal('apigateway.amazonaws.com'),
      description: `API Gateway puts events on the bus for ${this.node.path}`,
    });
    this.integration = new HttpEventBridgeIntegration('PutEvents', { eventBus: this.eventBus, role: this.role, parameters: this.parameters });
    [this.route] = this.api.addRoutes({ path, methods: [HttpMethod.POST], integration: this.integration });
    this.url = this.api.url!;
  }

  /**
   * The PutEvents parameters API Gateway sends for `request`, by name: each of `parameters` rendered as
   * `MappingValue.render` renders it. `EventBusName` is the bus's name as a token (`stack.resolve` it).
   */
  public render(request: HttpMappingRequest = {}): { [parameter: string]: string } {
    return renderParameters(this.parameters, request);
  }
}

/** The default `detailType` reads the `{detailType}` path variable: a path without it needs a `detailType`. */
function checkDetailType(path: string, detailType: MappingValue | undefined): void {
  if (detailType !== undefined || isUnknownInput(path)) return;
  // `{detailType+}` (greedy) is read as `$request.path.detailType` too.
  const variables = [...path.matchAll(/\{([^{}]*?)\+?\}/g)].map(m => m[1]);
  if (!variables.includes(DETAIL_TYPE_VARIABLE)) {
    throw new SwitchyardError(HTTP_EVENT_BUS_API_DETAIL_TYPE, `the path "${path}" has no {${DETAIL_TYPE_VARIABLE}} variable for the event's detail type `
      + `(variables: ${variables.length > 0 ? variables.map(v => `{${v}}`).join(', ') : 'none'}); add it to the path, or give detailType `
      + `(such as MappingValue.staticValue('OrderPlaced') or MappingValue.requestPathParam('${variables[0] ?? 'type'}'))`);
  }
}

/** The API's name as static text: a name API Gateway would read as an expression needs a `source` of its own. */
function defaultSource(apiName: string): MappingValue {
  if (!isUnknownInput(apiName) && /[${}]/.test(apiName)) {
    throw new SwitchyardError(HTTP_EVENT_BUS_API_SOURCE, `the event source defaults to the API's name, but "${apiName}" holds "$", "{" or "}", `
      + 'which API Gateway reads as an expression, not static text; give source (such as MappingValue.staticValue(\'com.example.orders\'))');
  }
  return MappingValue.staticValue(apiName);
}

/**
 * Text before a value's first variable is in every source it renders: `aws.` there is always rejected. (A token
 * or a variable starts with `$` or `{`, never with `aws.`: only static text is caught.)
 */
function checkSource(source: MappingValue): void {
  const value = source.value;
  if (!value.startsWith(RESERVED_SOURCE_PREFIX)) return;
  throw new SwitchyardError(HTTP_EVENT_BUS_API_SOURCE, `the event source "${value}" starts with "${RESERVED_SOURCE_PREFIX}", which EventBridge keeps for AWS services: `
    + 'PutEvents would fail every event with NotAuthorizedForSourceException; give a source of your own, such as com.example.orders');
}
