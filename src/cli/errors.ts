/**
 * A problem with the command line or its input (a missing file, a broken template, an unknown option). The
 * CLI prints its message as one line on stderr and exits 2; anything else that escapes is a bug.
 */
export class CliInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliInputError';
  }
}

/** The process exit codes of the public contract (design.md). */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
