import { docsUrl, Rule } from '../rules/rule';

/** One line per rule: id, severity, summary, references, docs link. */
export function rulesText(rules: readonly Rule[]): string {
  const idWidth = Math.max(0, ...rules.map(r => r.id.length));
  return rules.map(r => {
    const references = r.references.length ? ` [${r.references.join(', ')}]` : '';
    return `${r.id.padEnd(idWidth)}  ${r.severity.padEnd(7)}  ${r.summary}${references}  ${docsUrl(r.id)}`;
  }).join('\n') + '\n';
}

export function rulesJson(rules: readonly Rule[]): string {
  const catalogue = {
    rules: rules.map(r => ({
      id: r.id,
      severity: r.severity,
      summary: r.summary,
      references: [...r.references],
      evidence: { kind: r.evidence.kind, source: r.evidence.source },
      docs: docsUrl(r.id),
    })),
  };
  return JSON.stringify(catalogue, null, 2) + '\n';
}

/**
 * Summaries hold expression syntax (`$request.header.<name>`, `\$default`, `a|b`): escape what a table cell
 * would otherwise swallow (an HTML tag, a backslash escape) or split (a pipe).
 */
function cell(text: string): string {
  return text
    .replace(/[\\`*_]/g, c => `\\${c}`)
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, ' ');
}

/** How a docs page and RULES.md state a rule's evidence: `<kind> · <source>`. */
export function evidenceLine(rule: Rule): string {
  return `${rule.evidence.kind} · ${rule.evidence.source}`;
}

/** `RULES.md`: generated from the registry after every compile; a test fails when the committed file drifts. */
export function rulesMarkdown(rules: readonly Rule[]): string {
  const lines = [
    '# Rules',
    '',
    'This file is generated from the rule registry by `switchyard rules --format markdown`: do not edit it by hand.',
    '',
    '| Rule | Severity | Summary | Reference | Evidence |',
    '| --- | --- | --- | --- | --- |',
    ...rules.map(r => `| [${r.id}](docs/rules/${r.id}.md) | ${r.severity} | ${cell(r.summary)} | ${r.references.length ? cell(r.references.join(', ')) : 'none'} | ${cell(evidenceLine(r))} |`),
  ];
  return lines.join('\n') + '\n';
}
