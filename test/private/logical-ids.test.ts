import { App, CfnElement, CfnOutput, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { Construct } from 'constructs';
import { HttpMethod } from '../../src/common/route-key';
import { HttpApi, HttpLambdaIntegration } from '../../src/http';
import { ENV, newFunction } from '../http/helpers';

/** A stack that counts how often it names each construct path. */
class CountingStack extends Stack {
  public readonly asked = new Map<string, number>();

  constructor(scope: Construct, id: string) {
    super(scope, id, { env: ENV });
  }

  protected allocateLogicalId(element: CfnElement): string {
    this.asked.set(element.node.path, (this.asked.get(element.node.path) ?? 0) + 1);
    return super.allocateLogicalId(element);
  }
}

function apiWithRoutes(stack: Stack, routes: number): HttpApi {
  const fn = newFunction(stack);
  const api = new HttpApi(stack, 'Api', { defaultStageOptions: { accessLogging: false } });
  for (let i = 0; i < routes; i++) {
    api.addRoutes({ path: `/r${i}`, methods: [HttpMethod.GET], integration: new HttpLambdaIntegration(`I${i}`, fn) });
  }
  return api;
}

function logicalIds(stack: Stack): string[] {
  return Object.keys(Template.fromStack(stack).toJSON().Resources).sort();
}

describe('logical ids in a stack that holds a construct of this library', () => {
  test('the stack names each of its resources once per synthesis, however often the template refers to it', () => {
    const stack = new CountingStack(new App(), 'Stack');
    apiWithRoutes(stack, 3);
    Template.fromStack(stack);
    expect(stack.asked.get('Stack/Api/Resource')).toBe(1);
    expect(stack.asked.get('Stack/Api/GET--r0/Resource')).toBe(1);
    expect(stack.asked.get('Stack/Api/GET--r0/I0/Resource')).toBe(1);
    expect(stack.asked.get('Stack/Api/GET--r0/I0-Permission')).toBe(1);
    // the function is not the library's, and the integrations and permissions refer to it six times
    expect(stack.asked.get('Stack/Fn/Resource')).toBe(1);
  });

  test('a stack without a construct of this library names its resources as the CDK does', () => {
    const stack = new CountingStack(new App(), 'Stack');
    const fn = newFunction(stack);
    for (let i = 0; i < 3; i++) new CfnOutput(stack, `Arn${i}`, { value: fn.functionArn });
    Template.fromStack(stack);
    expect(stack.asked.get('Stack/Fn/Resource')).toBeGreaterThan(1);
  });

  test('the template is the one the stack names without remembering', () => {
    const remembered = new Stack(new App(), 'Stack', { env: ENV });
    apiWithRoutes(remembered, 2);
    const plain = new Stack(new App(), 'Stack', { env: ENV });
    apiWithRoutes(plain, 2);
    (plain as unknown as { getLogicalId: unknown }).getLogicalId = Stack.prototype.getLogicalId;
    expect(Template.fromStack(remembered).toJSON()).toEqual(Template.fromStack(plain).toJSON());
  });

  test('a rename made after an id was read still applies', () => {
    const stack = new Stack(new App(), 'Stack', { env: ENV });
    const api = apiWithRoutes(stack, 1);
    const before = stack.resolve(api.apiId) as { Ref: string };
    stack.renameLogicalId(before.Ref, 'OrdersApi');
    expect(stack.resolve(api.apiId)).toEqual({ Ref: 'OrdersApi' });
    expect(logicalIds(stack)).toContain('OrdersApi');
    expect(logicalIds(stack)).not.toContain(before.Ref);
  });

  test('overrideLogicalId after an id was read still applies', () => {
    const stack = new Stack(new App(), 'Stack', { env: ENV });
    const api = apiWithRoutes(stack, 1);
    stack.resolve(api.apiId);
    (api.node.defaultChild as CfnElement).overrideLogicalId('Orders');
    expect(stack.resolve(api.apiId)).toEqual({ Ref: 'Orders' });
    expect(logicalIds(stack)).toContain('Orders');
  });

  test('a stack\'s own naming scheme is used', () => {
    class PrefixedStack extends Stack {
      protected allocateLogicalId(element: CfnElement): string {
        return `X${super.allocateLogicalId(element)}`;
      }
    }
    const stack = new PrefixedStack(new App(), 'Stack', { env: ENV });
    apiWithRoutes(stack, 2);
    expect(logicalIds(stack).every(id => id.startsWith('X'))).toBe(true);
  });

  test('two resources given the same id by renames are still reported', () => {
    const stack = new Stack(new App(), 'Stack', { env: ENV });
    const api = apiWithRoutes(stack, 1);
    const apiId = (stack.resolve(api.apiId) as { Ref: string }).Ref;
    const stageId = stack.getLogicalId(api.defaultStage!.node.defaultChild as CfnElement);
    stack.renameLogicalId(stageId, apiId);
    expect(() => Template.fromStack(stack)).toThrow(/same Logical ID/);
  });
});
