/**
 * Every public member of aws-cdk-lib's three API Gateway v2 modules has a compatible Switchyard counterpart
 * (see api-surface.ts for what compatible means), or is on the allow-list with the reason it is not.
 * Reads `.jsii` (written by `npx projen compile`) and aws-cdk-lib's own assembly from node_modules.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { compareSurfaces } from './api-surface';

const ROOT = join(__dirname, '..', '..');
const ALLOW_LIST: Record<string, string> = JSON.parse(readFileSync(join(__dirname, 'allow-list.json'), 'utf8'));

describe("aws-cdk-lib's API Gateway v2 surface", () => {
  const { checked, gaps } = compareSurfaces(ROOT);

  test('reads both assemblies', () => {
    expect(checked).toBeGreaterThan(800);
  });

  test('every member has a compatible counterpart or an allow-listed reason', () => {
    const unexplained = gaps.filter((g) => !(g.key in ALLOW_LIST)).map((g) => `${g.key}: ${g.problem}`);
    expect(unexplained).toEqual([]);
  });

  test('the allow-list names only real gaps, each with a reason', () => {
    const gapKeys = new Set(gaps.map((g) => g.key));
    expect(Object.keys(ALLOW_LIST).filter((key) => !gapKeys.has(key))).toEqual([]);
    expect(Object.entries(ALLOW_LIST).filter(([, reason]) => reason.trim().length < 10)).toEqual([]);
  });
});
