import { readdirSync, statSync } from 'fs';
import { join, relative } from 'path';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { readTemplate } from '../../src/cli/load';
import { CATALOGUE_RULES } from '../../src/rules/catalogue-rules';
import { lintTemplate } from '../../src/rules/engine';
import { Finding } from '../../src/rules/rule';
import { CDK_CASES } from '../corpus/cdk-cases';

/**
 * The catalogue rules (issue 16) give no finding at all, warnings included, on the real-deploy corpus: every
 * template there deployed (the broken ones fail for the reason their verdict names, not for these rules).
 */

const CORPUS = join(__dirname, '..', 'corpus');

function corpusFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(json|ya?ml)$/.test(name) && dir !== CORPUS) files.push(relative(CORPUS, path));
    }
  };
  walk(CORPUS);
  return files;
}

const shown = (findings: readonly Finding[]) => findings.map(f => `${f.rule} ${f.resource} ${f.path}: ${f.message}`);

describe('the catalogue rules on the real-deploy corpus', () => {
  const files = corpusFiles();

  test('the corpus is there', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  test.each(files)('%s: no finding', file => {
    expect(shown(lintTemplate(readTemplate(join(CORPUS, file)).template, { rules: CATALOGUE_RULES }))).toEqual([]);
  });

  test.each(CDK_CASES.map(c => [c.name, c] as const))('cdk/%s: no finding', (name, c) => {
    const app = new App();
    const stack = new Stack(app, name.replace(/[^A-Za-z0-9-]/g, '-'));
    c.build(stack);
    expect(shown(lintTemplate(Template.fromStack(stack).toJSON(), { rules: CATALOGUE_RULES }))).toEqual([]);
  });
});
