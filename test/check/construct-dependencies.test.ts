import { App, Stack } from 'aws-cdk-lib';
import { CfnApi, CfnDeployment, CfnRoute } from 'aws-cdk-lib/aws-apigatewayv2';
import { Switchyard } from '../../src';

/**
 * `Switchyard.findings` runs before synthesis, when the CDK has not yet written construct dependencies
 * (`node.addDependency`) as `DependsOn`: the rendering it reads writes them, so the creation-order rules see
 * what the synthesized template will hold.
 */
function stack(dependOnRoute: boolean): Stack {
  const s = new Stack(new App(), 'S');
  const api = new CfnApi(s, 'Api', { name: 'a', protocolType: 'WEBSOCKET', routeSelectionExpression: '$request.body.action' });
  const route = new CfnRoute(s, 'Route', { apiId: api.ref, routeKey: '$default' });
  const deployment = new CfnDeployment(s, 'Deployment', { apiId: api.ref });
  if (dependOnRoute) deployment.node.addDependency(route);
  return s;
}

const rules = (s: Stack) => Switchyard.findings(s).map(f => `${f.rule} ${f.resource}`);

test('a deployment that depends on its route through node.addDependency waits for it', () => {
  expect(rules(stack(true))).not.toContain('deployment-route-order Deployment');
});

test('a deployment without the dependency is reported', () => {
  expect(rules(stack(false))).toContain('deployment-route-order Deployment');
});
