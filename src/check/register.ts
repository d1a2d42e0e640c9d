import { Annotations, Stack, Token } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { constructsByLogicalId, displayPath, templateOf } from './stack-template';
import { isTemplate } from '../model/build-model';
import { lintTemplate } from '../rules/engine';
import { docsUrl, Finding } from '../rules/rule';

/** Options the engine runs with on a stack (the same shape as `SwitchyardCheckOptions`). */
export interface RegisterOptions {
  readonly ignore?: string[];
  readonly warningsAsErrors?: boolean;
}

/** The prefix of the acknowledgeable warning ids: `cdk-switchyard:<rule-id>`. */
export const WARNING_ID_PREFIX = 'cdk-switchyard:';

const CHECKED = Symbol.for('cdk-switchyard.checked');
const OPTIONS = new WeakMap<Stack, RegisterOptions>();

/**
 * Set once a stack of this library has been rendered in this process. The package entry keeps V8's compiled
 * code for the next process only from a process that synthesized (build-tools/entry-loader.js), so the cache
 * holds what a synth runs, not what a mere `require` does.
 */
const SYNTHESIZED = Symbol.for('cdk-switchyard.synthesized');

/** The findings for one stack's template as it would be synthesized now. */
export function findingsOf(stack: Stack, options: RegisterOptions = {}): Finding[] {
  return lintTemplate(templateOf(stack), { ignore: options.ignore, region: concreteRegion(stack) });
}

/** The stack's region when its environment names one: the region checks of the rules run only then. */
function concreteRegion(stack: Stack): string | undefined {
  return Token.isUnresolved(stack.region) ? undefined : stack.region;
}

type TemplateRenderer = (this: Stack) => unknown;

/**
 * Registers the engine on a stack once; the constructs of this library call it for their own stack.
 *
 * The rules read the template the stack synthesizes, as it synthesizes it: `Stack._toCloudFormation` (a
 * protected method every aws-cdk-lib v2 stack has) is wrapped on this one stack object, so the template is
 * resolved once, by the CDK, and not a second time for the rules. That is where aws-cdk-lib itself
 * reports template problems (too many resources, a deprecated transform), and annotations added there
 * reach the cloud assembly, because the stack's metadata is collected after its template. Errors fail
 * synthesis as validation errors do. Should a future aws-cdk-lib drop the method, the rules run at
 * validation over a rendering of the stack's API Gateway resources instead.
 */
export function registerOn(stack: Stack, options?: RegisterOptions): void {
  // The constructs of this library register their stack without options; `Switchyard.check` gives the
  // user's. The first options given apply, whoever registered the stack first, and are read at synth.
  if (options !== undefined && !OPTIONS.has(stack)) OPTIONS.set(stack, options);
  const marked = stack as unknown as Record<symbol, boolean>;
  if (marked[CHECKED]) return;
  marked[CHECKED] = true;
  const current = (): RegisterOptions => OPTIONS.get(stack) ?? {};
  const warned = new Set<string>();
  const report = (findings: Finding[]): string[] => {
    if (findings.length === 0) return [];
    const byId = constructsByLogicalId(stack);
    const errors: string[] = [];
    for (const f of findings) {
      const construct = byId.get(f.resource);
      const text = describe(f, construct);
      if (f.severity === 'error' || current().warningsAsErrors) {
        errors.push(text);
      } else if (!warned.has(text)) {
        warned.add(text);
        Annotations.of(construct ?? stack).addWarningV2(`${WARNING_ID_PREFIX}${f.rule}`, text);
      }
    }
    return errors;
  };

  const holder = stack as unknown as { _toCloudFormation?: TemplateRenderer };
  const render = holder._toCloudFormation;
  if (typeof render === 'function') {
    holder._toCloudFormation = function (this: Stack) {
      const template = render.call(this);
      (globalThis as Record<symbol, unknown>)[SYNTHESIZED] = true;
      // The CDK renders every stack as a template object; should anything else come back, there is nothing to check.
      if (!isTemplate(template)) return template;
      const errors = report(lintTemplate(template, { ignore: current().ignore, region: concreteRegion(this) }));
      if (errors.length > 0) {
        throw new Error(`Validation failed with the following errors:\n  ${errors.map(e => `[${stack.node.path}] ${e}`).join('\n  ')}`);
      }
      return template;
    };
    return;
  }
  stack.node.addValidation({
    validate: () => {
      try {
        return report(findingsOf(stack, current()));
      } catch {
        return []; // the template cannot be rendered: synthesis itself reports why
      }
    },
  });
}

/** `[rule-id] Stack/Api (ApiABC123) Property: message (docs)`, the line a user sees at synth. */
export function describe(f: Finding, construct: IConstruct | undefined): string {
  const where = construct ? `${displayPath(construct)} (${f.resource})` : f.resource;
  const position = f.line !== undefined ? ` at ${f.line}:${f.column ?? 1}` : '';
  return `[${f.rule}] ${where} ${f.path}${position}: ${f.message} (${docsUrl(f.rule)})`;
}
