#!/usr/bin/env node
import { run } from './run';

// A reader that closes early (`switchyard rules | head`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
}

// exitCode, not exit(): a large report piped to a file must be flushed before the process ends.
process.exitCode = run(process.argv.slice(2), {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
  stdoutIsTerminal: process.stdout.isTTY === true,
});
