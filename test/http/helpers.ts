import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { Code, Function, Runtime } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { Switchyard } from '../../src';

process.env.CDK_VALIDATION = 'false';

export const ENV = { account: '111122223333', region: 'eu-west-1' };

export function newStack(app = new App(), id = 'Stack'): Stack {
  return new Stack(app, id, { env: ENV });
}

export function newFunction(scope: Construct, id = 'Fn'): Function {
  return new Function(scope, id, { runtime: Runtime.NODEJS_22_X, handler: 'index.handler', code: Code.fromInline('exports.handler = async () => ({})') });
}

/** The properties of the only resource of `type`. */
export function only(stack: Stack, type: string): Record<string, unknown> {
  const found = Object.values(Template.fromStack(stack).findResources(type));
  if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}`);
  return (found[0] as { Properties: Record<string, unknown> }).Properties;
}

/** The properties of every resource of `type`. */
export function all(stack: Stack, type: string): Record<string, unknown>[] {
  return Object.values(Template.fromStack(stack).findResources(type)).map(r => (r as { Properties: Record<string, unknown> }).Properties);
}

/** Switchyard's findings on the stack, as [rule, severity, path]. */
export function findings(stack: Stack): string[][] {
  return Switchyard.findings(stack).map(f => [f.rule, f.severity, f.path]);
}
