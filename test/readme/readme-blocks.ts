/** Helpers of the README example tests: the `ts` blocks of a README section, and checks over them. */

/** The `ts` blocks between two `## ` headings of the README (`end` excluded). */
export function tsBlocks(readme: string, start: number, end: number): string[] {
  return [...readme.slice(start, end).matchAll(/```ts\n([\s\S]*?)```/g)].map(m => m[1]);
}

/**
 * The examples that do not appear in `source` as written: an example's import lines come first, then a blank
 * line; the rest must be in the test file, indented two spaces (the body of the function that runs it).
 */
export function examplesMissingFrom(blocks: string[], source: string): string[] {
  return blocks
    .map(block => (block.startsWith('import ') ? block.slice(block.indexOf('\n\n') + 2) : block).trim())
    .filter(code => !source.includes(code.split('\n').map(line => (line === '' ? '' : `  ${line}`)).join('\n')));
}

/** The names the examples import from cdk-switchyard. */
export function namesImported(blocks: string[]): string[] {
  return blocks.flatMap(b => [...b.matchAll(/import \{([^}]*)\} from 'cdk-switchyard'/g)].flatMap(m => m[1].split(',').map(n => n.trim()).filter(Boolean)));
}
