import { readFileSync } from 'fs';
import {
  IPolicyValidationContextBeta1, IPolicyValidationPluginBeta1, PolicyValidationPluginReportBeta1, PolicyViolationBeta1,
} from 'aws-cdk-lib';
import { SwitchyardCheckOptions } from './switchyard';
import { isTemplate } from '../model/build-model';
import { lintTemplate } from '../rules/engine';
import { ruleById } from '../rules/registry';
import { docsUrl, Finding } from '../rules/rule';

/**
 * Switchyard's rules as a CDK policy-validation plugin:
 * `new App({ policyValidationBeta1: [new SwitchyardValidationPlugin()] })`. Findings then appear in the
 * CDK's validation report (and `cdk.out/validation-report.json`) next to other plugins'.
 */
export class SwitchyardValidationPlugin implements IPolicyValidationPluginBeta1 {
  public readonly name = 'cdk-switchyard';
  public readonly ruleIds?: string[];

  constructor(private readonly options: SwitchyardCheckOptions = {}) {
    this.ruleIds = undefined;
  }

  public validate(context: IPolicyValidationContextBeta1): PolicyValidationPluginReportBeta1 {
    const findings: Finding[] = [];
    for (const file of context.templatePaths) {
      const template = readTemplateQuietly(file);
      // Templates without resources, and files that are not templates at all, have nothing to check.
      if (!isTemplate(template)) continue;
      for (const f of lintTemplate(template, { ignore: this.options.ignore, file })) findings.push(f); // not push(...): it may be 100,000 findings
    }
    const violations = new Map<string, { description: string; severity: string; resources: Finding[] }>();
    for (const f of findings) {
      const entry = violations.get(f.rule) ?? { description: ruleById(f.rule)?.summary ?? f.message, severity: f.severity, resources: [] };
      entry.resources.push(f);
      violations.set(f.rule, entry);
    }
    const out: PolicyViolationBeta1[] = [...violations.entries()].map(([rule, v]) => ({
      ruleName: rule,
      description: v.description,
      severity: v.severity,
      fix: v.resources.map(f => `${f.resource} ${f.path}: ${f.message}`).join('\n'),
      ruleMetadata: { docs: docsUrl(rule) },
      violatingResources: v.resources.map(f => ({ resourceLogicalId: f.resource, templatePath: f.file ?? '', locations: [f.path] })),
    }));
    const failing = findings.some(f => f.severity === 'error' || this.options.warningsAsErrors);
    return { success: !failing, violations: out };
  }
}

/** The parsed template, or undefined when the file cannot be read or parsed: the CDK reports that itself. */
function readTemplateQuietly(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}
