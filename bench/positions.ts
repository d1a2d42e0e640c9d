/**
 * What placing findings on their file line costs: a generated template of N routes, each with one finding
 * (api-name-length on its own API), read, checked and placed, in one process. Prints, per format, the median
 * time to read and check it, and to place every finding after that; a measure, never a test.
 * `npx ts-node --transpile-only bench/positions.ts [--apis N] [--runs N]`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readTemplate } from '../src/cli/load';
import { buildModel } from '../src/model/build-model';
import { runRules } from '../src/rules/engine';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

const apis = Number(option('apis', '10000'));
const runs = Number(option('runs', '5'));

function yamlText(n: number): string {
  const lines = ['Resources:'];
  for (let i = 0; i < n; i++) {
    lines.push(`  Api${i}:`, '    Type: AWS::ApiGatewayV2::Api', '    Properties:', `      Name: "${'x'.repeat(129)}"`,
      '      ProtocolType: HTTP', `      Description: !Ref Param${i}`);
  }
  return lines.join('\n') + '\n';
}

function jsonText(n: number): string {
  const resources: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) {
    resources[`Api${i}`] = { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'x'.repeat(129), ProtocolType: 'HTTP', Description: { Ref: `Param${i}` } } };
  }
  return JSON.stringify({ Resources: resources }, null, 2);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const dir = mkdtempSync(join(tmpdir(), 'switchyard-bench-positions-'));
try {
  for (const [kind, text] of [['json', jsonText(apis)], ['yaml', yamlText(apis)]] as const) {
    const file = join(dir, `t.${kind}`);
    writeFileSync(file, text);
    const check: number[] = [];
    const place: number[] = [];
    let findings = 0;
    for (let r = 0; r < runs; r++) {
      const start = process.hrtime.bigint();
      const { template, positions } = readTemplate(file);
      const found = runRules(buildModel(template), { file });
      const checked = process.hrtime.bigint();
      let placed = 0;
      for (const f of found) if (positions.locate(f)) placed++;
      const end = process.hrtime.bigint();
      check.push(Number(checked - start) / 1e6);
      place.push(Number(end - checked) / 1e6);
      findings = placed;
    }
    console.log(`${kind}, ${apis} APIs (${(text.length / 1e6).toFixed(1)} MB): read and check median ${median(check).toFixed(0)} ms; `
      + `place ${findings} findings median ${median(place).toFixed(0)} ms over ${runs} runs`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
