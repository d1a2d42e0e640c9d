import type { DuplicateKey } from '../../cli/cfn-yaml';
import { mapOf, objectOf, stringOf } from '../../model/value';
import { Finding, Rule } from '../rule';

export const YAML_DUPLICATE_KEY_ID = 'yaml-duplicate-key';

/**
 * Reported by `switchyard lint` while it reads a YAML template, not by a check over the model: the model holds
 * only the value CloudFormation keeps (the last), so the duplicate is seen where the file is parsed.
 */
export const yamlDuplicateKey: Rule = {
  id: YAML_DUPLICATE_KEY_ID,
  severity: 'warning',
  summary: 'A YAML mapping gives a key once; CloudFormation keeps the last of duplicate keys and drops the others silently',
  references: [],
  evidence: { kind: 'inferred', source: 'aws-cloudformation/cfn-lint#35: CloudFormation deploys a template with a duplicate key and keeps the last value' },
  check() {
    // Findings of this rule come from the YAML loader (src/cli/cfn-yaml.ts), through `duplicateKeyFindings`.
  },
};

/** Long keys are cut in the middle so a finding stays one readable line. */
function shown(key: string): string {
  return key.length <= 80 ? key : `${key.slice(0, 38)}...${key.slice(-38)}`;
}

function linesText(lines: readonly number[]): string {
  const earlier = lines.slice(0, -1);
  const listed = earlier.length <= 5 ? earlier.join(', ') : `${earlier.slice(0, 5).join(', ')} and ${earlier.length - 5} more`;
  return `line ${lines[lines.length - 1]} (given before at line${earlier.length > 1 ? 's' : ''} ${listed})`;
}

/**
 * One finding per duplicated key of one mapping. A key inside a resource names the resource, and its path is
 * the property path when under `Properties` (as other findings give it), else the template path.
 */
export function duplicateKeyFindings(duplicates: readonly DuplicateKey[], template: unknown, file?: string): Finding[] {
  const resources = objectOf(objectOf(template)?.Resources);
  return duplicates.map(d => {
    const inResource = d.path.length >= 2 && d.path[0] === 'Resources' && typeof d.path[1] === 'string';
    const logicalId = inResource ? String(d.path[1]) : '';
    const underProperties = inResource && d.path.length > 3 && d.path[2] === 'Properties';
    const steps = underProperties ? d.path.slice(3) : d.path;
    const path = steps.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
    return {
      rule: YAML_DUPLICATE_KEY_ID,
      severity: yamlDuplicateKey.severity,
      message: `key "${shown(d.key)}" is given ${d.lines.length} times in one mapping; CloudFormation keeps the value at `
        + `${linesText(d.lines)}: remove the others`,
      ...(file !== undefined ? { file } : {}),
      resource: logicalId,
      type: (inResource && stringOf(mapOf(resources?.[logicalId])?.Type)) || '',
      path,
    };
  });
}
