import { IResource, Resource } from 'aws-cdk-lib';
import { IRestApi, IStage as IRestStage } from 'aws-cdk-lib/aws-apigateway';
import { CfnRoutingRule } from 'aws-cdk-lib/aws-apigatewayv2';
import { Construct, IConstruct } from 'constructs';
import type { IDomainName } from './domain-name';
import { adopt } from '../private/adopt';
import { checkLiteral, fail } from '../private/domain-checks';
import { isUnknownInput } from '../private/unknown-input';
import {
  basePathProblem, headerGlobProblem, headerNameProblem, MAX_BASE_PATH_CONDITIONS, MAX_HEADER_CONDITIONS, priorityProblem,
} from '../rules/domain/checks';

/**
 * The value a header condition matches, as a glob. API Gateway allows a wildcard only at the start, at the
 * end, at both ends, or alone; the factories build exactly those shapes.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-routing-rules.html
 */
export class HeaderValue {
  /** The header value equals `value` (case-sensitive). */
  public static exactly(value: string): HeaderValue {
    return new HeaderValue(value);
  }

  /** The header value starts with `prefix` (glob `prefix*`). */
  public static startsWith(prefix: string): HeaderValue {
    return new HeaderValue(`${prefix}*`);
  }

  /** The header value ends with `suffix` (glob `*suffix`). */
  public static endsWith(suffix: string): HeaderValue {
    return new HeaderValue(`*${suffix}`);
  }

  /** The header value contains `infix` (glob `*infix*`, at most 40 characters in all). */
  public static contains(infix: string): HeaderValue {
    return new HeaderValue(`*${infix}*`);
  }

  /** The header is present, with any value (glob `*`). */
  public static anyValue(): HeaderValue {
    return new HeaderValue('*');
  }

  /** A glob written out, such as `v2*`; it is checked like the others. */
  public static fromGlob(glob: string): HeaderValue {
    return new HeaderValue(glob);
  }

  /** The glob API Gateway matches the header value against. */
  public readonly glob: string;

  private constructor(glob: string) {
    checkLiteral('routing-rule-header', glob, headerGlobProblem);
    this.glob = glob;
  }
}

/**
 * One condition of a routing rule: a base path or a header. A rule matches when all its conditions match;
 * it takes at most one base-path condition and two header conditions.
 */
export class RoutingCondition {
  /**
   * The request path starts with this base path (case-sensitive), such as `orders` or `orders/v2`: letters,
   * digits and `$-_.+!*'()/`, fewer than 128 characters, without a leading or trailing slash.
   */
  public static basePath(basePath: string): RoutingCondition {
    checkLiteral('routing-rule-base-path', basePath, basePathProblem);
    return new RoutingCondition({ matchBasePaths: { anyOf: [basePath] } }, 'basePath');
  }

  /**
   * The request has the header `name` (case-insensitive, fewer than 40 characters, not a header API Gateway
   * reserves) with a value that matches `value`.
   */
  public static header(name: string, value: HeaderValue): RoutingCondition {
    checkLiteral('routing-rule-header', name, headerNameProblem);
    return new RoutingCondition({ matchHeaders: { anyOf: [{ header: name, valueGlob: value.glob }] } }, 'header');
  }

  /** @internal */
  public readonly _condition: CfnRoutingRule.ConditionProperty;
  /** @internal */
  public readonly _kind: string;

  private constructor(condition: CfnRoutingRule.ConditionProperty, kind: string) {
    this._condition = condition;
    this._kind = kind;
  }
}

/** Options of an action that invokes a stage. */
export interface InvokeStageOptions {
  /**
   * Removes the matched base path from the request path before the target API sees it.
   *
   * @default false
   */
  readonly stripBasePath?: boolean;
}

/** Options of an action that invokes a REST API. */
export interface InvokeRestApiOptions extends InvokeStageOptions {
  /**
   * The name of the stage to invoke.
   *
   * @default - the REST API's deployment stage
   */
  readonly stageName?: string;
}

/** What a routing rule does when its conditions match: invoke a stage of a REST API (the only action). */
export class RoutingAction {
  /** Invokes a stage of a REST API, by name (by default the API's deployment stage). */
  public static invokeRestApi(restApi: IRestApi, options: InvokeRestApiOptions = {}): RoutingAction {
    const deploymentStage = deploymentStageOf(restApi);
    const stageName = options.stageName ?? deploymentStage?.stageName;
    if (stageName === undefined) {
      fail('routing-rule-action', `REST API ${restApi.node.path} has no deployment stage; expected a stageName in the options, or RoutingAction.invokeStage(stage)`);
    }
    const dependency = deploymentStage && deploymentStage.stageName === stageName ? deploymentStage : undefined;
    return new RoutingAction(restApi.restApiId, stageName, options.stripBasePath, dependency);
  }

  /** Invokes the given stage of a REST API. */
  public static invokeStage(stage: IRestStage, options: InvokeStageOptions = {}): RoutingAction {
    return new RoutingAction(stage.restApi.restApiId, stage.stageName, options.stripBasePath, stage);
  }

  /** @internal */
  public readonly _action: CfnRoutingRule.ActionProperty;
  /** @internal */
  public readonly _dependency?: IConstruct;

  private constructor(apiId: string, stageName: string, stripBasePath: boolean | undefined, dependency: IConstruct | undefined) {
    this._action = { invokeApi: { apiId, stage: stageName, stripBasePath } };
    this._dependency = dependency;
  }
}

/** Options of a routing rule added to a domain name. */
export interface RoutingRuleOptions {
  /** The evaluation order, lowest first: an integer from 1 to 1,000,000, unique within the domain name. */
  readonly priority: number;

  /**
   * The conditions, all of which must match: at most one base path and two headers.
   *
   * @default - none: a catch-all rule
   */
  readonly conditions?: RoutingCondition[];

  /** The stage of a REST API to invoke. */
  readonly action: RoutingAction;
}

/** Properties of a routing rule. */
export interface RoutingRuleProps extends RoutingRuleOptions {
  /** The custom domain name the rule belongs to; its routing mode must evaluate rules. */
  readonly domainName: IDomainName;
}

/** A routing rule. */
export interface IRoutingRule extends IResource {
  /**
   * The ARN of the routing rule.
   *
   * @attribute
   */
  readonly routingRuleArn: string;

  /**
   * The id of the routing rule.
   *
   * @attribute
   */
  readonly routingRuleId: string;
}

/** The priorities taken on each domain name, to reject a duplicate where it is written. */
const PRIORITIES = new WeakMap<IDomainName, Map<number, string>>();

/**
 * A routing rule (`AWS::ApiGatewayV2::RoutingRule`) of a custom domain name: when a request's base path and
 * headers match, API Gateway invokes a stage of a REST API. Rules run only on a domain whose routing mode is
 * `ROUTING_RULE_THEN_API_MAPPING` or `ROUTING_RULE_ONLY`.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-routing-rules.html
 * @resource AWS::ApiGatewayV2::RoutingRule
 */
export class RoutingRule extends Resource implements IRoutingRule {
  public readonly routingRuleArn: string;
  public readonly routingRuleId: string;

  constructor(scope: Construct, id: string, props: RoutingRuleProps) {
    super(scope, id);
    adopt(this);

    checkLiteral('routing-rule-priority', props.priority, priorityProblem);
    if (!isUnknownInput(props.priority)) {
      const taken = PRIORITIES.get(props.domainName) ?? new Map<number, string>();
      const previous = taken.get(props.priority);
      if (previous !== undefined) {
        fail('routing-rule-priority-unique', `Priority ${props.priority} is already taken by routing rule ${previous} of the same domain name; expected a priority unique to this domain`);
      }
      taken.set(props.priority, this.node.path);
      PRIORITIES.set(props.domainName, taken);
    }

    const conditions = props.conditions ?? [];
    const count = (kind: string) => conditions.filter(c => c._kind === kind).length;
    if (count('header') > MAX_HEADER_CONDITIONS) {
      fail('routing-rule-conditions', `${count('header')} header conditions; a routing rule takes at most ${MAX_HEADER_CONDITIONS}`);
    }
    if (count('basePath') > MAX_BASE_PATH_CONDITIONS) {
      fail('routing-rule-conditions', `${count('basePath')} base-path conditions; a routing rule takes at most ${MAX_BASE_PATH_CONDITIONS}`);
    }

    const resource = new CfnRoutingRule(this, 'Resource', {
      domainNameArn: props.domainName.domainNameArn,
      priority: props.priority,
      conditions: conditions.map(c => c._condition),
      actions: [props.action._action],
    });
    // The stage must exist before a rule can invoke it.
    if (props.action._dependency) resource.node.addDependency(props.action._dependency);

    this.routingRuleArn = resource.attrRoutingRuleArn;
    this.routingRuleId = resource.attrRoutingRuleId;
  }
}

function deploymentStageOf(restApi: IRestApi): IRestStage | undefined {
  try {
    // aws-cdk-lib's getter throws when the API has no deployment stage (deploy: false, or an import).
    return restApi.deploymentStage;
  } catch {
    return undefined;
  }
}
