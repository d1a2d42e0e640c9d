import { readFileSync } from 'fs';
import { join } from 'path';
import { App, Stack } from 'aws-cdk-lib';
import { schemaViolations } from './cloudformation-schema';
import { build } from '../../examples/mistakes/app';
import { Switchyard } from '../../src';

interface Expected { readonly rule: string; readonly resource: string; readonly path: string }

/**
 * examples/mistakes is the demo's app with four planted mistakes. `npm run demo` lints its template and
 * requires exactly examples/mistakes/expected-findings.json; here the synth door (Switchyard.findings) must
 * agree, and aws-cdk-lib itself must let all four through (else the example shows nothing Switchyard adds).
 */
describe('example mistakes', () => {
  const expected = JSON.parse(readFileSync(join(__dirname, '..', '..', 'examples', 'mistakes', 'expected-findings.json'), 'utf8')) as Expected[];

  test('aws-cdk-lib synthesizes it, and its CloudFormation schema check reports none of the four', () => {
    const app = new App();
    build(app);
    expect(() => app.synth()).not.toThrow();
    expect(schemaViolations(build)).toEqual([]);
  });

  test('Switchyard finds exactly the four planted mistakes, all errors', () => {
    const app = new App();
    build(app);
    const findings = app.node.findAll().filter(Stack.isStack).flatMap(s => Switchyard.findings(s));
    const key = (f: Expected) => `${f.rule} ${f.resource} ${f.path}`;
    expect(findings.map(key).sort()).toEqual(expected.map(key).sort());
    expect(findings.map(f => f.severity)).toEqual(['error', 'error', 'error', 'error']);
    expect(new Set(expected.map(f => f.rule))).toEqual(new Set(['http-mapping-reserved-header', 'http-route-key', 'integration-timeout', 'template-syntax']));
  });

  test('Switchyard.check fails its synth with the same rule ids', () => {
    const app = new App();
    build(app);
    Switchyard.check(app);
    let message = '';
    try {
      app.synth();
    } catch (e) {
      message = (e as Error).message;
    }
    for (const { rule } of expected) expect(message).toContain(`[${rule}]`);
  });
});
