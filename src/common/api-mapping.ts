import { IResource, Resource } from 'aws-cdk-lib';
import { CfnApiMapping, IApi, IStage } from 'aws-cdk-lib/aws-apigatewayv2';
import { Construct } from 'constructs';
import type { IDomainName } from './domain-name';
import { adopt } from '../private/adopt';
import { checkLiteral, fail, protocolOfApi } from '../private/domain-checks';
import { isUnknownInput } from '../private/unknown-input';
import { mappingKeyProblem, mappingStageProblem } from '../rules/domain/checks';

/** An API mapping. */
export interface IApiMapping extends IResource {
  /**
   * The id of the API mapping.
   *
   * @attribute
   */
  readonly apiMappingId: string;
}

/** The attributes of an API mapping defined elsewhere. */
export interface ApiMappingAttributes {
  /** The id of the API mapping. */
  readonly apiMappingId: string;
}

/** Properties of an API mapping. */
export interface ApiMappingProps {
  /** The HTTP or WebSocket API to map. */
  readonly api: IApi;

  /** The stage of that API that serves the mapping. */
  readonly stage: IStage;

  /** The custom domain name. */
  readonly domainName: IDomainName;

  /**
   * The path under the domain name at which the API is served, such as `orders` or, for HTTP APIs,
   * `orders/v2`: letters, digits and `$-_.+!*'()/`, at most 300 characters.
   *
   * @default - the root of the domain name
   */
  readonly apiMappingKey?: string;
}

/** What each domain name serves, to reject a conflicting mapping where it is written. */
interface DomainUse {
  readonly keys: Map<string, string>;
  webSocket?: { readonly value: boolean; readonly path: string };
}
const DOMAIN_USE = new WeakMap<IDomainName, DomainUse>();

/**
 * Maps a stage of an HTTP or WebSocket API to a path of a custom domain name (`AWS::ApiGatewayV2::ApiMapping`).
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-mappings.html
 * @resource AWS::ApiGatewayV2::ApiMapping
 */
export class ApiMapping extends Resource implements IApiMapping {
  /** Imports an API mapping defined elsewhere. */
  public static fromApiMappingAttributes(scope: Construct, id: string, attrs: ApiMappingAttributes): IApiMapping {
    class Import extends Resource implements IApiMapping {
      public readonly apiMappingId = attrs.apiMappingId;
    }
    return new Import(scope, id);
  }

  public readonly apiMappingId: string;
  /** The mapping key, when one was given. */
  public readonly mappingKey?: string;

  constructor(scope: Construct, id: string, props: ApiMappingProps) {
    super(scope, id);
    adopt(this);

    const protocol = protocolOfApi(props.api);
    const webSocket = protocol === 'WEBSOCKET';
    checkLiteral('mapping-key', props.apiMappingKey, key => mappingKeyProblem(key, webSocket));
    checkLiteral('mapping-required', props.stage.stageName, mappingStageProblem);

    // An API mapping on a ROUTING_RULE_ONLY domain is a warning: mapping-routing-mode reports it at synth.
    this.recordUse(props, protocol);

    const resource = new CfnApiMapping(this, 'Resource', {
      apiId: props.api.apiId,
      domainName: props.domainName.name,
      stage: props.stage.stageName,
      apiMappingKey: props.apiMappingKey,
    });
    // API Gateway answers "Invalid stage identifier specified" when the mapping is created before its stage.
    resource.node.addDependency(props.stage);

    this.apiMappingId = resource.ref;
    this.mappingKey = props.apiMappingKey;
  }

  private recordUse(props: ApiMappingProps, protocol: string | undefined): void {
    const use = DOMAIN_USE.get(props.domainName) ?? { keys: new Map<string, string>() };
    DOMAIN_USE.set(props.domainName, use);
    const key = props.apiMappingKey ?? '';
    if (!isUnknownInput(key)) {
      const previous = use.keys.get(key);
      if (previous !== undefined) {
        const what = key === '' ? 'the root of the domain' : `the key "${key}"`;
        fail('mapping-key-unique', `${what} is already mapped by ${previous} on the same domain name; expected a key unique to this domain`);
      }
      use.keys.set(key, this.node.path);
    }
    if (protocol === undefined) return;
    const webSocket = protocol === 'WEBSOCKET';
    if (use.webSocket && use.webSocket.value !== webSocket) {
      fail('mapping-protocol-mix', `this mapping puts ${webSocket ? 'a WebSocket API' : 'an HTTP API'} on a domain name where ${use.webSocket.path} maps ${use.webSocket.value ? 'a WebSocket API' : 'an HTTP API'}; WebSocket APIs cannot share a custom domain name with HTTP or REST APIs`);
    }
    use.webSocket ??= { value: webSocket, path: this.node.path };
  }
}
