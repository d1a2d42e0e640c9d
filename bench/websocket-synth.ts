/**
 * Synth of the same WebSocket API shape with aws-cdk-lib's `WebSocketApi` and with Switchyard's, side by
 * side in one run: N custom routes, each with its own Lambda proxy integration (and the Lambda permission
 * each needs), plus a named auto-deploy stage. Switchyard's figure includes its checks at construction
 * and its rules at synth (and its access log group, on by default). Each sample is a fresh process
 * (module loading included, as `cdk synth` pays it); times are medians, the ratio the median of paired runs. The built-in
 * CloudFormation schema check is off (CDK_VALIDATION=false), as in bench/check-overhead.ts.
 *
 *   npx projen compile && npx ts-node --transpile-only bench/websocket-synth.ts [routes...]   (default: 100 500)
 *   SWITCHYARD_LIB=<dir> points at another compiled copy of the library (default: ../lib).
 */
import { join, resolve } from 'path';
import { interleaved, median, pairedRatio } from './harness';

function child(routes: number, library: 'aws-cdk-lib' | 'switchyard'): void {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const start = process.hrtime.bigint();
  const { App, Stack } = require('aws-cdk-lib') as typeof import('aws-cdk-lib');
  const lambda = require('aws-cdk-lib/aws-lambda') as typeof import('aws-cdk-lib/aws-lambda');
  // 500 routes make 1,500 resources: lift the 500-resource stack limit, as a real app would split stacks.
  const app = new App({ outdir: process.env.BENCH_OUTDIR, context: { '@aws-cdk/core:stackResourceLimit': 5000 } });
  const stack = new Stack(app, 'Bench');
  const fn = new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler=async()=>({})') });
  if (library === 'aws-cdk-lib') {
    const v2 = require('aws-cdk-lib/aws-apigatewayv2') as typeof import('aws-cdk-lib/aws-apigatewayv2');
    const { WebSocketLambdaIntegration } = require('aws-cdk-lib/aws-apigatewayv2-integrations') as typeof import('aws-cdk-lib/aws-apigatewayv2-integrations');
    const api = new v2.WebSocketApi(stack, 'Api', { connectRouteOptions: { integration: new WebSocketLambdaIntegration('Connect', fn) } });
    for (let i = 0; i < routes; i++) api.addRoute(`r${i}`, { integration: new WebSocketLambdaIntegration(`I${i}`, fn) });
    new v2.WebSocketStage(stack, 'Prod', { webSocketApi: api, stageName: 'prod', autoDeploy: true });
  } else {
    const lib = resolve(process.env.SWITCHYARD_LIB ?? join(__dirname, '..', 'lib'));
    const sy = require(lib) as typeof import('../src');
    const { WebSocketRouteKey } = sy;
    const api = new sy.WebSocketApi(stack, 'Api', { connectRouteOptions: { integration: new sy.WebSocketLambdaIntegration('Connect', fn) } });
    for (let i = 0; i < routes; i++) api.addRoute(WebSocketRouteKey.custom(`r${i}`), { integration: new sy.WebSocketLambdaIntegration(`I${i}`, fn) });
    new sy.WebSocketStage(stack, 'Prod', { webSocketApi: api, stageName: 'prod' });
  }
  app.synth();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stdout.write(JSON.stringify({ ms, rssMb: process.resourceUsage().maxRSS / 1024 }));
}

interface Sample { ms: number; rssMb: number }

if (process.argv[2] === 'child') {
  child(Number(process.argv[3]), process.argv[4] as 'aws-cdk-lib' | 'switchyard');
} else {
  const sizes = process.argv.slice(2).map(Number);
  console.log('| routes | aws-cdk-lib WebSocketApi (ms) | Switchyard WebSocketApi (ms) | ratio (median of paired runs) | peak RSS aws-cdk-lib / Switchyard (MB) |');
  console.log('|---:|---:|---:|---:|---:|');
  for (const routes of sizes.length ? sizes : [100, 500]) {
    const [base, ours] = interleaved<Sample>(__filename, routes, 'aws-cdk-lib', 'switchyard');
    const b = median(base.map(x => x.ms));
    const o = median(ours.map(x => x.ms));
    console.log(`| ${routes} | ${b.toFixed(0)} | ${o.toFixed(0)} | ${pairedRatio(ours.map(x => x.ms), base.map(x => x.ms)).toFixed(2)}x | ${median(base.map(x => x.rssMb)).toFixed(0)} / ${median(ours.map(x => x.rssMb)).toFixed(0)} |`);
  }
}
