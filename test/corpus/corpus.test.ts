import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { CDK_CASES } from './cdk-cases';
import { readTemplate } from '../../src/cli/load';
import { lintTemplate } from '../../src/rules/engine';
import { Finding } from '../../src/rules/rule';
import { spawnCli } from '../cli/cli-helpers';

/**
 * The real-world corpus (see README.md next to this file): templates in the shapes real tools emit, each with its
 * verdict. A valid template lints with no finding of severity error; a broken one gets every rule its verdict
 * names, and no error from any other rule.
 */

const CORPUS = __dirname;

/** A broken entry's verdict: the rules it must trigger and the deploy error the service gives. */
interface BrokenVerdict {
  readonly rules: readonly string[];
  readonly deployError: string;
}
type Verdict = 'valid' | BrokenVerdict;

const VERDICTS = JSON.parse(readFileSync(join(CORPUS, 'verdicts.json'), 'utf8')) as Record<string, Verdict>;

function corpusFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(json|ya?ml)$/.test(name) && dir !== CORPUS) files.push(relative(CORPUS, path).split('\\').join('/'));
    }
  };
  walk(CORPUS);
  return files;
}

const FILES = corpusFiles();

function lintFile(file: string): Finding[] {
  return lintTemplate(readTemplate(join(CORPUS, file)).template, { file });
}

function synth(name: string, build: (stack: Stack) => void): unknown {
  const app = new App();
  const stack = new Stack(app, name.replace(/[^A-Za-z0-9-]/g, '-'));
  build(stack);
  return Template.fromStack(stack).toJSON();
}

function errorsOf(findings: readonly Finding[], ignored: readonly string[] = []): string[] {
  return findings.filter(f => f.severity === 'error' && !ignored.includes(f.rule)).map(f => `${f.rule} ${f.resource} ${f.path}: ${f.message}`);
}

/** Asserts one entry's verdict on its findings. */
function expectVerdict(verdict: Verdict, findings: readonly Finding[]): void {
  if (verdict === 'valid') {
    expect(errorsOf(findings)).toEqual([]);
    return;
  }
  const ruleIds = new Set(findings.map(f => f.rule));
  expect(verdict.rules.filter(r => !ruleIds.has(r))).toEqual([]);
  expect(errorsOf(findings, verdict.rules)).toEqual([]);
}

describe('the corpus itself', () => {
  test('holds at least 150 entries, every file has a verdict and every verdict a file', () => {
    expect(FILES.length + CDK_CASES.length).toBeGreaterThanOrEqual(150);
    expect(FILES.filter(f => !(f in VERDICTS))).toEqual([]);
    expect(Object.keys(VERDICTS).filter(f => !FILES.includes(f))).toEqual([]);
  });

  test('every broken verdict names a rule and the deploy error', () => {
    for (const [file, verdict] of Object.entries(VERDICTS)) {
      if (verdict === 'valid') continue;
      const named = { file, rules: verdict.rules.length > 0, deployError: verdict.deployError.length > 0 };
      expect(named).toEqual({ file, rules: true, deployError: true });
    }
  });

  test('CDK entry names are unique', () => {
    const names = CDK_CASES.map(c => `cdk/${c.name}`);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('template files', () => {
  test.each(FILES)('%s', file => {
    expectVerdict(VERDICTS[file], lintFile(file));
  });
});

describe('aws-cdk-lib L2 output', () => {
  test.each(CDK_CASES.map(c => [c.name, c] as const))('cdk/%s', (name, c) => {
    const template = synth(name, c.build);
    const findings = lintTemplate(template, { file: `cdk/${name}` });
    expectVerdict(c.broken ?? 'valid', findings);
  });
});

describe('through the switchyard binary', () => {
  jest.setTimeout(60_000);
  const sample = (pattern: RegExp, verdict: 'valid' | 'broken') =>
    FILES.filter(f => pattern.test(f) && (VERDICTS[f] === 'valid') === (verdict === 'valid')).slice(0, 2);

  test.each([
    ...sample(/^sam\//, 'valid'), ...sample(/^serverless\//, 'valid'), ...sample(/^samples\/.*\.ya?ml$/, 'valid'),
    ...sample(/^/, 'broken'), ...sample(/^samples\/.*\.yaml$/, 'broken'),
  ])('lint %s', file => {
    const r = spawnCli(['lint', '--format', 'json', join(CORPUS, file)]);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as { findings: Finding[] };
    const verdict = VERDICTS[file];
    expect(r.code).toBe(verdict === 'valid' ? 0 : 1);
    expectVerdict(verdict, report.findings);
  });
});
