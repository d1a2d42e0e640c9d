/**
 * What Switchyard.check adds to synth: the same aws-cdk-lib HttpApi (N routes, each with its own Lambda
 * integration and a parameter mapping) synthesized with and without `Switchyard.check`, side by side in
 * one run. Each sample is a fresh process (module loading included, as `cdk synth` pays it); times are
 * medians, the ratio the median of paired runs. The built-in CloudFormation schema check is off (CDK_VALIDATION=false) so
 * that the difference is ours alone.
 *
 *   npx projen compile && npx ts-node --transpile-only bench/check-overhead.ts [routes...]   (default: 100 500)
 */
import { interleaved, loadSwitchyard, median, pairedRatio } from './harness';

function child(routes: number, withCheck: boolean): void {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const start = process.hrtime.bigint();
  const { App, Stack } = require('aws-cdk-lib') as typeof import('aws-cdk-lib');
  const v2 = require('aws-cdk-lib/aws-apigatewayv2') as typeof import('aws-cdk-lib/aws-apigatewayv2');
  const { HttpLambdaIntegration } = require('aws-cdk-lib/aws-apigatewayv2-integrations') as typeof import('aws-cdk-lib/aws-apigatewayv2-integrations');
  const lambda = require('aws-cdk-lib/aws-lambda') as typeof import('aws-cdk-lib/aws-lambda');
  // 500 routes make 1,500 resources: lift the 500-resource stack limit, as a real app would split stacks.
  const app = new App({ outdir: process.env.BENCH_OUTDIR, context: { '@aws-cdk/core:stackResourceLimit': 5000 } });
  const stack = new Stack(app, 'Bench');
  const fn = new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler=async()=>({})') });
  const api = new v2.HttpApi(stack, 'Api');
  for (let i = 0; i < routes; i++) {
    api.addRoutes({
      path: `/r${i}/{id}`,
      methods: [v2.HttpMethod.GET],
      integration: new HttpLambdaIntegration(`I${i}`, fn, {
        parameterMapping: new v2.ParameterMapping().appendHeader('x-route', v2.MappingValue.custom(`r${i}`)).overwritePath(v2.MappingValue.requestPathParam('id')),
      }),
    });
  }
  // The compiled library, as users load it (run `npx projen compile` first; SWITCHYARD_LIB points elsewhere).
  const { Switchyard } = withCheck ? loadSwitchyard('switchyard') : { Switchyard: undefined };
  Switchyard?.check(app);
  app.synth();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rssMb = process.resourceUsage().maxRSS / 1024;
  // The engine alone, timed once more after synth: `findings` renders the stack's API Gateway resources again,
  // builds the model and runs every rule. Its code has run once by then (at synth), so this is the engine's
  // cost warm, plus a rendering that synth does not pay.
  const engineStart = process.hrtime.bigint();
  Switchyard?.findings(stack);
  const engineMs = Number(process.hrtime.bigint() - engineStart) / 1e6;
  process.stdout.write(JSON.stringify({ ms, rssMb, engineMs }));
}

interface Sample { ms: number; rssMb: number; engineMs: number }

if (process.argv[2] === 'child') {
  child(Number(process.argv[3]), process.argv[4] === 'true');
} else {
  const sizes = process.argv.slice(2).map(Number);
  console.log('| routes | aws-cdk-lib synth (ms) | + Switchyard.check (ms) | ratio (median of paired runs) | engine alone (ms) | engine share | peak RSS without / with (MB) |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|');
  for (const routes of sizes.length ? sizes : [100, 500]) {
    const [base, checked] = interleaved<Sample>(__filename, routes, ['false', 'true']);
    const b = median(base.map(x => x.ms));
    const c = median(checked.map(x => x.ms));
    const e = median(checked.map(x => x.engineMs));
    console.log(`| ${routes} | ${b.toFixed(0)} | ${c.toFixed(0)} | ${pairedRatio(checked.map(x => x.ms), base.map(x => x.ms)).toFixed(2)}x | ${e.toFixed(1)} | ${(100 * e / c).toFixed(1)}% | ${median(base.map(x => x.rssMb)).toFixed(0)} / ${median(checked.map(x => x.rssMb)).toFixed(0)} |`);
  }
}
