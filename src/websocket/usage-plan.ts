import { IResource, Lazy, Names, Resource } from 'aws-cdk-lib';
import { CfnUsagePlan, CfnUsagePlanKey, IApiKey, QuotaSettings, ThrottleSettings } from 'aws-cdk-lib/aws-apigateway';
import { CfnStage } from 'aws-cdk-lib/aws-apigatewayv2';
import { Construct, IConstruct } from 'constructs';
import type { IWebSocketStage } from './stage';
import { SwitchyardError } from '../common/errors';
import { adopt } from '../private/adopt';
import { checkLiteral } from '../private/domain-checks';
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
  addApiKey(apiKey: IApiKey): void;
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
  readonly quota?: QuotaSettings;

  /**
   * The steady-state rate and the burst each API key may reach.
   *
   * @default - no throttling by the plan (the stage's and the account's limits still apply)
   */
  readonly throttle?: ThrottleSettings;

  /**
   * API keys whose requests the plan throttles and counts.
   *
   * @default - none; add them with `addApiKey`
   */
  readonly apiKeys?: IApiKey[];
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

/** Adds one `AWS::ApiGateway::UsagePlanKey` under `scope`, for a plan created here or imported. */
function addUsagePlanKey(scope: Construct, usagePlanId: string, apiKey: IApiKey): void {
  const id = `Key${Names.nodeUniqueId(apiKey.node)}`;
  if (scope.node.tryFindChild(id)) return; // already in the plan: one UsagePlanKey per key
  new CfnUsagePlanKey(scope, id, {
    usagePlanId,
    keyId: apiKey.keyId,
    keyType: 'API_KEY',
  });
}

/** The v2 stage resource behind a stage of this app, or undefined for an imported stage. */
function cfnStageOf(stage: IConstruct): CfnStage | undefined {
  const child = stage.node.defaultChild;
  return child instanceof CfnStage ? child : undefined;
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
      public addApiKey(apiKey: IApiKey): void {
        addUsagePlanKey(this, this.usagePlanId, apiKey);
      }
    }
    return new Import(scope, id);
  }

  public readonly usagePlanId: string;

  private readonly apiStages: CfnUsagePlan.ApiStageProperty[] = [];
  /** The construct path of the stage each API id and stage name was added by. */
  private readonly stagePaths = new Map<string, string>();

  constructor(scope: Construct, id: string, props: WebSocketUsagePlanProps = {}) {
    super(scope, id);
    adopt(this);
    const { quota, throttle } = props;
    checkLiteral('usage-plan-quota-limit', quota?.limit, quotaLimitProblem);
    checkLiteral('usage-plan-throttle-range', throttle?.burstLimit, usagePlanBurstProblem);
    checkLiteral('usage-plan-throttle-range', throttle?.rateLimit, usagePlanRateProblem);

    const resource = new CfnUsagePlan(this, 'Resource', {
      usagePlanName: props.usagePlanName,
      description: props.description,
      quota: quota ? { limit: quota.limit, offset: quota.offset, period: quota.period } : undefined,
      throttle: throttle ? { burstLimit: throttle.burstLimit, rateLimit: throttle.rateLimit } : undefined,
      apiStages: Lazy.any({ produce: () => (this.apiStages.length > 0 ? this.apiStages : undefined) }),
    });
    this.usagePlanId = resource.ref;

    for (const stage of props.stages ?? []) this.addStage(stage);
    for (const key of props.apiKeys ?? []) this.addApiKey(key);
  }

  /**
   * Adds a stage of a WebSocket API to the plan. For a stage of this app, the plan names it with a `Ref`, so
   * CloudFormation creates the stage first (API Gateway rejects a plan naming a stage that does not exist).
   */
  public addStage(stage: IWebSocketStage): void {
    const apiId = stage.webSocketApi.apiId;
    // The same token always stands for the same value, so comparing the strings is safe even for tokens.
    const key = `${apiId}\u0000${stage.stageName}`;
    const previous = this.stagePaths.get(key);
    if (previous !== undefined) {
      const name = isUnknownInput(stage.stageName) ? '' : ` "${stage.stageName}"`;
      throw new SwitchyardError('usage-plan-stage-unique', `stage${name} (${stage.node.path}) is already in usage plan ${this.node.path}, added by ${previous}; expected each API stage once`);
    }
    this.stagePaths.set(key, stage.node.path);
    this.apiStages.push({ apiId, stage: cfnStageOf(stage)?.ref ?? stage.stageName });
  }

  public addApiKey(apiKey: IApiKey): void {
    addUsagePlanKey(this, this.usagePlanId, apiKey);
  }
}
