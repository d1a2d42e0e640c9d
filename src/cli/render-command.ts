import { choice, parseArgs } from './args';
import { CliInputError, EXIT_FINDINGS, EXIT_OK } from './errors';
import { parseJson, readRegularFile } from './load';
import { checkRequest } from './render-request';
import type { Io } from './run';
import { escapeControls, escapeJsonControls, excerpt } from './terminal-text';
import { renderTemplate } from '../vtl/evaluate';

export const RENDER_USAGE = `Usage: switchyard render <template-file> [--request <json-file>] [--format text|json]

Renders a mapping template as API Gateway would. The request file holds
{"body": string|null, "params": {"path":{}, "querystring":{}, "header":{}}, "context": {...},
 "stageVariables": {...}}; every field is optional.

Options:
  --request <json-file>  the request to render against (default: an empty request)
  --format text|json     text prints the output exactly (on a terminal, with control
                         characters escaped); json prints
                         {"output", "requestOverride", "responseOverride", "errors"} (default: text)
  -h, --help             show this help

Exit status: 0 rendered, 1 the template does not parse or API Gateway would fail the request,
2 usage error or unreadable input.
`;

/**
 * Render errors say where in the template they are (`line 2, column 5: ...`): keep each to one line, of a
 * bounded length (an error may quote the template or the request), its control characters escaped.
 */
function errorLine(file: string, error: string): string {
  return `${escapeControls(file)}: ${excerpt(error.split('\n')[0], 300)}`;
}

export function renderCommand(argv: readonly string[], io: Io): number {
  const args = parseArgs('render', argv, { request: 'value', format: 'value', help: 'flag' });
  if (args.flags.has('help')) {
    io.stdout(RENDER_USAGE);
    return EXIT_OK;
  }
  const format = choice('render', args, 'format', ['text', 'json'] as const, 'text');
  if (args.positionals.length !== 1) {
    throw new CliInputError(args.positionals.length === 0
      ? 'render: no template file given (usage: switchyard render <template-file> [--request <json-file>])'
      : `render: one template file at a time (got ${args.positionals.length})`);
  }
  const templateFile = args.positionals[0];
  const template = readRegularFile(templateFile, 'template');
  const requestFiles = args.values.get('request') ?? [];
  if (requestFiles.length > 1) throw new CliInputError('render: --request given more than once');
  const request = requestFiles.length
    ? checkRequest(requestFiles[0], parseJson(requestFiles[0], readRegularFile(requestFiles[0], 'request')))
    : {};

  const result = renderTemplate(template, request);
  const failed = result.errors.length > 0;
  if (format === 'json') {
    io.stdout(escapeJsonControls(JSON.stringify({
      output: result.output,
      requestOverride: result.requestOverride,
      responseOverride: result.responseOverride,
      errors: result.errors,
    }, null, 2)) + '\n');
  } else if (failed) {
    // API Gateway sends nothing on when the template fails: show why, not a partial output.
    io.stderr(result.errors.map(e => `switchyard: render: ${errorLine(templateFile, e)}\n`).join(''));
  } else {
    // Exactly the output, unless a terminal shows it: a value from the request must not drive the terminal.
    io.stdout(io.stdoutIsTerminal ? escapeControls(result.output, { keepLines: true }) : result.output);
  }
  return failed ? EXIT_FINDINGS : EXIT_OK;
}
