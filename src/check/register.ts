import { Annotations, Stack } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { constructsByLogicalId, displayPath, templateOf } from './stack-template';
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

/** The findings for one stack's template as it would be synthesized now. */
export function findingsOf(stack: Stack, options: RegisterOptions = {}): Finding[] {
  return lintTemplate(templateOf(stack), { ignore: options.ignore });
}

/** Registers the engine on a stack once; the constructs of this library call it for their own stack. */
export function registerOn(stack: Stack, options: RegisterOptions = {}): void {
  const marked = stack as unknown as Record<symbol, boolean>;
  if (marked[CHECKED]) return;
  marked[CHECKED] = true;
  const warned = new Set<string>();
  stack.node.addValidation({
    validate: () => {
      let findings: Finding[];
      try {
        findings = findingsOf(stack, options);
      } catch {
        return []; // the template cannot be rendered: synthesis itself reports why
      }
      if (findings.length === 0) return [];
      const byId = constructsByLogicalId(stack);
      const errors: string[] = [];
      for (const f of findings) {
        const construct = byId.get(f.resource);
        const text = describe(f, construct);
        if (f.severity === 'error' || options.warningsAsErrors) {
          errors.push(text);
        } else if (!warned.has(text)) {
          warned.add(text);
          Annotations.of(construct ?? stack).addWarningV2(`${WARNING_ID_PREFIX}${f.rule}`, text);
        }
      }
      return errors;
    },
  });
}

/** `[rule-id] Stack/Api (ApiABC123) Property: message (docs)`, the line a user sees at synth. */
export function describe(f: Finding, construct: IConstruct | undefined): string {
  const where = construct ? `${displayPath(construct)} (${f.resource})` : f.resource;
  const position = f.line !== undefined ? ` at ${f.line}:${f.column ?? 1}` : '';
  return `[${f.rule}] ${where} ${f.path}${position}: ${f.message} (${docsUrl(f.rule)})`;
}
