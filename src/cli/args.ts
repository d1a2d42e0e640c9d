import { CliInputError } from './errors';

/** How a command's options are spelled: a flag takes no value, a value option takes exactly one. */
export type OptionSpec = Readonly<Record<string, 'flag' | 'value'>>;

export interface ParsedArgs {
  readonly positionals: string[];
  /** Flags that were given. */
  readonly flags: ReadonlySet<string>;
  /** Every value given for each value option, in order (`--ignore a --ignore b`). */
  readonly values: ReadonlyMap<string, string[]>;
}

/**
 * Parses `--name value`, `--name=value`, `--flag` and positionals; `--` ends options. Hand-written rather
 * than `util.parseArgs` so every mistake reads as one short line naming the command.
 */
export function parseArgs(command: string, argv: readonly string[], spec: OptionSpec): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Set<string>();
  const values = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h') {
      flags.add('help');
      continue;
    }
    if (!arg.startsWith('--') || arg === '-') {
      if (arg.startsWith('-') && arg !== '-') throw new CliInputError(`${command}: unknown option ${arg} (see --help)`);
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (!Object.prototype.hasOwnProperty.call(spec, name)) {
      throw new CliInputError(`${command}: unknown option --${name} (see --help)`);
    }
    const kind = spec[name];
    if (kind === 'flag') {
      if (eq >= 0) throw new CliInputError(`${command}: option --${name} takes no value`);
      flags.add(name);
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) {
      value = arg.slice(eq + 1);
    } else {
      value = argv[i + 1];
      if (value === undefined || (value.startsWith('--') && value.length > 2)) {
        throw new CliInputError(`${command}: option --${name} needs a value`);
      }
      i++;
    }
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  return { positionals, flags, values };
}

/** The last value of a value option (later wins, as in most CLIs), checked against the allowed choices. */
export function choice<T extends string>(command: string, args: ParsedArgs, name: string, allowed: readonly T[], fallback: T): T {
  const given = args.values.get(name);
  if (!given) return fallback;
  const value = given[given.length - 1];
  if (!(allowed as readonly string[]).includes(value)) {
    throw new CliInputError(`${command}: --${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
}
