/**
 * An HTTP API in front of a private Application Load Balancer: API Gateway reaches the load balancer's
 * listener through a VPC link (created by the integration), and verifies the listener's TLS server name.
 * Built with Switchyard's constructs.
 */
import { App, Stack, StackProps } from 'aws-cdk-lib';
import { Vpc } from 'aws-cdk-lib/aws-ec2';
import { ApplicationLoadBalancer, ListenerAction } from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { Construct } from 'constructs';
import { HttpAlbIntegration, HttpApi, HttpMethod, MappingValue, ParameterMapping } from '../../src';

export class PrivateAlbStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const vpc = new Vpc(this, 'Vpc', { maxAzs: 2, natGateways: 0 });
    const alb = new ApplicationLoadBalancer(this, 'Internal', { vpc, internetFacing: false });
    const listener = alb.addListener('Http', {
      port: 80,
      defaultAction: ListenerAction.fixedResponse(200, { contentType: 'application/json', messageBody: '{"status":"ok"}' }),
    });

    const api = new HttpApi(this, 'EdgeApi', { description: 'Public entry to a private load balancer' });
    api.addRoutes({
      path: '/{proxy+}',
      methods: [HttpMethod.ANY],
      integration: new HttpAlbIntegration('Backend', listener, {
        parameterMapping: ParameterMapping.combine(
          new ParameterMapping().appendHeader('x-request-id', MappingValue.contextVariable('requestId')),
          new ParameterMapping().overwritePath(MappingValue.combine(MappingValue.staticValue('/api/'), MappingValue.requestPathParam('proxy'))),
        ),
      }),
    });
  }
}

export function build(app: App): void {
  new PrivateAlbStack(app, 'PrivateAlb');
}

if (require.main === module) {
  const app = new App();
  build(app);
  app.synth();
}
