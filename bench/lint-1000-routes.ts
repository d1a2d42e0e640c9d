/**
 * `switchyard lint` on a generated 1,000-route HTTP API: the whole process, start to exit (target: under 1 s).
 * Run after a compile: `npx ts-node --transpile-only bench/lint-1000-routes.ts [--routes N] [--runs N] [--yaml]
 * [--routes-only] [--bin lib/cli/main.js]`. `--yaml` writes the same template as hand-written YAML with short-form
 * tags, `--routes-only` the lighter shape of one Route resource per route (`httpRoutesYaml`, or as JSON
 * `httpRoutesTemplate`; targets: 10,000 routes as YAML under 1.5 s, 100,000 as JSON under 2 s). Prints one line per
 * measure; a measure, never a test.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

/** The shape the CDK emits for an HttpApi with one Lambda integration per route, plus a logged stage. */
export function httpApiTemplate(routes: number): object {
  const resources: Record<string, unknown> = {
    Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'bench', ProtocolType: 'HTTP' } },
    Logs: { Type: 'AWS::Logs::LogGroup' },
    Stage: {
      Type: 'AWS::ApiGatewayV2::Stage',
      Properties: {
        ApiId: { Ref: 'Api' },
        StageName: '$default',
        AutoDeploy: true,
        AccessLogSettings: {
          DestinationArn: { 'Fn::GetAtt': ['Logs', 'Arn'] },
          Format: '{"requestId":"$context.requestId","status":"$context.status"}',
        },
      },
    },
  };
  for (let i = 0; i < routes; i++) {
    resources[`Fn${i}`] = { Type: 'AWS::Lambda::Function', Properties: { Runtime: 'nodejs20.x', Handler: 'index.handler' } };
    resources[`Integration${i}`] = {
      Type: 'AWS::ApiGatewayV2::Integration',
      Properties: {
        ApiId: { Ref: 'Api' },
        IntegrationType: 'AWS_PROXY',
        IntegrationUri: { 'Fn::GetAtt': [`Fn${i}`, 'Arn'] },
        PayloadFormatVersion: '2.0',
        TimeoutInMillis: 29000,
      },
    };
    resources[`Route${i}`] = {
      Type: 'AWS::ApiGatewayV2::Route',
      Properties: {
        ApiId: { Ref: 'Api' },
        RouteKey: `GET /items/r${i}/{id}`,
        AuthorizationType: 'NONE',
        Target: { 'Fn::Join': ['', ['integrations/', { Ref: `Integration${i}` }]] },
      },
    };
    resources[`Permission${i}`] = {
      Type: 'AWS::Lambda::Permission',
      Properties: {
        Action: 'lambda:InvokeFunction',
        FunctionName: { 'Fn::GetAtt': [`Fn${i}`, 'Arn'] },
        Principal: 'apigateway.amazonaws.com',
        SourceArn: { 'Fn::Sub': `arn:\${AWS::Partition}:execute-api:\${AWS::Region}:\${AWS::AccountId}:\${Api}/*/GET/items/r${i}/*` },
      },
    };
  }
  return { Resources: resources };
}

/** The same template as `httpApiTemplate`, as a person writes it in YAML: block style and short-form tags. */
export function httpApiYaml(routes: number): string {
  const lines = [
    'Resources:',
    '  Api:',
    '    Type: AWS::ApiGatewayV2::Api',
    '    Properties: { Name: bench, ProtocolType: HTTP }',
    '  Logs:',
    '    Type: AWS::Logs::LogGroup',
    '  Stage:',
    '    Type: AWS::ApiGatewayV2::Stage',
    '    Properties:',
    '      ApiId: !Ref Api',
    '      StageName: $default',
    '      AutoDeploy: true',
    '      AccessLogSettings:',
    '        DestinationArn: !GetAtt Logs.Arn',
    '        Format: \'{"requestId":"$context.requestId","status":"$context.status"}\'',
  ];
  for (let i = 0; i < routes; i++) {
    lines.push(
      `  Fn${i}:`,
      '    Type: AWS::Lambda::Function',
      '    Properties:',
      '      Runtime: nodejs20.x',
      '      Handler: index.handler',
      `  Integration${i}:`,
      '    Type: AWS::ApiGatewayV2::Integration',
      '    Properties:',
      '      ApiId: !Ref Api',
      '      IntegrationType: AWS_PROXY',
      `      IntegrationUri: !GetAtt Fn${i}.Arn`,
      '      PayloadFormatVersion: 2.0',
      '      TimeoutInMillis: 29000',
      `  Route${i}:`,
      '    Type: AWS::ApiGatewayV2::Route',
      '    Properties:',
      '      ApiId: !Ref Api',
      `      RouteKey: GET /items/r${i}/{id}`,
      '      AuthorizationType: NONE',
      `      Target: !Join ['', [integrations/, !Ref Integration${i}]]`,
      `  Permission${i}:`,
      '    Type: AWS::Lambda::Permission',
      '    Properties:',
      '      Action: lambda:InvokeFunction',
      `      FunctionName: !GetAtt Fn${i}.Arn`,
      '      Principal: apigateway.amazonaws.com',
      `      SourceArn: !Sub 'arn:\${AWS::Partition}:execute-api:\${AWS::Region}:\${AWS::AccountId}:\${Api}/*/GET/items/r${i}/*'`,
    );
  }
  return lines.join('\n') + '\n';
}

/** `httpRoutesYaml` as the object its JSON form holds: one Route resource per route, all on one integration. */
export function httpRoutesTemplate(routes: number): object {
  const resources: Record<string, unknown> = {
    Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'bench', ProtocolType: 'HTTP' } },
    Integration: {
      Type: 'AWS::ApiGatewayV2::Integration',
      Properties: {
        ApiId: { Ref: 'Api' },
        IntegrationType: 'AWS_PROXY',
        IntegrationUri: { 'Fn::GetAtt': ['Fn', 'Arn'] },
        PayloadFormatVersion: '2.0',
      },
    },
  };
  for (let i = 0; i < routes; i++) {
    resources[`Route${i}`] = {
      Type: 'AWS::ApiGatewayV2::Route',
      Properties: { ApiId: { Ref: 'Api' }, RouteKey: `GET /items/r${i}/{id}`, Target: { 'Fn::Sub': 'integrations/${Integration}' } },
    };
  }
  return { Resources: resources };
}

/**
 * The lighter shape of a YAML template with many routes: one Route resource per route, all on one integration
 * (about 170 bytes a route, against about 860 for `httpApiYaml`).
 */
export function httpRoutesYaml(routes: number): string {
  const lines = [
    'Resources:',
    '  Api:',
    '    Type: AWS::ApiGatewayV2::Api',
    '    Properties: { Name: bench, ProtocolType: HTTP }',
    '  Integration:',
    '    Type: AWS::ApiGatewayV2::Integration',
    '    Properties:',
    '      ApiId: !Ref Api',
    '      IntegrationType: AWS_PROXY',
    '      IntegrationUri: !GetAtt Fn.Arn',
    '      PayloadFormatVersion: 2.0',
  ];
  for (let i = 0; i < routes; i++) {
    lines.push(
      `  Route${i}:`,
      '    Type: AWS::ApiGatewayV2::Route',
      '    Properties:',
      '      ApiId: !Ref Api',
      `      RouteKey: GET /items/r${i}/{id}`,
      '      Target: !Sub integrations/${Integration}',
    );
  }
  return lines.join('\n') + '\n';
}

/** The resources of a YAML template written above: its writers put each logical id, and nothing else, at an indent of two. */
export function yamlResourceCount(text: string): number {
  return text.split('\n').filter(line => /^ {2}[A-Za-z0-9]+:$/.test(line)).length;
}

/**
 * The target the header states for this shape and size, or undefined where it states none: 1,000 routes of the
 * CDK's four resources as JSON under 1 s, 10,000 routes as YAML with `--routes-only` under 1.5 s, 100,000 routes
 * as JSON with `--routes-only` under 2 s.
 */
export function targetMs(routes: number, yaml: boolean, routesOnly: boolean): number | undefined {
  if (!routesOnly && !yaml && routes === 1000) return 1000;
  if (routesOnly && yaml && routes === 10000) return 1500;
  if (routesOnly && !yaml && routes === 100000) return 2000;
  return undefined;
}

function main() {
  const routes = Number(option('routes', '1000'));
  const runs = Number(option('runs', '5'));
  const bin = resolve(option('bin', join(__dirname, '..', 'lib', 'cli', 'main.js')));
  if (!existsSync(bin)) {
    process.stderr.write(`bench: ${bin} does not exist; compile first (or pass --bin)\n`);
    process.exitCode = 2;
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-bench-'));
  try {
    const yaml = process.argv.includes('--yaml');
    const file = join(dir, yaml ? 'api.template.yaml' : 'api.template.json');
    const routesOnly = process.argv.includes('--routes-only');
    // Only the template written is built: the four-resource shape is 400,003 objects at 100,000 routes.
    const template = yaml ? undefined : (routesOnly ? httpRoutesTemplate(routes) : httpApiTemplate(routes)) as { Resources: object };
    const text = template ? JSON.stringify(template, null, 1) : (routesOnly ? httpRoutesYaml(routes) : httpApiYaml(routes));
    writeFileSync(file, text);
    const resources = template ? Object.keys(template.Resources).length : yamlResourceCount(text);
    const times: number[] = [];
    let code: number | null = null;
    let findings = 0;
    for (let i = 0; i < runs; i++) {
      const start = process.hrtime.bigint();
      const r = spawnSync(process.execPath, [bin, 'lint', '--format', 'json', file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      code = r.status;
      if (r.status === 2) throw new Error(`lint failed: ${r.stderr}`);
      findings = (JSON.parse(r.stdout) as { findings: unknown[] }).findings.length;
    }
    // A bare `node -e 0` shows how much of the time is Node's own start-up.
    const nodeStart = process.hrtime.bigint();
    spawnSync(process.execPath, ['-e', '0']);
    const nodeMs = Number(process.hrtime.bigint() - nodeStart) / 1e6;
    times.sort((a, b) => a - b);
    const target = targetMs(routes, yaml, routesOnly);
    const median = times[Math.floor(times.length / 2)];
    process.stdout.write(`lint ${routes} routes as ${yaml ? 'YAML' : 'JSON'} (${resources} resources): median ${median.toFixed(0)} ms, min ${times[0].toFixed(0)} ms, `
      + `max ${times[times.length - 1].toFixed(0)} ms over ${runs} processes (node alone ${nodeMs.toFixed(0)} ms); `
      + `exit ${code}, ${findings} findings; `
      + (target === undefined ? 'no target stated for this shape and size\n' : `target < ${target} ms: ${median < target ? 'met' : 'MISSED'}\n`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) main();
