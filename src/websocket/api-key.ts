import { ArnFormat, IResource, Resource, Stack } from 'aws-cdk-lib';
import { ApiKeyReference, CfnApiKey, IApiKeyRef } from 'aws-cdk-lib/aws-apigateway';
import { Grant, IGrantable } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { QuotaSettings, UsagePlan, UsagePlanPerApiStage } from './usage-plan';
import type { ThrottleSettings } from '../common/stage';
import { adopt } from '../private/adopt';
import { injectProps } from '../private/property-injection';

/**
 * An API key (`AWS::ApiGateway::ApiKey`, the REST API resource that WebSocket APIs use too), created here or
 * imported. As an `IApiKeyRef`, it is accepted wherever aws-cdk-lib asks for a reference to an API key.
 */
export interface IApiKey extends IResource, IApiKeyRef {
  /**
   * The id of the API key.
   *
   * @attribute
   */
  readonly keyId: string;

  /**
   * The ARN of the API key.
   *
   * @attribute
   */
  readonly keyArn: string;
}

/** Options of an API key. */
export interface ApiKeyOptions {
  /**
   * The name of the API key.
   *
   * @default - a name CloudFormation generates
   */
  readonly apiKeyName?: string;

  /**
   * The value of the API key, which clients send (at least 20 characters, per the CloudFormation reference).
   *
   * @default - a value API Gateway generates
   */
  readonly value?: string;

  /**
   * A description of the API key.
   *
   * @default - none
   */
  readonly description?: string;
}

/** Properties of an API key. */
export interface ApiKeyProps extends ApiKeyOptions {
  /**
   * An AWS Marketplace customer identifier, for SaaS integrations.
   *
   * @default - none
   */
  readonly customerId?: string;

  /**
   * Whether clients can use the key.
   *
   * @default true
   */
  readonly enabled?: boolean;

  /**
   * Whether the key id differs from the key value.
   *
   * @default false
   */
  readonly generateDistinctId?: boolean;
}

/** Properties of an API key with its own usage plan. */
export interface RateLimitedApiKeyProps extends ApiKeyProps {
  /**
   * The WebSocket API stages the key's usage plan applies to.
   *
   * @default - none
   */
  readonly apiStages?: UsagePlanPerApiStage[];

  /**
   * How many requests the key may make per day, week or month.
   *
   * @default - no quota
   */
  readonly quota?: QuotaSettings;

  /**
   * The steady-state rate and the burst the key may reach.
   *
   * @default - no throttling by the plan
   */
  readonly throttle?: ThrottleSettings;
}

const READ_ACTIONS = ['apigateway:GET'];
const WRITE_ACTIONS = ['apigateway:POST', 'apigateway:PUT', 'apigateway:PATCH', 'apigateway:DELETE'];

/** `arn:<partition>:apigateway:<region>::/apikeys/<id>`: API keys are regional resources without an account. */
function keyArnOf(scope: Construct, keyId: string): string {
  return Stack.of(scope).formatArn({ service: 'apigateway', account: '', resource: '/apikeys', arnFormat: ArnFormat.SLASH_RESOURCE_NAME, resourceName: keyId });
}

abstract class ApiKeyBase extends Resource implements IApiKey {
  public abstract readonly keyId: string;
  public abstract readonly keyArn: string;

  public get apiKeyRef(): ApiKeyReference {
    return { apiKeyId: this.keyId };
  }

  /** Grants reading the key (`apigateway:GET`) on the key. */
  public grantRead(grantee: IGrantable): Grant {
    return Grant.addToPrincipal({ grantee, actions: READ_ACTIONS, resourceArns: [this.keyArn] });
  }

  /** Grants changing and deleting the key (`apigateway:POST`, `PUT`, `PATCH`, `DELETE`) on the key. */
  public grantWrite(grantee: IGrantable): Grant {
    return Grant.addToPrincipal({ grantee, actions: WRITE_ACTIONS, resourceArns: [this.keyArn] });
  }

  /** Grants reading, changing and deleting the key. */
  public grantReadWrite(grantee: IGrantable): Grant {
    return Grant.addToPrincipal({ grantee, actions: [...READ_ACTIONS, ...WRITE_ACTIONS], resourceArns: [this.keyArn] });
  }
}

/** The `PROPERTY_INJECTION_ID` of `ApiKey` (a constant: esbuild renames a class that names itself in its body). */
const API_KEY_INJECTION_ID = 'cdk-switchyard.ApiKey';

/**
 * An API key for WebSocket APIs whose routes require one (`apiKeyRequired`, with the API's
 * `apiKeySelectionExpression`); a usage plan throttles and counts its requests.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html
 * @resource AWS::ApiGateway::ApiKey
 */
export class ApiKey extends ApiKeyBase {
  /** The id of this class for property injectors (`PropertyInjectors`), which apply to its props. */
  public static readonly PROPERTY_INJECTION_ID: string = API_KEY_INJECTION_ID;

  /** Imports an API key by its id. */
  public static fromApiKeyId(scope: Construct, id: string, apiKeyId: string): IApiKey {
    class Import extends ApiKeyBase {
      public readonly keyId = apiKeyId;
      public readonly keyArn = keyArnOf(scope, apiKeyId);
    }
    return new Import(scope, id);
  }

  public readonly keyId: string;
  public readonly keyArn: string;

  constructor(scope: Construct, id: string, props: ApiKeyProps = {}) {
    // Injected before super: the name is the construct's physical name.
    super(scope, id, { physicalName: (props = injectProps(API_KEY_INJECTION_ID, props, scope, id)).apiKeyName });
    adopt(this);
    const resource = new CfnApiKey(this, 'Resource', {
      customerId: props.customerId,
      description: props.description,
      enabled: props.enabled ?? true,
      generateDistinctId: props.generateDistinctId,
      name: this.physicalName,
      value: props.value,
    });
    this.keyId = resource.ref;
    this.keyArn = keyArnOf(this, this.keyId);
  }
}

/** The `PROPERTY_INJECTION_ID` of `RateLimitedApiKey` (a constant: esbuild renames a class that names itself in its body). */
const RATE_LIMITED_API_KEY_INJECTION_ID = 'cdk-switchyard.RateLimitedApiKey';

/**
 * An API key with its own usage plan (created when stages, a quota or a throttle is given), as aws-cdk-lib's
 * `RateLimitedApiKey`: the key is the child `Resource`, the plan the child `UsagePlanResource`.
 *
 * @resource AWS::ApiGateway::ApiKey
 */
export class RateLimitedApiKey extends ApiKeyBase {
  /** The id of this class for property injectors (`PropertyInjectors`), which apply to its props. */
  public static readonly PROPERTY_INJECTION_ID: string = RATE_LIMITED_API_KEY_INJECTION_ID;

  public readonly keyId: string;
  public readonly keyArn: string;

  constructor(scope: Construct, id: string, props: RateLimitedApiKeyProps = {}) {
    // Injected before super: the name is the construct's physical name.
    super(scope, id, { physicalName: (props = injectProps(RATE_LIMITED_API_KEY_INJECTION_ID, props, scope, id)).apiKeyName });
    adopt(this);
    const key = new ApiKey(this, 'Resource', props);
    if (props.apiStages || props.quota || props.throttle) {
      new UsagePlan(this, 'UsagePlanResource', { apiStages: props.apiStages, quota: props.quota, throttle: props.throttle }).addApiKey(key);
    }
    this.keyId = key.keyId;
    this.keyArn = key.keyArn;
  }
}
