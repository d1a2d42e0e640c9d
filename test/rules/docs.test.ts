import { readdirSync, readFileSync, existsSync } from 'fs';
import { join } from 'path';
import { evidenceLine } from '../../src/cli/catalogue';
import { USAGE_ERRORS } from '../../src/common/usage-errors';
import { ALL_RULES } from '../../src/rules/registry';

const DOCS = join(__dirname, '..', '..', 'docs', 'rules');

describe('rule docs', () => {
  test.each(ALL_RULES.map(r => [r.id, r] as const))('%s has a page that matches the registry', (id, rule) => {
    const file = join(DOCS, `${id}.md`);
    expect(existsSync(file)).toBe(true);
    const page = readFileSync(file, 'utf8');
    const reference = rule.references.length ? rule.references.join(', ') : 'none';
    expect(page.startsWith(`# ${id}\n\n${rule.summary}\n\n**Severity:** ${rule.severity} · **Reference:** ${reference}\n\n**Evidence:** ${evidenceLine(rule)}\n`)).toBe(true);
    for (const section of ['## Why', '## Wrong', '## Right', '## References']) expect(page).toContain(section);
  });

  test.each(ALL_RULES.map(r => [r.id, r] as const))('%s states the evidence its rule carries', (id, rule) => {
    const page = readFileSync(join(DOCS, `${id}.md`), 'utf8');
    const lines = page.split('\n').filter(l => l.startsWith('**Evidence:**'));
    expect(lines).toEqual([`**Evidence:** ${evidenceLine(rule)}`]);
  });

  test('an error rule rests on observed or documented evidence (severity follows evidence)', () => {
    const unproven = ALL_RULES.filter(r => r.severity === 'error' && !['observed', 'documented'].includes(r.evidence.kind)).map(r => r.id);
    expect(unproven).toEqual([]);
  });

  test('evidence names its source, and observed evidence a deployment or a public issue', () => {
    for (const rule of ALL_RULES) {
      expect(rule.evidence.source.trim()).not.toBe('');
      if (rule.evidence.kind === 'observed') expect(rule.evidence.source).toMatch(/PF:pf-[a-z0-9-]+|[\w.-]+\/[\w.-]+#\d+|service message|spec\/vtl-behavior\.md/);
    }
  });

  test.each(USAGE_ERRORS.map(u => [u.id, u] as const))('usage error %s has a page that starts with its summary', (id, usage) => {
    const page = readFileSync(join(DOCS, `${id}.md`), 'utf8');
    expect(page.startsWith(`# ${id}\n\n${usage.summary}\n\n**Severity:** error (thrown) · **Reference:** none\n`)).toBe(true);
    for (const section of ['## Why', '## Wrong', '## Right']) expect(page).toContain(section);
  });

  test('every page belongs to a rule or a usage error', () => {
    const ids = new Set([...ALL_RULES.map(r => r.id), ...USAGE_ERRORS.map(u => u.id)]);
    const orphans = readdirSync(DOCS).filter(f => f.endsWith('.md')).map(f => f.slice(0, -3)).filter(id => !ids.has(id));
    expect(orphans).toEqual([]);
  });

  test('rule ids are unique kebab-case', () => {
    const ids = ALL_RULES.map(r => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
  });
});
