import { createHash } from 'crypto';
import { CfnResource, IResource, Lazy, Resource, Stack } from 'aws-cdk-lib';
import { CfnDeployment } from 'aws-cdk-lib/aws-apigatewayv2';
import { Construct, IConstruct } from 'constructs';
import { IWebSocketApi } from './api';
import { forEachRoute } from './private/routes';
import { IWebSocketStage, WebSocketStage } from './stage';
import { SwitchyardError } from '../common/errors';
import { adopt } from '../private/adopt';
import { checkLiteral } from '../private/domain-checks';
import { descriptionProblem } from '../rules/stage/checks';

/** A deployment of a WebSocket API. */
export interface IWebSocketDeployment extends IResource {
  /**
   * The id of the deployment.
   *
   * @attribute
   */
  readonly deploymentId: string;
}

/** Properties of a deployment. */
export interface WebSocketDeploymentProps {
  /** The API to deploy. */
  readonly webSocketApi: IWebSocketApi;

  /**
   * The stage to deploy to; it must not auto-deploy.
   *
   * @default - none: the deployment is created but serves no stage
   */
  readonly stage?: IWebSocketStage;

  /**
   * A description of the deployment, at most 1,024 characters.
   *
   * @default - none
   */
  readonly description?: string;
}

/** The CloudFormation of every resource under a construct, and of what it depends on (models). */
function resourcesUnder(scope: IConstruct, into: Set<CfnResource>): void {
  for (const c of scope.node.findAll()) {
    if (CfnResource.isCfnResource(c)) into.add(c);
    for (const d of c.node.dependencies) {
      for (const dc of d.node.findAll()) if (CfnResource.isCfnResource(dc)) into.add(dc);
    }
  }
}

/**
 * A deployment of a WebSocket API (`AWS::ApiGatewayV2::Deployment`): a snapshot of its routes,
 * integrations, authorizers and models, deployed to a stage that does not auto-deploy. It depends on every
 * route of the API, and its logical id changes whenever one of them changes, so each change is deployed.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-set-up-websocket-deployment.html
 * @resource AWS::ApiGatewayV2::Deployment
 */
export class WebSocketDeployment extends Resource implements IWebSocketDeployment {
  public readonly deploymentId: string;

  constructor(scope: Construct, id: string, props: WebSocketDeploymentProps) {
    super(scope, id);
    adopt(this);
    const stage = props.stage;
    if (stage instanceof WebSocketStage && stage.autoDeploy) {
      throw new SwitchyardError('deployment-auto-deploy', `stage ${stage.node.path} auto-deploys; a deployment into it conflicts with AutoDeploy (set autoDeploy: false on the stage, or drop the deployment)`);
    }
    if (stage && stage.webSocketApi !== props.webSocketApi) {
      throw new SwitchyardError('deployment-stage', `stage ${stage.node.path} belongs to another API; a deployment targets a stage of the API it deploys`);
    }
    checkLiteral('deployment-description', props.description, d => descriptionProblem('deployment', d));

    const resource = new CfnDeployment(this, 'Resource', {
      apiId: props.webSocketApi.apiId,
      stageName: stage?.stageName,
      description: props.description,
    });
    if (stage) resource.node.addDependency(stage);

    const routes: IConstruct[] = [];
    forEachRoute(props.webSocketApi, route => {
      routes.push(route);
      resource.node.addDependency(route);
    });
    const stack = Stack.of(this);
    const original = stack.getLogicalId(resource);
    resource.overrideLogicalId(Lazy.uncachedString({
      produce: () => {
        const resources = new Set<CfnResource>();
        for (const route of routes) resourcesUnder(route, resources);
        const api = props.webSocketApi.node.defaultChild;
        if (api && CfnResource.isCfnResource(api)) resources.add(api);
        const hash = createHash('md5');
        for (const r of resources) hash.update(JSON.stringify(stack.resolve((r as unknown as { _toCloudFormation(): unknown })._toCloudFormation())));
        return `${original}${hash.digest('hex').slice(0, 8).toUpperCase()}`;
      },
    }));
    this.deploymentId = resource.ref;
  }
}
