/**
 * The `switchyard` command from the Python package, as far as it can be tested without PyPI: the package
 * `jsii-pacmak --code-only --target python` generates declares a `switchyard` script, the script compiles
 * and asks the jsii runtime to run the npm package's `switchyard` bin, and that bin, taken from the tarball
 * the Python package carries, lints a template with nothing but what the tarball holds.
 *
 * Runs the compiled library (`npx projen compile` first), as the CLI tests do.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');
const SLOW_INTEGRATION = [
  'Resources:',
  '  Api:',
  '    Type: AWS::ApiGatewayV2::Api',
  '    Properties: { Name: pets, ProtocolType: HTTP }',
  '  Slow:',
  '    Type: AWS::ApiGatewayV2::Integration',
  '    Properties:',
  '      ApiId: !Ref Api',
  '      IntegrationType: HTTP_PROXY',
  '      IntegrationUri: https://example.com',
  '      IntegrationMethod: GET',
  '      PayloadFormatVersion: "1.0"',
  '      TimeoutInMillis: 30001',
  '',
].join('\n');

describe('the switchyard command in the Python package', () => {
  const work = mkdtempSync(join(tmpdir(), 'switchyard-python-'));
  const python = join(work, 'python');
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  beforeAll(() => {
    const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'jsii-pacmak'), ['--code-only', '--target', 'python', '-o', work], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION: '20' },
    });
    if (r.status !== 0) throw new Error(`jsii-pacmak failed (compile first: npx projen compile):\n${r.stdout}\n${r.stderr}`);
  }, 300_000);

  function setupKwargs(): { scripts: string[]; install_requires: string[] } {
    const setup = readFileSync(join(python, 'setup.py'), 'utf8');
    return JSON.parse(setup.slice(setup.indexOf('"""') + 3, setup.lastIndexOf('"""')));
  }

  test('setup.py installs a switchyard script, and the package requires aws-cdk-lib from the 2.235 floor', () => {
    const kwargs = setupKwargs();
    expect(kwargs.scripts).toEqual(['src/cdk_switchyard/_jsii/bin/switchyard']);
    expect(kwargs.install_requires).toContain('aws-cdk-lib>=2.235.0, <3.0.0');
  });

  test('the script compiles and runs the npm package\'s switchyard bin with its arguments', () => {
    const script = join(python, 'src', 'cdk_switchyard', '_jsii', 'bin', 'switchyard');
    const text = readFileSync(script, 'utf8');
    expect(text).toMatch(/invokeBinScript\(\s*"cdk-switchyard",\s*"switchyard",\s*sys\.argv\[1:\]/);
    const compiled = spawnSync('python3', ['-c', 'import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)', script, join(work, 'script.pyc')], { encoding: 'utf8' });
    expect([compiled.status, compiled.stderr]).toEqual([0, '']);
  });

  test('the bin in the tarball the Python package carries lints a template, exit code and rule id included', () => {
    const jsiiDir = join(python, 'src', 'cdk_switchyard', '_jsii');
    const tarball = readdirSync(jsiiDir).find(f => f.endsWith('.jsii.tgz'));
    expect(tarball).toBeDefined();
    const unpacked = join(work, 'unpacked');
    mkdirSync(unpacked);
    const untar = spawnSync('tar', ['xzf', join(jsiiDir, tarball!), '-C', unpacked], { encoding: 'utf8' });
    expect(untar.status).toBe(0);
    const pkg = JSON.parse(readFileSync(join(unpacked, 'package', 'package.json'), 'utf8')) as { bin: Record<string, string> };
    const bin = join(unpacked, 'package', pkg.bin.switchyard);
    expect(existsSync(bin)).toBe(true);

    const template = join(work, 'template.yaml');
    writeFileSync(template, SLOW_INTEGRATION);
    // Run from the temporary folder, so nothing of this repository's node_modules can be found.
    const lint = spawnSync(process.execPath, [bin, 'lint', template, '--format', 'json'], { cwd: work, encoding: 'utf8' });
    expect([lint.status, lint.stderr]).toEqual([1, '']);
    const findings = (JSON.parse(lint.stdout) as { findings: Array<{ rule: string; resource: string }> }).findings;
    expect(findings.map(f => [f.rule, f.resource])).toEqual([['integration-timeout', 'Slow']]);
  });
});
