import { readFileSync } from 'fs';
import { join } from 'path';
import { cli, ROOT } from './cli-helpers';
import { rulesMarkdown } from '../../src/cli/catalogue';
import { ALL_RULES } from '../../src/rules/registry';
import { docsUrl } from '../../src/rules/rule';

describe('switchyard rules', () => {
  test('text: one line per rule with id, severity, summary and docs link', () => {
    const r = cli('rules');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(ALL_RULES.length);
    ALL_RULES.forEach((rule, i) => {
      expect(lines[i].startsWith(`${rule.id} `)).toBe(true);
      expect(lines[i]).toContain(` ${rule.severity} `);
      expect(lines[i]).toContain(rule.summary);
      expect(lines[i].endsWith(docsUrl(rule.id))).toBe(true);
    });
  });

  test('json: the catalogue as data', () => {
    const r = cli('rules', '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      rules: ALL_RULES.map(rule => ({
        id: rule.id,
        severity: rule.severity,
        summary: rule.summary,
        references: [...rule.references],
        evidence: { ...rule.evidence },
        docs: docsUrl(rule.id),
      })),
    });
  });

  test('markdown: a table linking every rule to its page', () => {
    const r = cli('rules', '--format=markdown');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(rulesMarkdown(ALL_RULES));
    const rows = r.stdout.split('\n').filter(l => l.startsWith('| ['));
    expect(rows).toHaveLength(ALL_RULES.length);
    expect(rows[0]).toMatch(/^\| \[api-name-length\]\(docs\/rules\/api-name-length\.md\) \| error \| .+ \| API-001 \| observed · PF:pf-apigwv2-api-name-required; .+ \|$/);
  });

  test('expression syntax in a summary survives the table', () => {
    const md = rulesMarkdown([{ id: 'x-y', severity: 'warning', summary: 'a|b.<name> \\$default *x* `y`', references: [], evidence: { kind: 'inferred', source: 'a|b' }, check: () => undefined }]);
    expect(md).toContain('| [x-y](docs/rules/x-y.md) | warning | a\\|b.&lt;name&gt; \\\\$default \\*x\\* \\`y\\` | none | inferred · a\\|b |');
  });

  test('bad options exit 2', () => {
    expect(cli('rules', '--format', 'html').code).toBe(2);
    expect(cli('rules', 'extra').code).toBe(2);
  });

  test('RULES.md is what the registry generates (run `node lib/cli/main.js rules --format markdown > RULES.md`)', () => {
    const committed = readFileSync(join(ROOT, 'RULES.md'), 'utf8');
    expect(committed).toBe(rulesMarkdown(ALL_RULES));
  });
});
