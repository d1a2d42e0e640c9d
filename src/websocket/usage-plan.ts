import { IResource, Lazy, Names, Resource } from 'aws-cdk-lib';
import {
  CfnUsagePlan, CfnUsagePlanKey, IApiKeyRef, IUsagePlanRef, QuotaSettings as RestQuotaSettings, ThrottleSettings as RestThrottleSettings,
  UsagePlanReference,
} from 'aws-cdk-lib/aws-apigateway';
import { CfnStage } from 'aws-cdk-lib/aws-apigatewayv2';
import { Construct, IConstruct } from 'constructs';
import type { IWebSocketApi } from './api';
import type { IWebSocketStage } from './stage';
import { SwitchyardError } from '../common/errors';
import type { ThrottleSettings } from '../common/stage';
import { adopt } from '../private/adopt';
import { checkLiteral } from '../private/domain-checks';
import { injectProps } from '../private/property-injection';
import { isUnknownInput } from '../private/unknown-input';
import { quotaLimitProblem } from '../rules/stage/usage-plan-quota-limit';
import { usagePlanBurstProblem, usagePlanRateProblem } from '../rules/stage/usage-plan-throttle-range';

/** A usage plan, created here or imported. */
export interface IWebSocketUsagePlan extends IResource {
  /**
   * The id of the usage plan.
   *
   * @attribute
   */
  readonly usagePlanId: string;

  /**
   * Adds an API key to the plan (an `AWS::ApiGateway::UsagePlanKey` of type `API_KEY`): requests that
   * present the key are then throttled and counted by the plan. Adding a key the plan already has does
   * nothing.
   */
  addApiKey(apiKey: IApiKeyRef): void;
}

/** Options for `WebSocketStage.addUsagePlan`. */
export interface WebSocketUsagePlanOptions {
  /**
   * The name of the usage plan.
   *
   * @default - none
   */
  readonly usagePlanName?: string;

  /**
   * A description of the usage plan.
   *
   * @default - none
   */
  readonly description?: string;

  /**
   * How many requests each API key may make per day, week or month. `offset` is the day the period starts:
   * 0 for DAY, 0 (Sunday) to 6 for WEEK, 0 to 27 for MONTH. The offset is not checked at construction: the
   * `usage-plan-quota-offset` rule reports an offset out of range at synth, as a warning.
   *
   * @default - no quota
   */
  readonly quota?: RestQuotaSettings;

  /**
   * The steady-state rate and the burst each API key may reach.
   *
   * @default - no throttling by the plan (the stage's and the account's limits still apply)
   */
  readonly throttle?: RestThrottleSettings;

  /**
   * API keys whose requests the plan throttles and counts.
   *
   * @default - none; add them with `addApiKey`
   */
  readonly apiKeys?: IApiKeyRef[];
}

/** Properties of a usage plan for WebSocket API stages. */
export interface WebSocketUsagePlanProps extends WebSocketUsagePlanOptions {
  /**
   * The WebSocket API stages the plan applies to.
   *
   * @default - none; add them with `addStage`
   */
  readonly stages?: IWebSocketStage[];
}

/**
 * Adds one `AWS::ApiGateway::UsagePlanKey` with construct id `<prefix><key's unique id>` under `scope`, for a
 * plan created here or imported; a key already in the plan is not added again.
 */
function addUsagePlanKey(scope: Construct, usagePlanId: string, apiKey: IApiKeyRef, prefix: string, overrideLogicalId?: string): void {
  const id = `${prefix}${Names.nodeUniqueId(apiKey.node)}`;
  if (scope.node.tryFindChild(id)) return; // already in the plan: one UsagePlanKey per key
  const key = new CfnUsagePlanKey(scope, id, {
    usagePlanId,
    keyId: apiKey.apiKeyRef.apiKeyId,
    keyType: 'API_KEY',
  });
  if (overrideLogicalId !== undefined) key.overrideLogicalId(overrideLogicalId);
}

/** The v2 stage resource behind a stage of this app, or undefined for an imported stage. */
function cfnStageOf(stage: IConstruct): CfnStage | undefined {
  const child = stage.node.defaultChild;
  return child instanceof CfnStage ? child : undefined;
}

/**
 * The `ApiStages` of a usage plan: each stage once (`usage-plan-stage-unique`), named by a `Ref` when it is a
 * stage of this app, so that CloudFormation creates the stage first. Shared by both usage plan classes.
 */
class ApiStageList {
  public readonly entries: CfnUsagePlan.ApiStageProperty[] = [];
  /** The construct path of the stage each API id and stage name was added by. */
  private readonly stagePaths = new Map<string, string>();

  constructor(private readonly plan: IConstruct) {}

  public add(stage: IWebSocketStage): void {
    const apiId = stage.webSocketApi.apiId;
    // The same token always stands for the same value, so comparing the strings is safe even for tokens.
    const key = `${apiId}\u0000${stage.stageName}`;
    const previous = this.stagePaths.get(key);
    if (previous !== undefined) {
      const name = isUnknownInput(stage.stageName) ? '' : ` "${stage.stageName}"`;
      throw new SwitchyardError('usage-plan-stage-unique', `stage${name} (${stage.node.path}) is already in usage plan ${this.plan.node.path}, added by ${previous}; expected each API stage once`);
    }
    this.stagePaths.set(key, stage.node.path);
    this.entries.push({ apiId, stage: cfnStageOf(stage)?.ref ?? stage.stageName });
  }
}

/** Checks a plan's literal limits at once: `usage-plan-quota-limit`, `usage-plan-throttle-range`. */
function checkLimits(quota: { readonly limit?: number } | undefined, throttle: ThrottleSettings | undefined): void {
  checkLiteral('usage-plan-quota-limit', quota?.limit, quotaLimitProblem);
  checkLiteral('usage-plan-throttle-range', throttle?.burstLimit, usagePlanBurstProblem);
  checkLiteral('usage-plan-throttle-range', throttle?.rateLimit, usagePlanRateProblem);
}

/** What both usage plan classes give their resource. */
interface PlanSettings {
  readonly usagePlanName?: string;
  readonly description?: string;
  readonly quota?: { readonly limit?: number; readonly offset?: number; readonly period?: string };
  readonly throttle?: ThrottleSettings;
}

/** The plan's `AWS::ApiGateway::UsagePlan`, its limits checked at once, its stages taken from `apiStages`. */
function usagePlanResource(plan: Construct, props: PlanSettings, apiStages: ApiStageList): CfnUsagePlan {
  const { quota, throttle } = props;
  checkLimits(quota, throttle);
  return new CfnUsagePlan(plan, 'Resource', {
    usagePlanName: props.usagePlanName,
    description: props.description,
    quota: quota ? { limit: quota.limit, offset: quota.offset, period: quota.period } : undefined,
    throttle: throttle ? { burstLimit: throttle.burstLimit, rateLimit: throttle.rateLimit } : undefined,
    apiStages: Lazy.any({ produce: () => (apiStages.entries.length > 0 ? apiStages.entries : undefined) }),
  });
}

/**
 * A usage plan for WebSocket API stages (`AWS::ApiGateway::UsagePlan`, the REST API resource, which API
 * Gateway also takes for WebSocket APIs: `ApiStages` name the v2 API id and stage name): a throttle and a
 * quota for each API key in the plan.
 *
 * A plan meters only requests that API Gateway identifies by an API key. On a WebSocket API these are the
 * requests of routes with `apiKeyRequired: true` on an API with an `apiKeySelectionExpression`: the
 * expression "is evaluated when the service determines the given request should proceed only if the client
 * provides a valid API key", and the Developer Guide documents the requirement for the `$connect` route ("You
 * can optionally require an API key for an API's $connect route"). Requests of routes that require no key
 * carry none that API Gateway reads, so no plan throttles or counts them.
 *
 * REST usage plans can also throttle single methods (`ApiStages[].Throttle`, keyed `/<resource path>/<HTTP
 * method>`). WebSocket routes have no such key, so this construct leaves per-route throttles out: set them
 * on the stage with `WebSocketStage.addRouteSettings`.
 *
 * Every literal limit is checked at once: `usage-plan-quota-limit`,
 * `usage-plan-throttle-range` and `usage-plan-stage-unique`.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-develop-routes.html
 * @resource AWS::ApiGateway::UsagePlan
 */
export class WebSocketUsagePlan extends Resource implements IWebSocketUsagePlan {
  /** Imports a usage plan defined elsewhere; API keys can still be added to it. */
  public static fromUsagePlanId(scope: Construct, id: string, usagePlanId: string): IWebSocketUsagePlan {
    class Import extends Resource implements IWebSocketUsagePlan {
      public readonly usagePlanId = usagePlanId;
      public addApiKey(apiKey: IApiKeyRef): void {
        addUsagePlanKey(this, this.usagePlanId, apiKey, 'Key');
      }
    }
    return new Import(scope, id);
  }

  public readonly usagePlanId: string;

  private readonly apiStages = new ApiStageList(this);

  constructor(scope: Construct, id: string, props: WebSocketUsagePlanProps = {}) {
    super(scope, id);
    adopt(this);
    this.usagePlanId = usagePlanResource(this, props, this.apiStages).ref;

    for (const stage of props.stages ?? []) this.addStage(stage);
    for (const key of props.apiKeys ?? []) this.addApiKey(key);
  }

  /**
   * Adds a stage of a WebSocket API to the plan. For a stage of this app, the plan names it with a `Ref`, so
   * CloudFormation creates the stage first (API Gateway rejects a plan naming a stage that does not exist).
   */
  public addStage(stage: IWebSocketStage): void {
    this.apiStages.add(stage);
  }

  public addApiKey(apiKey: IApiKeyRef): void {
    addUsagePlanKey(this, this.usagePlanId, apiKey, 'Key');
  }
}

/** The period of a usage plan's quota. */
export enum Period {
  /** The quota resets every day. */
  DAY = 'DAY',
  /** The quota resets every week. */
  WEEK = 'WEEK',
  /** The quota resets every month. */
  MONTH = 'MONTH',
}

/** How many requests each API key of a usage plan may make per period. */
export interface QuotaSettings {
  /**
   * The number of requests per period, 0 or more (`usage-plan-quota-limit`).
   *
   * @default - no limit
   */
  readonly limit?: number;

  /**
   * The day the period starts: 0 for DAY, 0 (Sunday) to 6 for WEEK, 0 to 27 for MONTH (`usage-plan-quota-offset`,
   * a warning at synth).
   *
   * @default - none
   */
  readonly offset?: number;

  /**
   * The period.
   *
   * @default - none
   */
  readonly period?: Period;
}

/** A WebSocket API stage a usage plan applies to, as aws-cdk-lib's `UsagePlan` takes it. */
export interface UsagePlanPerApiStage {
  /**
   * The WebSocket API (informational: the stage names its API).
   *
   * @default - the stage's API
   */
  readonly api?: IWebSocketApi;

  /**
   * The stage. An entry without a stage adds nothing to the plan, as in aws-cdk-lib.
   *
   * @default - none
   */
  readonly stage?: IWebSocketStage;
}

/** Options of `UsagePlan.addApiKey`. */
export interface AddApiKeyOptions {
  /**
   * The logical id of the `AWS::ApiGateway::UsagePlanKey`.
   *
   * @default - generated from the construct path
   */
  readonly overrideLogicalId?: string;
}

/** Properties of a usage plan, as aws-cdk-lib's `UsagePlan` takes them. */
export interface UsagePlanProps {
  /**
   * The WebSocket API stages the plan applies to.
   *
   * @default - none; add them with `addApiStage`
   */
  readonly apiStages?: UsagePlanPerApiStage[];

  /**
   * A description of the plan.
   *
   * @default - none
   */
  readonly description?: string;

  /**
   * How many requests each API key may make per day, week or month.
   *
   * @default - no quota
   */
  readonly quota?: QuotaSettings;

  /**
   * The steady-state rate and the burst each API key may reach (`usage-plan-throttle-range`).
   *
   * @default - no throttling by the plan
   */
  readonly throttle?: ThrottleSettings;

  /**
   * The name of the plan.
   *
   * @default - none
   */
  readonly usagePlanName?: string;
}

/** A usage plan, created here or imported, as aws-cdk-lib's `IUsagePlan`. */
export interface IUsagePlan extends IResource, IUsagePlanRef {
  /**
   * The id of the usage plan.
   *
   * @attribute
   */
  readonly usagePlanId: string;

  /** Adds an API key to the plan (a key already in it is not added again). */
  addApiKey(apiKey: IApiKeyRef, options?: AddApiKeyOptions): void;
}

abstract class UsagePlanBase extends Resource implements IUsagePlan {
  public abstract readonly usagePlanId: string;

  public get usagePlanRef(): UsagePlanReference {
    return { usagePlanId: this.usagePlanId };
  }

  public addApiKey(apiKey: IApiKeyRef, options?: AddApiKeyOptions): void {
    // aws-cdk-lib's construct id, so that a migrated plan keeps its keys' logical ids.
    addUsagePlanKey(this, this.usagePlanId, apiKey, 'UsagePlanKeyResource:', options?.overrideLogicalId);
  }
}

/** The `PROPERTY_INJECTION_ID` of `UsagePlan` (a constant: esbuild renames a class that names itself in its body). */
const USAGE_PLAN_INJECTION_ID = 'cdk-switchyard.UsagePlan';

/**
 * A usage plan for WebSocket API stages, with aws-cdk-lib's `UsagePlan` props and methods; the same resource
 * and checks as `WebSocketUsagePlan` (`usage-plan-quota-limit`, `usage-plan-throttle-range`,
 * `usage-plan-stage-unique`).
 *
 * @resource AWS::ApiGateway::UsagePlan
 */
export class UsagePlan extends UsagePlanBase {
  /** The id of this class for property injectors (`PropertyInjectors`), which apply to its props. */
  public static readonly PROPERTY_INJECTION_ID: string = USAGE_PLAN_INJECTION_ID;

  /** Imports a usage plan defined elsewhere; API keys can still be added to it. */
  public static fromUsagePlanId(scope: Construct, id: string, usagePlanId: string): IUsagePlan {
    class Import extends UsagePlanBase {
      public readonly usagePlanId = usagePlanId;
    }
    return new Import(scope, id);
  }

  public readonly usagePlanId: string;
  private readonly apiStages = new ApiStageList(this);

  constructor(scope: Construct, id: string, props: UsagePlanProps = {}) {
    super(scope, id);
    props = injectProps(USAGE_PLAN_INJECTION_ID, props, scope, id);
    adopt(this);
    this.usagePlanId = usagePlanResource(this, props, this.apiStages).ref;
    for (const apiStage of props.apiStages ?? []) this.addApiStage(apiStage);
  }

  /** Adds a stage to the plan; an entry without a stage adds nothing, as in aws-cdk-lib. */
  public addApiStage(apiStage: UsagePlanPerApiStage): void {
    if (apiStage.stage) this.apiStages.add(apiStage.stage);
  }
}
