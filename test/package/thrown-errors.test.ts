/**
 * Every error the library throws to its user starts with `[rule-id]`: jsii passes an error to Python, Java, .NET
 * and Go as its message only, so the prefix is how their users tell one error from another. The source is read
 * for every `throw new X(...)`: X is SwitchyardError (whose message starts with its id), or an internal error that
 * the library catches and turns into a finding, a SwitchyardError or a CLI message before it reaches the user.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, relative } from 'path';
import { App, Stack } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { HttpApi, HttpApiDefinition, HttpMethod, HttpUrlIntegration, MappingTemplate, Switchyard } from '../../src';
import { SwitchyardError } from '../../src/common/errors';
import { USAGE_ERRORS } from '../../src/common/usage-errors';
import { ALL_RULES } from '../../src/rules/registry';

const SRC = join(__dirname, '..', '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(e => e.isDirectory() ? sources(join(dir, e.name))
    : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);
}
const FILES = new Map(sources(SRC).map(f => [relative(SRC, f), readFileSync(f, 'utf8')]));

/** Errors that never reach a user as they are: where each is caught, and what it becomes. */
const INTERNAL: Record<string, string> = {
  RegexError: 'a finding of the pattern rules (expressions/java-regex.ts)',
  JavaRegexError: 'an EvaluationError or an undecided check (vtl/methods.ts, vtl/java-regex.ts)',
  LexicalError: 'a SyntaxProblem (vtl/grammar.ts)',
  SyntaxProblem: 'a template-syntax finding (vtl/parse.ts)',
  BlockProblem: 'a template-syntax finding (vtl/parse.ts)',
  JsonSyntaxError: 'an EvaluationError (vtl/input.ts, vtl/util.ts)',
  JsonPathSyntaxError: 'an EvaluationError or a template-jsonpath finding (vtl/input.ts, vtl/analyze.ts)',
  UtilError: 'an EvaluationError (vtl/util.ts)',
  BudgetExceeded: 'an EvaluationError, which it extends: the render result\'s error, or an undecided check',
  BreakSignal: '#break: ends the loop or template (vtl/evaluate.ts)',
  StopSignal: '#stop: ends the template (vtl/evaluate.ts)',
  EvaluationError: 'the error of a render result, as API Gateway would answer (vtl/evaluate.ts)',
  NotRegularFileError: 'a file-not-readable SwitchyardError (private/regular-file.ts) or a CLI message (cli/load.ts)',
  TemplateShapeError: 'a CLI message (cli/lint.ts)',
  YamlSyntaxError: 'a CLI message (cli/load.ts)',
  CliInputError: 'the CLI\'s one-line message on stderr and exit 2 (cli/run.ts)',
};

/**
 * The one plain Error, by file: the synth failure of `Switchyard.check`, in aws-cdk-lib's own format for
 * validation errors ("Validation failed with the following errors:"), with one `[stack] [rule-id] ...` line
 * per finding, as aws-cdk-lib writes it where the library validates through `node.addValidation`.
 */
const PLAIN_ERROR_FILES = ['check/register.ts'];

/** The name of the class `name` extends in the source, if any. */
function parentOf(name: string): string | undefined {
  for (const text of FILES.values()) {
    const m = new RegExp(`\\bclass ${name} extends (\\w+)`).exec(text);
    if (m) return m[1];
  }
  return undefined;
}

describe('errors the library throws', () => {
  const thrown = new Map<string, string[]>();
  for (const [file, text] of FILES) {
    for (const [, name] of text.matchAll(/\bthrow new (\w+)\(/g)) thrown.set(name, [...thrown.get(name) ?? [], file]);
  }

  test('are SwitchyardErrors or internal errors; never a plain Error', () => {
    expect(thrown.get('SwitchyardError')?.length).toBeGreaterThan(10);
    const prefixed = (name: string) => name === 'SwitchyardError' || parentOf(name) === 'SwitchyardError';
    const unknown = [...thrown]
      .filter(([name]) => !prefixed(name) && INTERNAL[name] === undefined)
      .flatMap(([name, files]) => files.filter(f => name !== 'Error' || !PLAIN_ERROR_FILES.includes(f)).map(f => `${name} in ${f}`));
    expect(unknown).toEqual([]);
  });

  test.each(Object.keys(INTERNAL))('internal error %s is caught by the library (instanceof, or of the class it extends) and not exported', name => {
    const caughtAs = [name, parentOf(name)].filter((n): n is string => n !== undefined && n !== 'Error' && n in INTERNAL);
    const catchers = [...FILES].filter(([, text]) => caughtAs.some(n => new RegExp(`instanceof ${n}\\b`).test(text))).map(([file]) => file);
    expect(catchers).not.toEqual([]);
    expect(FILES.get('index.ts')).not.toMatch(new RegExp(`\\b${name}\\b`));
  });

  test('every literal id a SwitchyardError is thrown with is a rule\'s or a usage error\'s: it has a docs page', () => {
    const known = new Set([...ALL_RULES.map(r => r.id), ...USAGE_ERRORS.map(u => u.id)]);
    const ids = [...FILES.values()].flatMap(text => [...text.matchAll(/new SwitchyardError\(\s*'([^']+)'/g)].map(m => m[1]));
    expect(ids.length).toBeGreaterThan(10);
    expect([...new Set(ids)].filter(id => !known.has(id))).toEqual([]);
  });

  test('a SwitchyardError\'s message starts with [rule-id]', () => {
    expect(new SwitchyardError('integration-timeout', 'x').message).toMatch(/^\[integration-timeout\] x \(https:/);
  });

  test('the synth failure of Switchyard.check gives every finding on a line of its own, with its rule id', () => {
    const app = new App();
    const api = new HttpApi(new Stack(app, 'Broken'), 'Api');
    (api.node.defaultChild as import('aws-cdk-lib').CfnResource).addPropertyOverride('Name', 'n'.repeat(129));
    (api.node.defaultChild as import('aws-cdk-lib').CfnResource).addPropertyOverride('Description', 'd'.repeat(1025));
    Switchyard.check(app);
    let error = '';
    try {
      app.synth();
    } catch (e) {
      error = (e as Error).message;
    }
    const [head, ...lines] = error.split('\n');
    expect(head).toBe('Validation failed with the following errors:');
    expect(lines.map(l => /^ {2}\[Broken\] \[([a-z0-9-]+)\] /.exec(l)?.[1])).toEqual(['api-name-length', 'api-description']);
  });

  describe('the misuses of the API that no rule sees also start with their id', () => {
    let dir: string;
    beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'switchyard-errors-')); });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    const message = (f: () => unknown): string => {
      try {
        f();
      } catch (e) {
        return (e as Error).message;
      }
      return 'no error';
    };

    test.each([
      ['MappingTemplate.fromFile', (p: string) => MappingTemplate.fromFile(p)],
      ['HttpApiDefinition.fromFile', (p: string) => HttpApiDefinition.fromFile(p)],
      ['HttpApiDefinition.fromAsset', (p: string) => HttpApiDefinition.fromAsset(p)],
    ])('%s of a missing file and of a folder: [file-not-readable]', (_name, read) => {
      expect(message(() => read(join(dir, 'missing.txt')))).toMatch(/^\[file-not-readable\] .*missing\.txt.*ENOENT/);
      expect(message(() => read(dir))).toMatch(/^\[file-not-readable\] .*a directory, expected a regular file/);
    });

    test('grantInvoke on a route not authorized with IAM: [http-route-grant-invoke]', () => {
      const stack = new Stack(new App(), 'S');
      const [route] = new HttpApi(stack, 'Api').addRoutes({ path: '/r', methods: [HttpMethod.GET], integration: new HttpUrlIntegration('U', 'https://example.com') });
      const role = new Role(stack, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
      expect(message(() => route.grantInvoke(role))).toMatch(/^\[http-route-grant-invoke\] /);
    });
  });
});
