import { choice, parseArgs } from '../../src/cli/args';
import { CliInputError } from '../../src/cli/errors';

const SPEC = { format: 'value', ignore: 'value', quiet: 'flag' } as const;

describe('parseArgs', () => {
  test('positionals, flags, values in both spellings, repeated values, --', () => {
    const args = parseArgs('t', ['a', '--format', 'json', '--ignore=x', 'b', '--quiet', '--ignore', 'y', '--', '--not-an-option'], SPEC);
    expect(args.positionals).toEqual(['a', 'b', '--not-an-option']);
    expect([...args.flags]).toEqual(['quiet']);
    expect(args.values.get('ignore')).toEqual(['x', 'y']);
    expect(choice('t', args, 'format', ['text', 'json'], 'text')).toBe('json');
    expect(choice('t', parseArgs('t', [], SPEC), 'format', ['text', 'json'], 'text')).toBe('text');
  });

  test.each([
    [['--nope']],
    [['-x']],
    [['--format']],
    [['--format', '--quiet']],
    [['--quiet=1']],
    [['--constructor']],
    [['--toString']],
  ])('%j is a usage error', argv => {
    expect(() => parseArgs('t', argv, SPEC)).toThrow(CliInputError);
  });

  test('a lone dash is a positional', () => {
    expect(parseArgs('t', ['-'], SPEC).positionals).toEqual(['-']);
  });
});
