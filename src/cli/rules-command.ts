import { choice, parseArgs } from './args';
import { rulesJson, rulesMarkdown, rulesText } from './catalogue';
import { CliInputError, EXIT_OK } from './errors';
import type { Io } from './run';
import { ALL_RULES } from '../rules/registry';

export const RULES_USAGE = `Usage: switchyard rules [--format text|json|markdown]

Lists every rule: id, severity, summary, references and docs link.
`;

export function rulesCommand(argv: readonly string[], io: Io): number {
  const args = parseArgs('rules', argv, { format: 'value', help: 'flag' });
  if (args.flags.has('help')) {
    io.stdout(RULES_USAGE);
    return EXIT_OK;
  }
  if (args.positionals.length) throw new CliInputError(`rules: unexpected argument "${args.positionals[0]}" (see --help)`);
  const format = choice('rules', args, 'format', ['text', 'json', 'markdown'] as const, 'text');
  io.stdout(format === 'json' ? rulesJson(ALL_RULES) : format === 'markdown' ? rulesMarkdown(ALL_RULES) : rulesText(ALL_RULES));
  return EXIT_OK;
}
