/**
 * Synth of the same WebSocket API shape with aws-cdk-lib's `WebSocketApi` and with Switchyard's, side by
 * side in one run: N custom routes, each with its own Lambda proxy integration (and the Lambda permission
 * each needs), plus a named auto-deploy stage. Switchyard's figure includes its checks at construction
 * and its rules at synth; both stages are without access logs. Each sample is a fresh process
 * (module loading included, as `cdk synth` pays it); times are medians, the ratio the median of paired runs. The built-in
 * CloudFormation schema check is off (CDK_VALIDATION=false), as in bench/check-overhead.ts.
 *
 *   npx projen compile && npx ts-node --transpile-only bench/websocket-synth.ts [routes...]   (default: 100 500)
 *   SWITCHYARD_LIB=<dir> points at another compiled copy of the library (default: a copy of ../lib in
 *   bench/.install/node_modules, as an app has it).
 */
import { FIRST_RUN, interleaved, loadSwitchyard, median, ratioText } from './harness';

function child(routes: number, library: string): void {
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
    const sy = loadSwitchyard(library);
    const { WebSocketRouteKey } = sy;
    const api = new sy.WebSocketApi(stack, 'Api', { connectRouteOptions: { integration: new sy.WebSocketLambdaIntegration('Connect', fn) } });
    for (let i = 0; i < routes; i++) api.addRoute(WebSocketRouteKey.custom(`r${i}`), { integration: new sy.WebSocketLambdaIntegration(`I${i}`, fn) });
    // The same stage as aws-cdk-lib's: without the access logs Switchyard's stages have by default.
    new sy.WebSocketStage(stack, 'Prod', { webSocketApi: api, stageName: 'prod', accessLogging: { enabled: false } });
  }
  app.synth();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stdout.write(JSON.stringify({ ms, rssMb: process.resourceUsage().maxRSS / 1024 }));
}

interface Sample { ms: number; rssMb: number }

if (process.argv[2] === 'child') {
  child(Number(process.argv[3]), process.argv[4]);
} else {
  const sizes = process.argv.slice(2).map(Number);
  console.log('| routes | aws-cdk-lib WebSocketApi (ms) | Switchyard WebSocketApi (ms) | ratio (95% interval) | Switchyard, first synth on the machine (ms) | ratio (95% interval) | peak RSS aws-cdk-lib / Switchyard (MB) |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|');
  for (const routes of sizes.length ? sizes : [100, 500]) {
    const [base, ours, first] = interleaved<Sample>(__filename, routes, ['aws-cdk-lib', 'switchyard', FIRST_RUN]);
    const ms = (xs: Sample[]) => median(xs.map(x => x.ms)).toFixed(0);
    const ratio = (xs: Sample[]) => ratioText(xs.map(x => x.ms), base.map(x => x.ms));
    console.log(`| ${routes} | ${ms(base)} | ${ms(ours)} | ${ratio(ours)} | ${ms(first)} | ${ratio(first)} | ${median(base.map(x => x.rssMb)).toFixed(0)} / ${median(ours.map(x => x.rssMb)).toFixed(0)} |`);
  }
}
