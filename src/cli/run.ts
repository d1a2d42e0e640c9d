import { readFileSync } from 'fs';
import { join } from 'path';
import { CliInputError, EXIT_OK, EXIT_USAGE } from './errors';
import { lintCommand } from './lint';
import { renderCommand } from './render-command';
import { rulesCommand } from './rules-command';
import { escapeControls } from './terminal-text';

/** Where the CLI writes; tests pass buffers, `main.ts` passes the process streams. */
export interface Io {
  /** Whether stdout is a terminal (render then escapes the control characters of its output). */
  readonly stdoutIsTerminal?: boolean;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const USAGE = `Usage: switchyard <command> [options]

Commands:
  lint <path>...         check CloudFormation templates or cloud assemblies (cdk.out)
  rules                  list the rules
  render <template-file> render a mapping template as API Gateway would

Options:
  -h, --help             show this help (also: switchyard <command> --help)
  --version              print the version

Exit status: 0 success, 1 findings or a failing render, 2 usage error or unreadable input.
`;

/** The package version, read when asked: `src/cli` and `lib/cli` both sit two levels below package.json. */
export function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/**
 * Runs one command line (without `node` and the script) and returns the exit code. Never throws: input
 * problems become one line on stderr and exit 2.
 */
export function run(argv: readonly string[], io: Io): number {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case 'lint': return lintCommand(rest, io, packageVersion());
      case 'rules': return rulesCommand(rest, io);
      case 'render': return renderCommand(rest, io);
      case '-h':
      case '--help':
      case 'help':
        io.stdout(USAGE);
        return EXIT_OK;
      case '-v':
      case '--version':
        io.stdout(`${packageVersion()}\n`);
        return EXIT_OK;
      case undefined:
        io.stderr(USAGE);
        return EXIT_USAGE;
      default:
        throw new CliInputError(command.startsWith('-')
          ? `unknown option ${command} (see switchyard --help)`
          : `unknown command "${command}"; expected lint, rules or render (see switchyard --help)`);
    }
  } catch (e) {
    // One line, whatever a file name or a template put in the message: its control characters are escaped.
    if (e instanceof CliInputError) {
      io.stderr(`switchyard: ${escapeControls(e.message)}\n`);
    } else if ((e as { code?: unknown } | null)?.code === 'MODULE_NOT_FOUND') {
      // The YAML reader and the template parser are loaded on first use: a broken installation shows there.
      const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
      io.stderr(`switchyard: a dependency cannot be loaded (${escapeControls(reason)}); reinstall cdk-switchyard\n`);
    } else {
      // A bug, not bad input: still one line, and enough to report it.
      const reason = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      io.stderr(`switchyard: internal error (${escapeControls(reason.split('\n')[0])}); please report it\n`);
    }
    return EXIT_USAGE;
  }
}
