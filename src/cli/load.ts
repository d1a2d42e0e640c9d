import { readdirSync, realpathSync, Stats, statSync } from 'fs';
import { extname, isAbsolute, join, relative, resolve, sep } from 'path';
import { AssemblyManifest, constructPathsByLogicalId, readAssemblyManifest, StackArtifact } from './assembly-manifest';
import type * as CfnYaml from './cfn-yaml';
import type * as CfnYamlFast from './cfn-yaml-fast';
import { CliInputError } from './errors';
import { TemplatePositions } from './file-positions';
import { jsonSource } from './json-source';
import { jsonSyntaxProblem } from './json-syntax';
import type { SourceNode } from './source-node';
import { escapeControls, excerpt } from './terminal-text';
import { resourceKeyOffsets } from './yaml-resource-keys';
import type * as YamlSource from './yaml-source';
import { fileKind, NotRegularFileError, readRegularFileText } from '../private/regular-file';
import { positionOf } from '../private/text-position';

const TEMPLATE_EXTENSIONS = ['.json', '.yaml', '.yml'];
const ASSEMBLY_TEMPLATE = /\.template\.json$/;
/** The CDK writes a nested cloud assembly (a Stage) as `assembly-<id>/` beside the outer one's templates. */
const NESTED_ASSEMBLY = /^assembly-/;
/** How much of a file an error message may quote, at the error's position. */
const EXCERPT_LENGTH = 24;

/** A stack of a cloud assembly, as its manifest gives it. */
export interface AssemblyStack {
  /** The CloudFormation stack name. */
  readonly name: string;
  /** The construct path of each logical id, from the stack's construct metadata (read when first asked). */
  constructPath(logicalId: string): string | undefined;
}

/** A template file to lint, and the stack it is, when a cloud assembly's manifest says so. */
export interface TemplateInput {
  readonly file: string;
  readonly stack?: AssemblyStack;
}

/**
 * The template files the given paths stand for, in a stable order: a file is itself; a directory is a
 * cloud assembly (`cdk.out`): the stacks its `manifest.json` lists and every other `*.template.json` (a
 * nested stack's), then its nested assemblies (those the manifest lists and `assembly-*` folders), in turn.
 */
export function templateFiles(paths: readonly string[]): TemplateInput[] {
  const inputs: TemplateInput[] = [];
  for (const path of paths) {
    const stat = statOrFail(path);
    if (stat.isDirectory()) {
      const root = { path, real: realpathOrFail(path) };
      const found = assemblyTemplates(root, path, new Set());
      // A cloud assembly may hold no stack (an app of stages only, or with no stack yet): nothing to lint there.
      // A folder that is neither an assembly nor holds a template is a mistaken path.
      if (found.length === 0 && !isCloudAssembly(path)) {
        throw new CliInputError(`${path}: no CloudFormation template (*.template.json) in this folder or its nested assemblies`);
      }
      inputs.push(...found);
    } else {
      requireRegularFile(path, stat);
      if (!TEMPLATE_EXTENSIONS.includes(extname(path).toLowerCase())) {
        throw new CliInputError(`${path}: not a template file; expected .json, .yaml or .yml, or a cloud assembly folder`);
      }
      inputs.push({ file: path });
    }
  }
  // `lint cdk.out cdk.out/App.template.json` must not report the same template twice.
  const seen = new Set<string>();
  return inputs.filter(({ file }) => {
    const key = resolve(file);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function isCloudAssembly(dir: string): boolean {
  try {
    return statSync(join(dir, 'manifest.json')).isFile();
  } catch {
    return false;
  }
}

function statOrFail(path: string): Stats {
  try {
    return statSync(path);
  } catch (e) {
    throw new CliInputError(`${path}: ${fsReason(e)}`);
  }
}

function realpathOrFail(path: string): string {
  try {
    return realpathSync(path);
  } catch (e) {
    throw new CliInputError(`${path}: ${fsReason(e)}`);
  }
}

/** What a file that is not a regular one is, in words. */
/** Only regular files are read (see `readRegularFileText`): anything else is refused with one line. */
function requireRegularFile(file: string, stat: Stats): void {
  if (!stat.isFile()) throw new CliInputError(`${file}: ${fileKind(stat)}, expected a regular file`);
}

/**
 * The text of a regular file (UTF-8, without a byte order mark); anything else is refused with one line,
 * without opening it (see `readRegularFileText`).
 */
export function readRegularFile(file: string, what?: string): string {
  const suffix = what ? ` (the ${what})` : '';
  try {
    return readRegularFileText(file);
  } catch (e) {
    if (e instanceof NotRegularFileError) throw new CliInputError(`${e.message}${suffix}`);
    throw new CliInputError(`${file}: ${fsReason(e)}${suffix}`);
  }
}

/** A cloud assembly being searched: the path the user gave, and where it really is. */
interface AssemblyRoot {
  readonly path: string;
  readonly real: string;
}

/**
 * Where `path` (inside the assembly's folder tree) really is, or undefined when it does not exist. A
 * symbolic link out of the assembly is refused: linting `cdk.out` reads nothing else on the disk.
 */
function realPathInside(root: AssemblyRoot, path: string): string | undefined {
  let real: string;
  try {
    real = realpathSync(path);
  } catch (e) {
    if ((e as { code?: unknown } | null)?.code === 'ENOENT') return undefined;
    throw new CliInputError(`${path}: ${fsReason(e)}`);
  }
  const rel = relative(root.real, real);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new CliInputError(`${path}: a symbolic link to outside the cloud assembly ${root.path}; not followed`);
  }
  return real;
}

function assemblyTemplates(root: AssemblyRoot, dir: string, seen: Set<string>): TemplateInput[] {
  const real = realPathInside(root, dir);
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch (e) {
    throw new CliInputError(`${dir}: ${fsReason(e)}`);
  }
  // A symlinked assembly that points back up the tree must not loop.
  if (real === undefined || seen.has(real)) return [];
  seen.add(real);

  const manifest = manifestOf(root, dir);
  const nested = new Set(entries.filter(e => NESTED_ASSEMBLY.test(e)));
  for (const name of manifest.nestedAssemblies) nested.add(name);
  const stacks = new Map(manifest.stacks.map(s => [s.templateFile, s]));
  const templates = new Set(entries.filter(e => ASSEMBLY_TEMPLATE.test(e)));
  for (const name of stacks.keys()) templates.add(name);

  const inputs: TemplateInput[] = [];
  for (const entry of [...templates].sort()) {
    const file = join(dir, entry);
    if (realPathInside(root, file) === undefined) continue; // a dangling link, or a template not written: nothing to lint
    const stat = statOrFail(file);
    if (stat.isDirectory()) continue;
    requireRegularFile(file, stat);
    const stack = stacks.get(entry);
    inputs.push(stack ? { file, stack: assemblyStack(root, dir, stack) } : { file });
  }
  for (const entry of [...nested].sort()) {
    const sub = join(dir, entry);
    // The manifest may name an assembly that was not written: nothing to lint there.
    if (realPathInside(root, sub) === undefined) continue;
    if (statOrFail(sub).isDirectory()) inputs.push(...assemblyTemplates(root, sub, seen));
  }
  return inputs;
}

/**
 * The manifest of an assembly folder. It is a hint only: a missing one or one that does not parse lists
 * nothing (the folder's `*.template.json` and `assembly-*` names are still taken); one that is not a regular
 * file inside the assembly is refused, as a template would be.
 */
function manifestOf(root: AssemblyRoot, dir: string): AssemblyManifest {
  const parsed = readJsonHint(root, join(dir, 'manifest.json'), 'cloud assembly manifest');
  return readAssemblyManifest(parsed);
}

/**
 * A stack of the manifest. Its construct metadata, which names the construct of each logical id when the
 * templates carry no `aws:cdk:path` (an app synthesized without path metadata), is read only when a finding
 * asks, from the manifest or the stack's metadata file (newer assemblies), with the same protections.
 */
function assemblyStack(root: AssemblyRoot, dir: string, artifact: StackArtifact): AssemblyStack {
  let paths: Map<string, string> | undefined;
  return {
    name: artifact.stackName,
    constructPath: logicalId => {
      paths ??= constructPathsByLogicalId(
        artifact.metadata,
        artifact.metadataFile !== undefined ? readJsonHint(root, join(dir, artifact.metadataFile), 'stack metadata') : undefined,
      );
      return paths.get(logicalId);
    },
  };
}

/** A JSON file of the assembly that adds information: undefined when missing or not JSON; refused when not a regular file inside. */
function readJsonHint(root: AssemblyRoot, file: string, what: string): unknown {
  if (realPathInside(root, file) === undefined) return undefined;
  const text = readRegularFile(file, what);
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A template file's content, the keys a YAML file gives twice (CloudFormation keeps the last), and where its values are. */
export interface LoadedTemplate {
  readonly template: unknown;
  readonly duplicateKeys: readonly CfnYaml.DuplicateKey[];
  /** Positions in the file, read only when a finding asks (see file-positions.ts). */
  readonly positions: TemplatePositions;
}

/** Reads and parses one template file (JSON, or YAML with CloudFormation short-form tags). */
export function readTemplate(file: string): LoadedTemplate {
  const text = readRegularFile(file);
  if (extname(file).toLowerCase() === '.json') {
    const template = parseJson(file, text);
    return { template, duplicateKeys: [], positions: new TemplatePositions(() => jsonSource(text), text) };
  }
  // The YAML readers are loaded only for YAML files, the exact one only when it is needed: each costs more
  // start-up time than the rest of the linter. The fast one gives no positions: the exact one reads the file
  // again for them if a finding needs them.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fast = (require('./cfn-yaml-fast') as typeof CfnYamlFast).readCfnYamlFast(text);
  if (fast) {
    const positions = new TemplatePositions(() => yamlPositions(text).root, text, resourceKeysOf(text, fast.value));
    return { template: fast.value, duplicateKeys: [], positions };
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { YamlSyntaxError } = require('./cfn-yaml') as typeof CfnYaml;
  try {
    const { value, duplicateKeys, root } = yamlPositions(text);
    return { template: value, duplicateKeys, positions: new TemplatePositions(() => root, text) };
  } catch (e) {
    if (e instanceof YamlSyntaxError) {
      const where = e.line !== undefined ? ` at line ${e.line}, column ${e.column ?? 1}` : '';
      // The parser's sentence may quote the text (a repeated key): keep it short.
      throw new CliInputError(`${file}: invalid YAML${where}: ${excerpt(e.message.split('\n')[0], 200)}`);
    }
    throw e;
  }
}

/** Where a block-style YAML template writes each logical id, read from its lines when first asked. */
function resourceKeysOf(text: string, template: unknown): (logicalId: string) => number | undefined {
  let offsets: Map<string, number> | undefined | null = null;
  return (logicalId) => {
    if (offsets === null) {
      const resources = (template as { Resources?: unknown } | null)?.Resources;
      offsets = resources && typeof resources === 'object' ? resourceKeyOffsets(text, Object.keys(resources)) : undefined;
    }
    return offsets?.get(logicalId);
  };
}

/** The exact YAML reader's value and duplicate keys, and the source nodes of the file for positions. */
function yamlPositions(text: string): { value: unknown; duplicateKeys: readonly CfnYaml.DuplicateKey[]; root: SourceNode } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { readCfnYamlDocument } = require('./cfn-yaml') as typeof CfnYaml;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { yamlSource } = require('./yaml-source') as typeof YamlSource;
  const { value, duplicateKeys, document } = readCfnYamlDocument(text);
  return { value, duplicateKeys, root: document ? yamlSource(document, text) : jsonSource('null') };
}

/**
 * Parses JSON text; a syntax error becomes one line naming the file, the line and column, the reason and a
 * short escaped excerpt from that position on. Node's own message is not used: it quotes the text from its
 * start, whatever it is (a symbolic link may point at a file the user did not mean to show).
 */
export function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const problem = jsonSyntaxProblem(text);
    if (!problem) throw new CliInputError(`${file}: invalid JSON`);
    const { line, column } = positionOf(text, problem.offset);
    const near = text.slice(problem.offset, problem.offset + EXCERPT_LENGTH);
    const more = problem.offset + EXCERPT_LENGTH < text.length ? '…' : '';
    const at = near === '' ? '' : ` (at "${escapeControls(near)}${more}")`;
    throw new CliInputError(`${file}: invalid JSON at line ${line}, column ${column}: ${problem.reason}${at}`);
  }
}

function fsReason(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory, expected a file';
    case 'ENOTDIR': return 'not a directory';
    default: return `cannot read it (${e instanceof Error ? e.message : String(e)})`;
  }
}
