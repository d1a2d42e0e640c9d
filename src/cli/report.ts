import { isAbsolute, sep } from 'path';
import { pathToFileURL } from 'url';
import { escapeControls, escapeJsonControls } from './terminal-text';
import { docsUrl, Finding, Rule } from '../rules/rule';

/**
 * A finding of `switchyard lint`: the engine's, with where it is in the file and, for a template the CDK
 * wrote, which stack and construct it is about.
 */
export interface LintFinding extends Finding {
  /** 1-based line in the template file (of the value, or of the character inside it when that can be computed). */
  readonly fileLine?: number;
  /** 1-based column in the template file, in UTF-16 code units. */
  readonly fileColumn?: number;
  /** Whether `fileLine`/`fileColumn` are the finding's `line`/`column` inside the value, mapped into the file. */
  readonly fileInValue?: boolean;
  /** The stack name a cloud assembly's manifest gives for the template. */
  readonly stack?: string;
  /** The construct path (`aws:cdk:path` metadata of the resource, without a final `/Resource`), as synth names it. */
  readonly constructPath?: string;
}

/** Totals of one `switchyard lint` run. */
export interface LintSummary {
  readonly errors: number;
  readonly warnings: number;
  readonly files: number;
  readonly resources: number;
}

export function summarize(findings: readonly Finding[], files: number, resources: number): LintSummary {
  const errors = findings.filter(f => f.severity === 'error').length;
  return { errors, warnings: findings.length - errors, files, resources };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * `file[:line:column]: severity rule-id LogicalId (Type) path[:line:col]: message`, one line per finding; a
 * resource the CDK made reads `Construct/Path (LogicalId, Type)` as at synth. The position after the path is
 * the one inside the value, shown when the file position is not already that character. Its parts come
 * from the template and its file name: their control characters are escaped, so a value cannot end the line
 * (and forge another finding) or drive the terminal.
 */
export function textLine(f: LintFinding): string {
  const at = f.fileLine !== undefined ? `:${f.fileLine}:${f.fileColumn ?? 1}` : '';
  const parts = [`${f.file ?? '<template>'}${at}:`, f.severity, f.rule];
  if (f.resource) {
    const detail = [f.resource, f.type].filter(s => s).join(', ');
    if (f.constructPath) parts.push(`${f.constructPath} (${detail})`);
    else parts.push(f.type ? `${f.resource} (${f.type})` : f.resource);
  }
  let where = f.path;
  if (f.line !== undefined && !f.fileInValue) where += `:${f.line}:${f.column ?? 1}`;
  if (where) parts.push(where);
  return escapeControls(`${parts.join(' ')}: ${f.message}`);
}

export function formatText(findings: readonly LintFinding[], summary: LintSummary): string {
  const lines = findings.map(textLine);
  lines.push(`${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')} `
    + `(${plural(summary.files, 'file')}, ${plural(summary.resources, 'resource')} checked)`);
  return lines.join('\n') + '\n';
}

/**
 * The documented `--format json` object: every key always present, null when absent. `line`/`column` are
 * inside the value (a template or expression string), `fileLine`/`fileColumn` in the file. Values are kept
 * intact; the controls JSON allows raw are written as `\uXXXX` escapes (see terminal-text.ts).
 */
export function formatJson(findings: readonly LintFinding[], summary: LintSummary): string {
  const report = {
    findings: findings.map(f => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      file: f.file ?? null,
      resource: f.resource,
      type: f.type,
      path: f.path,
      line: f.line ?? null,
      column: f.line !== undefined ? f.column ?? 1 : null,
      fileLine: f.fileLine ?? null,
      fileColumn: f.fileLine !== undefined ? f.fileColumn ?? 1 : null,
      stack: f.stack ?? null,
      constructPath: f.constructPath ?? null,
    })),
    summary: { errors: summary.errors, warnings: summary.warnings, files: summary.files, resources: summary.resources },
  };
  return escapeJsonControls(JSON.stringify(report, null, 2)) + '\n';
}

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/switchyard/cdk-switchyard';

function sarifLevel(severity: string): 'error' | 'warning' {
  return severity === 'error' ? 'error' : 'warning';
}

/**
 * A SARIF `uri-reference` for a file path: relative paths stay relative (code-scanning tools resolve them
 * against the checkout), with `/` separators and each segment percent-encoded; absolute paths become `file:` URLs.
 */
export function artifactUri(file: string): string {
  if (isAbsolute(file)) return pathToFileURL(file).href;
  return file.split(sep === '\\' ? /[\\/]/ : '/').map(encodeURIComponent).join('/');
}

/** SARIF 2.1.0: one run; every rule of the catalogue in `tool.driver.rules`; one result per finding. */
export function formatSarif(findings: readonly LintFinding[], rules: readonly Rule[], version: string): string {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = findings.map(f => {
    const physicalLocation: Record<string, unknown> = {
      artifactLocation: { uri: artifactUri(f.file ?? 'template') },
      ...(f.fileLine !== undefined ? { region: { startLine: f.fileLine, startColumn: f.fileColumn ?? 1 } } : {}),
    };
    const logicalLocations: Array<Record<string, unknown>> = [];
    if (f.resource) {
      logicalLocations.push({ name: f.resource, fullyQualifiedName: f.resource, kind: 'resource' });
      if (f.path) logicalLocations.push({ name: f.path, fullyQualifiedName: `${f.resource}.${f.path}`, kind: 'property' });
    }
    const result: Record<string, unknown> = {
      ruleId: f.rule,
      level: sarifLevel(f.severity),
      message: { text: f.message },
      locations: [{ physicalLocation, ...(logicalLocations.length ? { logicalLocations } : {}) }],
    };
    const ruleIndex = index.get(f.rule);
    if (ruleIndex !== undefined) result.ruleIndex = ruleIndex;
    // `line`/`column` are inside the property's value (a template or an expression): the region has the
    // file's, and these stay in properties for a tool that wants them.
    const properties: Record<string, unknown> = {};
    if (f.type) properties.resourceType = f.type;
    if (f.stack) properties.stack = f.stack;
    if (f.constructPath) properties.constructPath = f.constructPath;
    if (f.line !== undefined) Object.assign(properties, { valueLine: f.line, valueColumn: f.column ?? 1 });
    if (Object.keys(properties).length) result.properties = properties;
    return result;
  });
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'switchyard',
          version,
          informationUri: INFORMATION_URI,
          rules: rules.map(r => ({
            id: r.id,
            shortDescription: { text: r.summary },
            helpUri: docsUrl(r.id),
            defaultConfiguration: { level: sarifLevel(r.severity) },
            properties: { references: [...r.references] },
          })),
        },
      },
      // Columns count UTF-16 code units, as JavaScript strings (and GitHub code scanning) do.
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
  return escapeJsonControls(JSON.stringify(log, null, 2)) + '\n';
}
