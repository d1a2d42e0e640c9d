import { ALL_RULES } from './registry';
import { Finding, Report, Rule, RULE_FAILURE_ID } from './rule';
import { elide } from '../expressions/problem';
import { buildModel } from '../model/build-model';
import { TemplateModel } from '../model/nodes';

export interface RunOptions {
  /** Rule ids to skip. */
  readonly ignore?: readonly string[];
  /** Only these rules (for tests); default all. */
  readonly rules?: readonly Rule[];
  /** The template file name to put on findings. */
  readonly file?: string;
  /**
   * The region the template is deployed to, when known: the rules that compare regions run only then.
   * @default - unknown
   */
  readonly region?: string;
}

/** Runs the rules over one CloudFormation template object. */
export function lintTemplate(template: unknown, options: RunOptions = {}): Finding[] {
  return runRules(buildModel(template, { region: options.region }), options);
}

/** The longest message a finding carries; longer ones are elided in the middle. */
export const MAX_MESSAGE_LENGTH = 300;

/**
 * Runs the rules over a built model. Findings come in rule order, then in report order. A rule gives at most
 * one finding per property (the first it reports, saying how many more it had): an over-long or broken
 * value yields one finding, not one per character. Every message is capped at `MAX_MESSAGE_LENGTH`.
 */
export function runRules(model: TemplateModel, options: RunOptions = {}): Finding[] {
  const ignore = new Set(options.ignore ?? []);
  const findings: Finding[] = [];
  const file = options.file !== undefined ? { file: options.file } : {};
  for (const rule of options.rules ?? ALL_RULES) {
    if (ignore.has(rule.id)) continue;
    // The first report of this rule on each property, and how many more it made there.
    const first = new Map<string, { report: Report; more: number }>();
    let failure: unknown;
    let failed = false;
    try {
      rule.check(model, r => {
        const key = `${r.resource.logicalId}\u0000${r.path}`;
        const seen = first.get(key);
        if (seen) seen.more++;
        else first.set(key, { report: r, more: 0 });
      });
    } catch (e) {
      failed = true;
      failure = e;
    }
    for (const { report: r, more } of first.values()) {
      findings.push({
        rule: rule.id,
        severity: rule.severity,
        message: capMessage(r.message, more),
        ...file,
        resource: r.resource.logicalId,
        type: r.resource.type,
        path: r.path,
        ...(r.line !== undefined ? { line: r.line, column: r.column ?? 1 } : {}),
      });
    }
    if (failed && !ignore.has(RULE_FAILURE_ID)) {
      // The error may quote the input (a 100 KB value): only an elided excerpt of it reaches the message.
      const reason = elide(failure instanceof Error ? failure.message : String(failure), 120);
      findings.push({
        rule: RULE_FAILURE_ID,
        severity: 'warning',
        message: capMessage(`rule ${rule.id} could not check this template (${reason}); please report it`, 0),
        ...file,
        resource: '',
        type: '',
        path: '',
      });
    }
  }
  return findings;
}

/** A message elided to fit `MAX_MESSAGE_LENGTH`, with the count of the findings it stands for. */
function capMessage(message: string, more: number): string {
  const suffix = more === 0 ? '' : ` (and ${more} more on this property)`;
  return elide(message, MAX_MESSAGE_LENGTH - suffix.length) + suffix;
}
