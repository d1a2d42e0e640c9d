import { awscdk, javascript } from 'projen';

const project = new awscdk.AwsCdkConstructLibrary({
  name: 'cdk-switchyard',
  description:
    'AWS CDK constructs for Amazon API Gateway v2 (HTTP and WebSocket APIs) that catch at synth what API Gateway rejects at deploy time, and run mapping templates locally.',
  author: 'Switchyard',
  authorAddress: 'founders@switchyard.dev',
  repositoryUrl: 'https://github.com/switchyard/cdk-switchyard.git',
  keywords: ['cdk', 'aws-cdk', 'apigateway', 'apigatewayv2', 'websocket', 'http-api', 'vtl', 'linter'],
  defaultReleaseBranch: 'main',
  packageManager: javascript.NodePackageManager.NPM,
  projenrcTs: true,

  // Peer floor: the first aws-cdk-lib whose ICertificate extends ICertificateRef (2.234.1 does not); the
  // aws-cdk-lib `interfaces` module of the *Ref types the drop-in API uses came in 2.224.0, CfnRoutingRule in 2.197.
  cdkVersion: '2.235.0',
  constructsVersion: '10.8.1',
  peerDependencyOptions: { pinnedDevDependency: false },
  jsiiVersion: '~6.0.0',

  // Nothing here can reach GitHub.
  github: false,
  release: false,
  depsUpgrade: false,
  buildWorkflow: false,
  pullRequestTemplate: false,

  // Bundled: jsii libraries may only expose jsii types, so these stay behind our own types.
  // The template parser, evaluator, JSONPath and regular expressions are the library's own (bounded, linear);
  // velocityjs remains a dev dependency: the parser's differential tests and bench/render.ts compare with it.
  bundledDeps: ['yaml@^2.8.0'],
  devDeps: [
    'aws-cdk-lib@2.276.0',
    'constructs@10.8.1',
    'fast-check@^4',
    'ajv@^8',
    '@aws-cdk/aws-service-spec',
    'aws-cdk@2.1148.1',
    'esbuild@^0.25',
    // js-yaml reads ordinary YAML templates about five times faster than yaml, which stays the exact reader
    // (positions, duplicate keys, unknown tags): src/cli/cfn-yaml-fast.ts. It is built into lib/bundle.js (40 KB,
    // evaluated only when a YAML file is read), so the package carries no copy of it.
    'js-yaml@^4.1.0',
    '@types/js-yaml@^4',
    'velocityjs@2.1.7',
    // An integration-test app's shape (IntegTest and its assertion stack) under Switchyard.check.
    '@aws-cdk/integ-tests-alpha@2.245.0-alpha.0',
    // The L3 patterns' tests run the AwsSolutions pack over each pattern's stack.
    'cdk-nag@3.0.2',
  ],
  bin: { switchyard: 'lib/cli/main.js' },

  publishToPypi: { distName: 'cdk-switchyard', module: 'cdk_switchyard' },
  publishToMaven: {
    javaPackage: 'dev.switchyard.cdk',
    mavenGroupId: 'dev.switchyard',
    mavenArtifactId: 'cdk-switchyard',
  },
  publishToNuget: { dotNetNamespace: 'Switchyard.Cdk', packageId: 'Switchyard.Cdk' },
  publishToGo: { moduleName: 'github.com/switchyard/cdk-switchyard-go' },

  jestOptions: {
    jestConfig: {
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/cdk.out/'],
      // The machine has 2 cores; jest's default (cores - 1) leaves one idle.
      maxWorkers: 2,
    },
  },
  gitignore: ['cdk.out', 'examples/**/cdk.out', '.demo', 'bench/results', 'bench/.install', '/tmp-*'],
  npmignoreEnabled: true,
});

// unrs-resolver 1.13.0 lists platform bindings the registry here does not serve: `npm ci` fails on it.
project.package.addField('overrides', { 'unrs-resolver': '1.12.2' });

// aws-cdk-lib's built-in CloudFormation schema check costs ~1.4 s per process: off for unit tests; the
// schema tests switch it back on explicitly.
project.testTask.env('CDK_VALIDATION', 'false');
project.testTask.env('JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION', '20');
project.compileTask.env('JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION', '20');

// The package entry is bundled into one module: loading 250 small modules cost `cdk synth` about 90 ms of
// resolving and compiling, the bundle a third of that. Its exports are lazy (build-tools/lazy-entry.js), so
// an app runs only the modules it uses. jsii's kernel and TypeScript users only see the entry's exports
// (the .d.ts files and the .jsii assembly are jsii's own); the CLI runs from the same bundle (see below). The
// runtime dependency, yaml, stays outside and is loaded on first use.
project.compileTask.exec('node build-tools/lazy-entry.js .jsii write lib/lazy-entry.js');
project.compileTask.exec([
  'esbuild lib/lazy-entry.js --bundle --platform=node --format=cjs --target=node18 --log-level=warning',
  '--external:aws-cdk-lib --external:constructs --external:yaml',
  // The first line marks the file as this library's bundle: the entry runs no other bundle.js it may find.
  '--banner:js=//cdk-switchyard-bundle --allow-overwrite --outfile=lib/bundle.js',
].join(' '));
// The entry runs the bundle with a V8 code cache kept in lib/.v8-cache/ (build-tools/entry-loader.js).
project.compileTask.exec('node build-tools/lazy-entry.js .jsii loader lib/index.js');
// Nor the folders a test or a benchmark makes in lib/ (lib/.entry-test-*, lib/.pack-test-*): no dot folder of lib/.
project.npmignore?.exclude('/lib/.v8-cache/', '/lib/.*/');
project.compileTask.exec('node -e "require(\'fs\').rmSync(\'lib/lazy-entry.js\')"');
// The package holds the library once: the bundle, which also carries the CLI. Measured on one HTTP API synth
// (CPU time of loading the library and synthesizing, median of 11 processes), the bundle took 275 to 300 ms
// and a lazy entry over the separate modules 313 to 377 ms; jsii's kernel loads the same entry. So the
// `switchyard` command becomes a small executable that runs the CLI from the bundle, and lib/ keeps only the
// entry, the bundle, the command and the declarations lib/index.d.ts reaches (build-tools/prune-lib.js).
project.compileTask.exec('node build-tools/lazy-entry.js .jsii bin lib/cli/main.js');
project.compileTask.exec('node build-tools/prune-lib.js lib');

// ts-jest compiles tests one file at a time without type-checking them (isolatedModules): type-check the
// tests, the example apps and the benchmarks as a whole before they run, so a README snippet or a test with a type error fails.
project.testTask.prependExec('tsc --noEmit -p bench/tsconfig.json');
project.testTask.prependExec('tsc --noEmit -p examples/tsconfig.json');
project.testTask.prependExec('tsc --noEmit -p test/tsconfig.json --isolatedModules false');

// Every TypeScript example of README.md and of the API docs must compile: jsii-rosetta in strict mode, with the
// declarations in rosetta/default.ts-fixture. It reads the README stored in .jsii, so it runs in the test task,
// after compile; its tablet (.jsii.tabl.json) is a cache of that build and ships in the package.
const rosetta = project.addTask('rosetta:extract', {
  description: 'Compile every TypeScript example of README.md and the API docs with jsii-rosetta (strict)',
  env: { JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION: '20' },
  exec: 'jsii-rosetta extract --strict --batch 1000 .',
});
project.testTask.spawn(rosetta);
project.gitignore.exclude('/.jsii.tabl.json');
project.npmignore?.exclude('/rosetta/', '/build-tools/', '/bench/');
// Nothing a user does not run or read: the example apps and CI script stay in the repository, and so does
// what a local build, demo or benchmark leaves (test/package/pack.test.ts checks the file list).
project.npmignore?.exclude('/examples/', '/.ci/', '/.demo/', 'cdk.out', '/tmp-*');

// The Python API reference next to API.md: jsii-docgen writes Python signatures and translates the examples.
// Not shipped in the npm package (Construct Hub renders its own).
project.tasks.tryFind('docgen')?.exec('jsii-docgen -l python -o API.python.md');
project.npmignore?.exclude('/API.python.md');

// RULES.md is generated from the rule registry after compile; a test fails when it drifts.
project.postCompileTask.exec('node lib/cli/main.js rules --format markdown > RULES.md');

// `npm test` is the README's test command and what CI runs: the whole build (jsii compile, API.md, RULES.md,
// jest, eslint, packaging), so the CLI tests run against the compiled binary.
project.package.setScript('test', 'npx projen build');

// The demo: synthesize the example apps, lint their cloud assemblies, render a sample template.
const demo = project.addTask('demo', {
  description: 'Synthesize the example apps, lint them with switchyard, render a sample mapping template',
  env: { JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION: '20' },
});
demo.spawn(project.compileTask);
demo.exec('node examples/run-demo.js');

project.synth();
