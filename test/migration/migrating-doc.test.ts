/**
 * MIGRATING.md cannot drift: its table of remaining differences is the list the migration tests assert
 * (differences.ts), each of which some migration test observes, and its table of names and types lists the
 * allow-list entries of the API-compatibility test that stay on purpose (a reason other than "not yet: ...").
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { DIFFERENCES } from './differences';
import { ROWS as HTTP_ROWS } from './http-rows';
import { ROWS as WEBSOCKET_ROWS } from './websocket-rows';

const ROOT = join(__dirname, '..', '..');
const doc = readFileSync(join(ROOT, 'MIGRATING.md'), 'utf8');

/** The body rows of the first table under the heading, as cells. */
function table(heading: string): string[][] {
  const start = doc.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`MIGRATING.md has no "## ${heading}" section`);
  const end = doc.indexOf('\n## ', start + 1);
  const lines = doc.slice(start, end < 0 ? undefined : end).split('\n').filter(l => l.startsWith('|'));
  return lines.slice(2).map(l => l.slice(1, -1).split(' | ').map(c => c.trim()));
}

describe('MIGRATING.md', () => {
  test('lists every documented difference, as differences.ts writes it, once', () => {
    expect(table('Remaining differences')).toEqual(DIFFERENCES.map(d => [`\`${d.id}\``, d.kind, d.summary, d.undo]));
  });

  test('lists the allow-list entries kept on purpose, with their reasons', () => {
    const allowList = JSON.parse(readFileSync(join(ROOT, 'test', 'compat', 'allow-list.json'), 'utf8')) as Record<string, string>;
    const kept = Object.entries(allowList).filter(([, reason]) => !reason.startsWith('not yet')).map(([member, reason]) => [`\`${member}\``, reason]);
    expect(table('Names and types that differ')).toEqual(kept);
  });

  test('every documented difference is one a migration test observes', () => {
    const observed = new Set([...HTTP_ROWS, ...WEBSOCKET_ROWS].flatMap(([, differences]) => differences));
    expect(DIFFERENCES.map(d => d.id).filter(id => !observed.has(id))).toEqual([]);
  });

  test('a property of a resource type is explained by one documented difference at most', () => {
    const seen = DIFFERENCES.flatMap(d => d.template.map(t => `${t.type} ${t.property}`));
    expect(seen.filter((key, i) => seen.indexOf(key) !== i)).toEqual([]);
  });

  test('a behaviour difference says how to turn it off', () => {
    expect(DIFFERENCES.filter(d => d.kind === 'behaviour' && !/`/.test(d.undo)).map(d => d.id)).toEqual([]);
  });
});
