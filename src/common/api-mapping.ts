import { IResource, Resource } from 'aws-cdk-lib';
import { ApiMappingReference, CfnApiMapping, IApiMappingRef, IApiRef, IDomainNameRef } from 'aws-cdk-lib/aws-apigatewayv2';
import { Construct } from 'constructs';
import type { IDomainName } from './domain-name';
import { SwitchyardError } from './errors';
import type { IStage } from './stage';
import { adopt } from '../private/adopt';
import { checkLiteral, fail, protocolOfApi } from '../private/domain-checks';
import { injectProps } from '../private/property-injection';
import { isUnknownInput } from '../private/unknown-input';
import { mappingKeyProblem, mappingStageProblem } from '../rules/domain/checks';

/** An API mapping. As an `IApiMappingRef`, it is accepted wherever aws-cdk-lib asks for a reference to one. */
export interface IApiMapping extends IResource, IApiMappingRef {
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

  /**
   * The custom domain name of the mapping, which `apiMappingRef` needs.
   *
   * @default - none: reading `apiMappingRef.domainName` throws (`mapping-required`)
   */
  readonly domainName?: string;
}

/** Properties of an API mapping. */
export interface ApiMappingProps {
  /** The HTTP or WebSocket API to map: a Switchyard API, aws-cdk-lib's, or any reference to one. */
  readonly api: IApiRef;

  /**
   * The stage of that API that serves the mapping.
   *
   * @default - the API's default stage (an `HttpApi`'s `$default` stage); a WebSocket API has none, so its
   * mappings must name a stage (`mapping-required`)
   */
  readonly stage?: IStage;

  /** The custom domain name: a Switchyard `DomainName`, aws-cdk-lib's, or any reference to one. */
  readonly domainName: IDomainNameRef;

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
const DOMAIN_USE = new WeakMap<IDomainNameRef, DomainUse>();

/** The `PROPERTY_INJECTION_ID` of `ApiMapping` (a constant: esbuild renames a class that names itself in its body). */
const API_MAPPING_INJECTION_ID = 'cdk-switchyard.ApiMapping';

/**
 * Maps a stage of an HTTP or WebSocket API to a path of a custom domain name (`AWS::ApiGatewayV2::ApiMapping`).
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-mappings.html
 * @resource AWS::ApiGatewayV2::ApiMapping
 */
export class ApiMapping extends Resource implements IApiMapping {
  /** The id of this class for property injectors (`PropertyInjectors`), which apply to its props. */
  public static readonly PROPERTY_INJECTION_ID: string = API_MAPPING_INJECTION_ID;

  /** Imports an API mapping defined elsewhere. */
  public static fromApiMappingAttributes(scope: Construct, id: string, attrs: ApiMappingAttributes): IApiMapping {
    class Import extends Resource implements IApiMapping {
      public readonly apiMappingId = attrs.apiMappingId;
      public get apiMappingRef(): ApiMappingReference {
        const path = this.node.path;
        return {
          apiMappingId: attrs.apiMappingId,
          get domainName(): string {
            if (attrs.domainName === undefined) {
              throw new SwitchyardError('mapping-required', `API mapping ${path} was imported without its domainName; give it to ApiMapping.fromApiMappingAttributes`);
            }
            return attrs.domainName;
          },
        };
      }
    }
    return new Import(scope, id);
  }

  public readonly apiMappingId: string;
  /** The mapping key, when one was given. */
  public readonly mappingKey?: string;
  private readonly domainNameReference: IDomainNameRef;

  constructor(scope: Construct, id: string, props: ApiMappingProps) {
    super(scope, id);
    props = injectProps(API_MAPPING_INJECTION_ID, props, scope, id);
    adopt(this);

    const protocol = protocolOfApi(props.api);
    const webSocket = protocol === 'WEBSOCKET';
    const stage = props.stage ?? (props.api as { defaultStage?: IStage }).defaultStage;
    if (!stage) {
      fail('mapping-required', `API mapping ${this.node.path} names no stage and its API has no default stage; expected a stage (a WebSocket API has no default stage)`);
    }
    checkLiteral('mapping-key', props.apiMappingKey, key => mappingKeyProblem(key, webSocket));
    checkLiteral('mapping-required', stage.stageName, mappingStageProblem);

    // An API mapping on a ROUTING_RULE_ONLY domain is a warning: mapping-routing-mode reports it at synth.
    this.recordUse(props, protocol);

    const resource = new CfnApiMapping(this, 'Resource', {
      apiId: props.api.apiRef.apiId,
      domainName: props.domainName.domainNameRef.domainName,
      stage: stage.stageName,
      apiMappingKey: props.apiMappingKey,
    });
    // API Gateway answers "Invalid stage identifier specified" when the mapping is created before its stage.
    resource.node.addDependency(stage);

    this.apiMappingId = resource.ref;
    this.mappingKey = props.apiMappingKey;
    this.domainNameReference = props.domainName;
  }

  /** The custom domain name of the mapping; throws (`mapping-required`) when it was given as a bare reference. */
  public get domainName(): IDomainName {
    const ref = this.domainNameReference as Partial<IDomainName>;
    if (ref.regionalDomainName === undefined || ref.regionalHostedZoneId === undefined) {
      fail('mapping-required', `the domain name of API mapping ${this.node.path} is a bare reference, not a DomainName construct`);
    }
    return ref as IDomainName;
  }

  public get apiMappingRef(): ApiMappingReference {
    return { apiMappingId: this.apiMappingId, domainName: this.domainNameReference.domainNameRef.domainName };
  }

  /** The URL of the mapped stage: `https://<domain name>/<mapping key>`. */
  public get domainUrl(): string {
    return `https://${this.domainNameReference.domainNameRef.domainName}/${this.mappingKey ?? ''}`;
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
