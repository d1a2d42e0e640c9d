import { Aspects, IAspect, Stack } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { findingsOf, registerOn } from './register';
import { Finding } from '../rules/rule';

/** Options for `Switchyard.check`. */
export interface SwitchyardCheckOptions {
  /**
   * Rule ids to skip, e.g. `['stage-throttling-limits']`.
   * @default - every rule runs
   */
  readonly ignore?: string[];
  /**
   * Fail synth on warnings as well as errors.
   * @default false
   */
  readonly warningsAsErrors?: boolean;
}

/**
 * Runs Switchyard's rules at synth over any CDK app: stacks built with Switchyard's constructs (they
 * register themselves), with aws-cdk-lib's `aws-apigatewayv2` constructs, raw `Cfn*` resources or
 * escape hatches. Errors fail synthesis, listing every finding; warnings become acknowledgeable
 * warnings with the id `cdk-switchyard:<rule-id>`.
 */
export class Switchyard {
  /**
   * Checks every stack in `scope` (an App, a Stage, a Stack or any construct in a stack) at synth.
   * Calling it more than once for a stack keeps the first call's options. They apply to stacks built with
   * Switchyard's constructs too, whether `check` is called before or after the constructs are created.
   */
  public static check(scope: IConstruct, options: SwitchyardCheckOptions = {}): void {
    // An aspect, so that stacks added after this call are checked too.
    const register: IAspect = { visit: node => { if (Stack.isStack(node)) registerOn(node, options); } };
    Aspects.of(scope).add(register);
    const enclosing = scope.node.scopes.slice().reverse().find(c => Stack.isStack(c));
    if (enclosing && enclosing !== scope) registerOn(enclosing as Stack, options);
  }

  /**
   * The findings for one stack, now, without failing anything: for tests and tools.
   */
  public static findings(stack: Stack, options: SwitchyardCheckOptions = {}): Finding[] {
    return findingsOf(stack, options);
  }

  private constructor() {}
}
