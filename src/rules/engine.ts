import { ALL_RULES } from './registry';
import { Finding, Rule, RULE_FAILURE_ID } from './rule';
import { buildModel } from '../model/build-model';
import { TemplateModel } from '../model/nodes';

export interface RunOptions {
  /** Rule ids to skip. */
  readonly ignore?: readonly string[];
  /** Only these rules (for tests); default all. */
  readonly rules?: readonly Rule[];
  /** The template file name to put on findings. */
  readonly file?: string;
}

/** Runs the rules over one CloudFormation template object. */
export function lintTemplate(template: unknown, options: RunOptions = {}): Finding[] {
  return runRules(buildModel(template), options);
}

/** Runs the rules over a built model. Findings come in rule order, then in report order. */
export function runRules(model: TemplateModel, options: RunOptions = {}): Finding[] {
  const ignore = new Set(options.ignore ?? []);
  const findings: Finding[] = [];
  for (const rule of options.rules ?? ALL_RULES) {
    if (ignore.has(rule.id)) continue;
    try {
      rule.check(model, r => findings.push({
        rule: rule.id,
        severity: rule.severity,
        message: r.message,
        ...(options.file !== undefined ? { file: options.file } : {}),
        resource: r.resource.logicalId,
        type: r.resource.type,
        path: r.path,
        ...(r.line !== undefined ? { line: r.line, column: r.column ?? 1 } : {}),
      }));
    } catch (e) {
      if (ignore.has(RULE_FAILURE_ID)) continue;
      findings.push({
        rule: RULE_FAILURE_ID,
        severity: 'warning',
        message: `rule ${rule.id} could not check this template (${e instanceof Error ? e.message : String(e)}); please report it`,
        ...(options.file !== undefined ? { file: options.file } : {}),
        resource: '',
        type: '',
        path: '',
      });
    }
  }
  return findings;
}
