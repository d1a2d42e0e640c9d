/**
 * Synth time and peak memory of the same HTTP API (N routes, each with its own Lambda integration and a
 * parameter mapping) built with Switchyard's constructs (validation included: they register the rule
 * engine) and with aws-cdk-lib's L2s, side by side in one run. Each sample is a fresh process (module
 * loading included, as `cdk synth` pays it); times are medians, the ratio the median of paired runs. The built-in
 * CloudFormation schema check is off (CDK_VALIDATION=false) for both.
 *
 *   npx projen compile && npx ts-node --transpile-only bench/http-synth.ts [routes...]   (default: 100 500)
 *
 * SWITCHYARD_LIB points at the compiled library (default: a copy of ../lib in bench/.install/node_modules, as an app has it).
 */
import { FIRST_RUN, interleaved, loadSwitchyard, median, ratioText } from './harness';

function child(routes: number, kind: string): void {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const start = process.hrtime.bigint();
  const { App, Stack } = require('aws-cdk-lib') as typeof import('aws-cdk-lib');
  const lambda = require('aws-cdk-lib/aws-lambda') as typeof import('aws-cdk-lib/aws-lambda');
  // 500 routes make 1,500 resources: lift the 500-resource stack limit, as a real app would split stacks.
  const app = new App({ outdir: process.env.BENCH_OUTDIR, context: { '@aws-cdk/core:stackResourceLimit': 5000 } });
  const stack = new Stack(app, 'Bench');
  const fn = new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler=async()=>({})') });
  if (kind === 'aws-cdk-lib') {
    const v2 = require('aws-cdk-lib/aws-apigatewayv2') as typeof import('aws-cdk-lib/aws-apigatewayv2');
    const { HttpLambdaIntegration } = require('aws-cdk-lib/aws-apigatewayv2-integrations') as typeof import('aws-cdk-lib/aws-apigatewayv2-integrations');
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
  } else {
    const sy = loadSwitchyard(kind);
    // The same API as aws-cdk-lib's default: no access logs on the default stage.
    const api = new sy.HttpApi(stack, 'Api', { defaultStageOptions: { accessLogging: false } });
    for (let i = 0; i < routes; i++) {
      api.addRoutes({
        path: `/r${i}/{id}`,
        methods: [sy.HttpMethod.GET],
        integration: new sy.HttpLambdaIntegration(`I${i}`, fn, {
          parameterMapping: sy.ParameterMapping.combine(
            new sy.ParameterMapping().appendHeader('x-route', sy.MappingValue.staticValue(`r${i}`)),
            new sy.ParameterMapping().overwritePath(sy.MappingValue.requestPathParam('id')),
          ),
        }),
      });
    }
  }
  app.synth();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rssMb = process.resourceUsage().maxRSS / 1024;
  const resources = Object.keys(app.synth().getStackByName('Bench').template.Resources).length;
  process.stdout.write(JSON.stringify({ ms, rssMb, resources }));
}

interface Sample { ms: number; rssMb: number; resources: number }

if (process.argv[2] === 'child') {
  child(Number(process.argv[3]), process.argv[4]);
} else {
  const sizes = process.argv.slice(2).map(Number);
  console.log('| routes | resources (ours / theirs) | aws-cdk-lib L2 (ms) | Switchyard, validation included (ms) | ratio (95% interval) | Switchyard, first synth on the machine (ms) | ratio (95% interval) | peak RSS aws-cdk-lib / Switchyard (MB) |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const routes of sizes.length ? sizes : [100, 500]) {
    const [theirs, ours, first] = interleaved<Sample>(__filename, routes, ['aws-cdk-lib', 'switchyard', FIRST_RUN]);
    const ms = (xs: Sample[]) => median(xs.map(x => x.ms)).toFixed(0);
    const ratio = (xs: Sample[]) => ratioText(xs.map(x => x.ms), theirs.map(x => x.ms));
    console.log(`| ${routes} | ${ours[0].resources} / ${theirs[0].resources} | ${ms(theirs)} | ${ms(ours)} | ${ratio(ours)} | ${ms(first)} | ${ratio(first)} | ${median(theirs.map(x => x.rssMb)).toFixed(0)} / ${median(ours.map(x => x.rssMb)).toFixed(0)} |`);
  }
}
