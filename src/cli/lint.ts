import { choice, parseArgs } from './args';
import { constructPathOf } from './construct-path';
import { CliInputError, EXIT_FINDINGS, EXIT_OK } from './errors';
import { FilePosition } from './file-positions';
import { readTemplate, templateFiles } from './load';
import { formatJson, formatSarif, formatText, LintFinding, summarize } from './report';
import type { Io } from './run';
import { buildModel, TemplateShapeError } from '../model/build-model';
import { TemplateModel } from '../model/nodes';
import { runRules } from '../rules/engine';
import { duplicateKeyFindings, YAML_DUPLICATE_KEY_ID } from '../rules/meta/yaml-duplicate-key';
import { ALL_RULES, ruleById } from '../rules/registry';
import { Finding } from '../rules/rule';

export const LINT_USAGE = `Usage: switchyard lint <path>... [options]

Checks CloudFormation templates for what API Gateway v2 would reject at deploy time.
A path is a template file (.json, .yaml, .yml) or a cloud assembly folder such as cdk.out
(the stacks its manifest.json lists and every *.template.json, nested assemblies included).
Findings give the file:line:column of the value; in a cloud assembly, the stack and construct path.

Options:
  --format text|json|sarif   report format (default: text)
  --ignore <id,...>          skip these rules (repeatable)
  --region <region>          the region the templates deploy to (e.g. eu-west-1): enables region checks
  --warnings-as-errors       exit 1 on warnings too
  -h, --help                 show this help

Exit status: 0 no error finding, 1 error findings, 2 usage error or unreadable input.
`;

const FORMATS = ['text', 'json', 'sarif'] as const;

/** A region code as AWS spells them: `us-east-1`, `us-gov-west-1`, `cn-northwest-1`, `eu-isoe-west-1`. */
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

/** The `--region` given (the last one wins), checked to be a region code. */
function regionOption(given: readonly string[] | undefined): string | undefined {
  const region = given?.[given.length - 1];
  if (region !== undefined && !REGION.test(region)) {
    throw new CliInputError(`lint: --region must be a region code such as eu-west-1 (got "${region.slice(0, 40)}")`);
  }
  return region;
}

export function lintCommand(argv: readonly string[], io: Io, version: string): number {
  const args = parseArgs('lint', argv, { 'format': 'value', 'ignore': 'value', 'region': 'value', 'warnings-as-errors': 'flag', 'help': 'flag' });
  if (args.flags.has('help')) {
    io.stdout(LINT_USAGE);
    return EXIT_OK;
  }
  const format = choice('lint', args, 'format', FORMATS, 'text');
  const ignore = (args.values.get('ignore') ?? []).flatMap(v => v.split(',')).map(id => id.trim()).filter(id => id !== '');
  const unknown = ignore.filter(id => ruleById(id) === undefined);
  if (unknown.length) {
    throw new CliInputError(`lint: unknown rule id${unknown.length > 1 ? 's' : ''} in --ignore: ${unknown.join(', ')} (see switchyard rules)`);
  }
  const region = regionOption(args.values.get('region'));
  if (args.positionals.length === 0) throw new CliInputError('lint: no path given (usage: switchyard lint <path>... ; see --help)');

  // Every input is read and checked before anything is printed: a bad input gives one line and no partial report.
  const findings: LintFinding[] = [];
  let resources = 0;
  const inputs = templateFiles(args.positionals);
  for (const { file, stack } of inputs) {
    const { template, duplicateKeys, positions } = readTemplate(file);
    const placed = (f: Finding, position: FilePosition | undefined): LintFinding => {
      // The template's own `aws:cdk:path` first; the assembly's construct metadata when it has none.
      const constructPath = f.resource ? constructPathOf(template, f.resource) ?? stack?.constructPath(f.resource) : undefined;
      return {
        ...f,
        ...(position ? { fileLine: position.line, fileColumn: position.column, fileInValue: position.inValue } : {}),
        ...(stack ? { stack: stack.name } : {}),
        ...(constructPath !== undefined ? { constructPath } : {}),
      };
    };
    let model: TemplateModel;
    try {
      model = buildModel(template, { region });
    } catch (e) {
      if (e instanceof TemplateShapeError) throw new CliInputError(`${file}: ${e.message}`);
      throw e;
    }
    // One push per finding: spreading a list of 100,000 findings into push() overflows the call stack.
    for (const finding of runRules(model, { ignore, file })) findings.push(placed(finding, positions.locate(finding)));
    // The loader's findings come after the rules', as its rule comes last in the registry.
    if (!ignore.includes(YAML_DUPLICATE_KEY_ID)) {
      // One finding per duplicate, in order: each is placed on the value CloudFormation keeps.
      duplicateKeyFindings(duplicateKeys, template, file)
        .forEach((finding, i) => findings.push(placed(finding, positions.locateSteps(duplicateKeys[i].path))));
    }
    resources += model.resourceCount;
  }

  const summary = summarize(findings, inputs.length, resources);
  switch (format) {
    case 'json': io.stdout(formatJson(findings, summary)); break;
    case 'sarif': io.stdout(formatSarif(findings, ALL_RULES, version)); break;
    default: io.stdout(formatText(findings, summary));
  }
  const failing = summary.errors + (args.flags.has('warnings-as-errors') ? summary.warnings : 0);
  return failing > 0 ? EXIT_FINDINGS : EXIT_OK;
}
