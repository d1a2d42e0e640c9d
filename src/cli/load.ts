import { readdirSync, readFileSync, realpathSync, statSync } from 'fs';
import { extname, join, resolve } from 'path';
import type * as CfnYaml from './cfn-yaml';
import { CliInputError } from './errors';

const TEMPLATE_EXTENSIONS = ['.json', '.yaml', '.yml'];
const ASSEMBLY_TEMPLATE = /\.template\.json$/;
/** The CDK writes a nested cloud assembly (a Stage) as `assembly-<id>/` beside the outer one's templates. */
const NESTED_ASSEMBLY = /^assembly-/;

/**
 * The template files the given paths stand for, in a stable order: a file is itself; a directory is a
 * cloud assembly (`cdk.out`) whose `*.template.json` files are taken, nested assemblies included.
 */
export function templateFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    const stat = statOrFail(path);
    if (stat.isDirectory()) {
      const found = assemblyTemplates(path, new Set());
      // A cloud assembly may hold no stack (an app of stages only, or with no stack yet): nothing to lint there.
      // A folder that is neither an assembly nor holds a template is a mistaken path.
      if (found.length === 0 && !isCloudAssembly(path)) {
        throw new CliInputError(`${path}: no CloudFormation template (*.template.json) in this folder or its nested assemblies`);
      }
      files.push(...found);
    } else {
      if (!TEMPLATE_EXTENSIONS.includes(extname(path).toLowerCase())) {
        throw new CliInputError(`${path}: not a template file; expected .json, .yaml or .yml, or a cloud assembly folder`);
      }
      files.push(path);
    }
  }
  // `lint cdk.out cdk.out/App.template.json` must not report the same template twice.
  const seen = new Set<string>();
  return files.filter(f => {
    const key = resolve(f);
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

function statOrFail(path: string) {
  try {
    return statSync(path);
  } catch (e) {
    throw new CliInputError(`${path}: ${fsReason(e)}`);
  }
}

function assemblyTemplates(dir: string, seen: Set<string>): string[] {
  let real: string;
  let entries: string[];
  try {
    real = realpathSync(dir);
    entries = readdirSync(dir).sort();
  } catch (e) {
    throw new CliInputError(`${dir}: ${fsReason(e)}`);
  }
  // A symlinked assembly that points back up the tree must not loop.
  if (seen.has(real)) return [];
  seen.add(real);

  const nested = new Set(entries.filter(e => NESTED_ASSEMBLY.test(e)));
  for (const name of manifestAssemblyDirectories(dir)) nested.add(name);

  const files: string[] = [];
  for (const entry of entries) {
    if (!ASSEMBLY_TEMPLATE.test(entry)) continue;
    const file = join(dir, entry);
    if (statOrFail(file).isFile()) files.push(file);
  }
  for (const entry of [...nested].sort()) {
    const sub = join(dir, entry);
    let isDir = false;
    try {
      isDir = statSync(sub).isDirectory();
    } catch {
      // The manifest may name an assembly that was not written: nothing to lint there.
    }
    if (isDir) files.push(...assemblyTemplates(sub, seen));
  }
  return files;
}

/**
 * Nested assemblies the manifest names (`cdk:cloud-assembly` artifacts), in case one is not called
 * `assembly-*`. The manifest is a hint only: a missing or unreadable one falls back to the folder names.
 */
function manifestAssemblyDirectories(dir: string): string[] {
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  } catch {
    return [];
  }
  const artifacts = (manifest as { artifacts?: unknown })?.artifacts;
  if (!artifacts || typeof artifacts !== 'object') return [];
  const names: string[] = [];
  for (const artifact of Object.values(artifacts as Record<string, unknown>)) {
    const a = artifact as { type?: unknown; properties?: { directoryName?: unknown } } | null;
    const name = a?.type === 'cdk:cloud-assembly' ? a.properties?.directoryName : undefined;
    // Only a plain child folder: a manifest must not send the linter elsewhere on the disk.
    if (typeof name === 'string' && /^[^/\\]+$/.test(name) && name !== '.' && name !== '..') names.push(name);
  }
  return names;
}

/** A template file's content, and the keys a YAML file gives twice (CloudFormation keeps the last). */
export interface LoadedTemplate {
  readonly template: unknown;
  readonly duplicateKeys: readonly CfnYaml.DuplicateKey[];
}

/** Reads and parses one template file (JSON, or YAML with CloudFormation short-form tags). */
export function readTemplate(file: string): LoadedTemplate {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliInputError(`${file}: ${fsReason(e)}`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (extname(file).toLowerCase() === '.json') return { template: parseJson(file, text), duplicateKeys: [] };
  // The YAML parser is loaded only for YAML files: it costs more start-up time than the rest of the linter.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { readCfnYaml, YamlSyntaxError } = require('./cfn-yaml') as typeof CfnYaml;
  try {
    const { value, duplicateKeys } = readCfnYaml(text);
    return { template: value, duplicateKeys };
  } catch (e) {
    if (e instanceof YamlSyntaxError) {
      const where = e.line !== undefined ? ` at line ${e.line}, column ${e.column ?? 1}` : '';
      throw new CliInputError(`${file}: invalid YAML${where}: ${e.message}`);
    }
    throw e;
  }
}

/** Parses JSON text; a syntax error becomes one line naming the file and, when known, the line and column. */
export function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = /\s+in JSON at position (\d+)/.exec(message) ?? /\s*\(?at position (\d+)\)?/.exec(message);
    if (!at) throw new CliInputError(`${file}: invalid JSON: ${firstLine(message)}`);
    const { line, column } = lineColumn(text, Number(at[1]));
    const reason = message.replace(at[0], '').split(/\s*\(line \d+ column \d+\)/)[0];
    throw new CliInputError(`${file}: invalid JSON at line ${line}, column ${column}: ${firstLine(reason)}`);
  }
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

function firstLine(text: string): string {
  return text.split('\n')[0];
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
