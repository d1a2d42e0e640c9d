import { HTTP_API, WS_API } from './catalogue-fixtures';
import { expectRule } from './rule-table';
import { stageNoDeployment } from '../../src/rules/stage/stage-no-deployment';

const stage = (props: Record<string, unknown> = {}) => ({ Stage: { Type: 'AWS::ApiGatewayV2::Stage', Properties: { ApiId: { Ref: 'Api' }, StageName: 'prod', ...props } } });
const deployment = (props: Record<string, unknown>) => ({ Deployment: { Type: 'AWS::ApiGatewayV2::Deployment', Properties: { ApiId: { Ref: 'Api' }, ...props } } });

expectRule(stageNoDeployment, {
  valid: [
    { name: 'AutoDeploy', resources: { ...HTTP_API, ...stage({ AutoDeploy: true }) } },
    { name: 'AutoDeploy unknown', resources: { ...HTTP_API, ...stage({ AutoDeploy: { Ref: 'Auto' } }) } },
    { name: 'a DeploymentId', resources: { ...WS_API, ...stage({ DeploymentId: { Ref: 'Deployment' } }), ...deployment({}) } },
    { name: 'a Deployment naming the stage', resources: { ...WS_API, ...stage(), ...deployment({ StageName: 'prod' }) } },
    { name: 'a Deployment naming an unknown stage', resources: { ...WS_API, ...stage(), ...deployment({ StageName: { Ref: 'Stage' } }) } },
    { name: 'a stage of an API the template does not hold', resources: { Stage: { Type: 'AWS::ApiGatewayV2::Stage', Properties: { ApiId: 'abc123', StageName: 'prod' } } } },
    { name: 'a quick-created API', resources: { Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'q', ProtocolType: 'HTTP', Target: 'arn:aws:lambda:us-east-1:123456789012:function:f' } }, ...stage() } },
  ],
  invalid: [
    { name: 'no AutoDeploy and no deployment', resources: { ...WS_API, ...stage() }, findings: [{ resource: 'Stage', path: 'AutoDeploy' }] },
    { name: 'AutoDeploy false and a Deployment of another stage', resources: { ...HTTP_API, ...stage({ AutoDeploy: false }), ...deployment({ StageName: 'dev' }) }, findings: [{ resource: 'Stage', path: 'AutoDeploy' }] },
  ],
});
