import { createHash } from 'crypto';
import { Aspects, CfnResource, IAspect, IResource, Resource, Stack } from 'aws-cdk-lib';
import { CfnDeployment } from 'aws-cdk-lib/aws-apigatewayv2';
import { Construct, IConstruct } from 'constructs';
import type { IHttpApi } from './api';
import { onRoutes } from './private/routes';
import type { HttpStage } from './stage';
import { SwitchyardError } from '../common/errors';
import { adopt } from '../private/adopt';
import { checkLiteral } from '../private/domain-checks';
import { descriptionProblem } from '../rules/stage/checks';

/** A deployment of an HTTP API. */
export interface IHttpDeployment extends IResource {
  /**
   * The id of the deployment.
   *
   * @attribute
   */
  readonly deploymentId: string;
}

/** Properties of an HTTP API deployment. */
export interface HttpDeploymentProps {
  /** The API to deploy. */
  readonly httpApi: IHttpApi;

  /**
   * The stage the deployment is released to; it must not deploy automatically.
   *
   * @default - none: a stage names the deployment
   */
  readonly stage?: HttpStage;

  /**
   * A description of the deployment, at most 1,024 characters.
   *
   * @default - none
   */
  readonly description?: string;

  /**
   * Whether a change of the API's routes, integrations or authorizers makes a new deployment (the logical id
   * of the deployment changes with a hash of them), so that the stage serves the change.
   *
   * @default true
   */
  readonly redeployOnChange?: boolean;
}

const API_TYPES = new Set(['AWS::ApiGatewayV2::Route', 'AWS::ApiGatewayV2::Integration', 'AWS::ApiGatewayV2::Authorizer']);

/**
 * A deployment of an HTTP API (`AWS::ApiGatewayV2::Deployment`), for stages that do not deploy
 * automatically. It is created after every route of the API (API Gateway refuses to deploy an API without
 * routes), and by default it is replaced whenever a route, integration or authorizer changes, so the stage
 * serves the change.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-stages.html
 * @resource AWS::ApiGatewayV2::Deployment
 */
export class HttpDeployment extends Resource implements IHttpDeployment {
  public readonly deploymentId: string;

  constructor(scope: Construct, id: string, props: HttpDeploymentProps) {
    super(scope, id);
    adopt(this);
    if (props.stage?.autoDeploy) {
      throw new SwitchyardError('deployment-auto-deploy', `the stage ${props.stage.node.path} deploys automatically; API Gateway rejects a deployment into it (create the stage with autoDeploy: false)`);
    }
    checkLiteral('deployment-description', props.description, d => descriptionProblem('deployment', d));
    const resource = new CfnDeployment(this, 'Resource', {
      apiId: props.httpApi.apiId,
      description: props.description,
      stageName: props.stage?.stageName,
    });
    if (props.stage) resource.node.addDependency(props.stage);
    const routes: IConstruct[] = [];
    onRoutes(props.httpApi, route => {
      routes.push(route);
      resource.node.addDependency(route);
    });
    if (props.redeployOnChange ?? true) Aspects.of(this).add(new RedeployOnChange(resource, props.httpApi, routes));
    this.deploymentId = resource.ref;
  }
}

/** Renames the deployment after a hash of the API's routes, integrations and authorizers, before synthesis. */
class RedeployOnChange implements IAspect {
  private done = false;

  constructor(private readonly deployment: CfnDeployment, private readonly api: IHttpApi, private readonly routes: IConstruct[]) {}

  public visit(node: IConstruct): void {
    if (node !== this.deployment || this.done) return;
    this.done = true;
    const stack = Stack.of(this.deployment);
    const seen = new Set<IConstruct>();
    const hash = createHash('sha256');
    for (const root of [this.api, ...this.routes]) {
      for (const c of root.node.findAll()) {
        if (seen.has(c) || !CfnResource.isCfnResource(c) || !API_TYPES.has(c.cfnResourceType)) continue;
        seen.add(c);
        const rendered = (c as unknown as { _toCloudFormation(): object })._toCloudFormation();
        hash.update(JSON.stringify(stack.resolve(rendered)));
      }
    }
    const base = stack.getLogicalId(this.deployment);
    this.deployment.overrideLogicalId(`${base}${hash.digest('hex').slice(0, 8).toUpperCase()}`);
  }
}
