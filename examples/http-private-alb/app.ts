/**
 * An HTTP API in front of a private Application Load Balancer, with Switchyard's `HttpPrivateBackendApi`: API
 * Gateway reaches the load balancer's listener through a new VPC link whose security group may send only to the
 * load balancer, on the listener's port; the load balancer is open to nothing else. Callers sign their requests
 * (IAM); each request reaches the backend with a request-id header, under `/api/`.
 */
import { App, Stack, StackProps } from 'aws-cdk-lib';
import { Vpc } from 'aws-cdk-lib/aws-ec2';
import { ApplicationLoadBalancer, ListenerAction } from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { Construct } from 'constructs';
import { HttpPrivateBackendApi, MappingValue, ParameterMapping, PrivateBackend } from '../../src';

export class PrivateAlbStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const vpc = new Vpc(this, 'Vpc', { maxAzs: 2, natGateways: 0 });
    const alb = new ApplicationLoadBalancer(this, 'Internal', { vpc, internetFacing: false });
    const listener = alb.addListener('Http', {
      port: 80,
      // Only the VPC link is let in (the pattern opens the load balancer's security group to it).
      open: false,
      defaultAction: ListenerAction.fixedResponse(200, { contentType: 'application/json', messageBody: '{"status":"ok"}' }),
    });

    new HttpPrivateBackendApi(this, 'EdgeApi', {
      description: 'Public entry to a private load balancer',
      backend: PrivateBackend.applicationListener(listener),
      parameterMapping: new ParameterMapping()
        .appendHeader('x-request-id', MappingValue.contextVariable('requestId'))
        .overwritePath(MappingValue.combine(MappingValue.staticValue('/api/'), MappingValue.requestPathParam('proxy'))),
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
