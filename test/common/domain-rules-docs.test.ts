import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { parseCfnYaml } from '../../src/cli/cfn-yaml';
import { DOMAIN_RULES } from '../../src/rules/domain';
import { lintTemplate } from '../../src/rules/engine';

const DOCS = join(__dirname, '..', '..', 'docs', 'rules');

/** The YAML of the first fenced block after a heading. */
function example(page: string, heading: string): string {
  const section = page.split(`\n${heading}\n`)[1] ?? '';
  const m = /```yaml\n([\s\S]*?)```/.exec(section);
  if (!m) throw new Error(`no yaml example under ${heading}`);
  return m[1];
}

describe.each(DOMAIN_RULES.map(r => [r.id, r] as const))('docs/rules/%s.md', (id, rule) => {
  const file = join(DOCS, `${id}.md`);
  const page = existsSync(file) ? readFileSync(file, 'utf8') : '';

  test('starts with the id, summary, severity and references of the rule', () => {
    const reference = rule.references.length ? rule.references.join(', ') : 'none';
    expect(page.startsWith(`# ${id}\n\n${rule.summary}\n\n**Severity:** ${rule.severity} · **Reference:** ${reference}\n`)).toBe(true);
    for (const section of ['## Why', '## Wrong', '## Right', '## References']) expect(page).toContain(section);
  });

  test('the Wrong example breaks the rule and the Right example does not', () => {
    const findingsOf = (yaml: string) => lintTemplate({ Resources: parseCfnYaml(yaml) }, { rules: [rule] });
    expect(findingsOf(example(page, '## Wrong')).length).toBeGreaterThan(0);
    expect(findingsOf(example(page, '## Right'))).toEqual([]);
  });
});

test('rule ids are unique and carry their area prefix', () => {
  const ids = DOMAIN_RULES.map(r => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(/^(domain|mapping|routing-rule|vpc-link)-[a-z0-9-]+$/);
});
