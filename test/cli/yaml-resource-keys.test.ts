/**
 * The line reader of logical ids (yaml-resource-keys.ts) places a finding about a whole resource where the exact
 * YAML reader places it, or declines: on every YAML template of the repository, and on the shapes lines alone
 * cannot tell.
 */
import { readFileSync } from 'fs';
import { Alias } from 'yaml';
import { repositoryYamlFiles } from './repository-yaml';
import { readCfnYamlDocument } from '../../src/cli/cfn-yaml';
import { resourceKeyOffsets } from '../../src/cli/yaml-resource-keys';
import { yamlSource } from '../../src/cli/yaml-source';

/** Each logical id's offset as the exact reader gives it, or undefined when the file is no template it reads. */
function exactOffsets(text: string): Map<string, number> | undefined {
  let read;
  try {
    read = readCfnYamlDocument(text);
  } catch {
    return undefined;
  }
  const resources = (read.value as { Resources?: unknown } | null)?.Resources;
  if (!read.document || !resources || typeof resources !== 'object') return undefined;
  const root = yamlSource(read.document, text).entry('Resources')!.value;
  return new Map(Object.keys(resources).map(id => [id, root.entry(id)!.keyOffset]));
}

describe('logical ids read from the lines of a block-style YAML template', () => {
  const files = repositoryYamlFiles();

  test('are where the exact reader puts them, on every YAML template of the repository', () => {
    let answered = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const exact = exactOffsets(text);
      if (!exact) continue;
      const fast = resourceKeyOffsets(text, [...exact.keys()]);
      if (fast === undefined) continue;
      expect({ file, offsets: [...fast] }).toEqual({ file, offsets: [...exact] });
      answered++;
    }
    expect(answered).toBeGreaterThan(20);
  });

  test.each([
    ['a flow mapping of resources', 'Resources: {A: {Type: T}}\n', ['A']],
    ['a quoted logical id', 'Resources:\n  "A":\n    Type: T\n', ['A']],
    ['keys that are not the resources given', 'Resources:\n  A:\n    Type: T\n', ['B']],
    ['a resource the lines do not show', 'Resources:\n  A:\n    Type: T\n', ['A', 'B']],
    ['a second Resources section', 'Resources:\n  A:\n    Type: T\nResources:\n  B:\n    Type: T\n', ['B']],
    ['a tab in the indentation', 'Resources:\n\tA:\n    Type: T\n', ['A']],
    ['a line indented less than the first resource', 'Resources:\n    A:\n      Type: T\n  B:\n    Type: T\n', ['A', 'B']],
  ])('decline %s', (_, text, ids) => {
    expect(resourceKeyOffsets(text, ids)).toBeUndefined();
  });

  test('skip comments, blank lines and CRLF, and stop at the next section', () => {
    const text = '# t\r\nResources: # all\r\n\r\n  # first\r\n  A:\r\n    Type: T\r\n  B: # b\r\n    Type: T\r\nOutputs:\r\n  C:\r\n    Value: x\r\n';
    expect(resourceKeyOffsets(text, ['A', 'B'])).toEqual(exactOffsets(text));
  });
});

test('finding one entry in a mapping of thousands of aliases follows only the aliases on the way (bounded work)', () => {
  const anchors = Array.from({ length: 20 }, (_, i) => `  K${i}: &a${i} v${i}`).join('\n');
  const uses = Array.from({ length: 4000 }, (_, i) => `  P${i}: *a${i % 20}`).join('\n');
  const text = `Defs:\n${anchors}\nUses:\n${uses}\n`;
  const read = readCfnYamlDocument(text);
  // Each alias followed walks the whole document: following all 4,000 took 34 s on this machine.
  const resolve = jest.spyOn(Alias.prototype, 'resolve');
  const entry = yamlSource(read.document!, text).entry('Uses')!.value.entry('P3999')!;
  expect(entry.value.string).toBe('v19');
  expect(resolve.mock.calls.length).toBeLessThanOrEqual(1);
  resolve.mockRestore();
  expect(text.slice(entry.keyOffset, entry.keyOffset + 5)).toBe('P3999');
});
