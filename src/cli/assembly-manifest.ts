import { objectOf } from '../model/value';
/**
 * What `switchyard lint` reads from a cloud assembly's `manifest.json` (the CDK's cloud assembly schema): the
 * stacks (`aws:cloudformation:stack` artifacts: template file, stack name, construct metadata) and the nested
 * assemblies (`cdk:cloud-assembly` artifacts, one per Stage). Only names of plain child entries are taken: a
 * manifest must not send the linter elsewhere on the disk.
 */

/** A stack artifact of a manifest. */
export interface StackArtifact {
  /** The artifact id (also the template's base name). */
  readonly id: string;
  /** The CloudFormation stack name: `properties.stackName`, else the artifact id (as the CDK deploys it). */
  readonly stackName: string;
  /** The template file, a name inside the assembly folder. */
  readonly templateFile: string;
  /** The construct metadata the manifest holds itself (older assemblies), by construct path. */
  readonly metadata: unknown;
  /** The file holding the construct metadata (newer assemblies: `<id>.metadata.json`), a name inside the folder. */
  readonly metadataFile: string | undefined;
}

/** What a manifest lists. */
export interface AssemblyManifest {
  readonly stacks: readonly StackArtifact[];
  /** The folder names of the nested assemblies. */
  readonly nestedAssemblies: readonly string[];
}

/** A plain name of an entry of the assembly folder, or undefined. */
function childName(value: unknown): string | undefined {
  return typeof value === 'string' && /^[^/\\]+$/.test(value) && value !== '.' && value !== '..' ? value : undefined;
}

/** The stacks and nested assemblies a parsed manifest lists; what does not have the schema's shape is left out. */
export function readAssemblyManifest(manifest: unknown): AssemblyManifest {
  const stacks: StackArtifact[] = [];
  const nestedAssemblies: string[] = [];
  const artifacts = objectOf(objectOf(manifest)?.artifacts) ?? {};
  for (const [id, value] of Object.entries(artifacts)) {
    const artifact = objectOf(value);
    const properties = objectOf(artifact?.properties);
    if (artifact?.type === 'cdk:cloud-assembly') {
      const name = childName(properties?.directoryName);
      if (name !== undefined) nestedAssemblies.push(name);
    } else if (artifact?.type === 'aws:cloudformation:stack') {
      const templateFile = childName(properties?.templateFile);
      if (templateFile === undefined) continue;
      const stackName = typeof properties?.stackName === 'string' && properties.stackName !== '' ? properties.stackName : id;
      stacks.push({ id, stackName, templateFile, metadata: artifact.metadata, metadataFile: childName(artifact.additionalMetadataFile) });
    }
  }
  return { stacks, nestedAssemblies };
}

/** The metadata entry type the CDK gives each CloudFormation element: its logical id. */
const LOGICAL_ID = 'aws:cdk:logicalId';

/**
 * Construct paths by logical id, from a stack's construct metadata (`{ "/Stage/Stack/Api/Resource": [{ type:
 * "aws:cdk:logicalId", data: "ApiF70053CD" }] }`), named as synth names them: without the leading `/` and
 * without the final `/Resource` of an L2 construct (see `displayPath` in src/check/stack-template.ts).
 */
export function constructPathsByLogicalId(...metadata: unknown[]): Map<string, string> {
  const paths = new Map<string, string>();
  for (const entries of metadata) {
    for (const [path, list] of Object.entries(objectOf(entries) ?? {})) {
      if (!Array.isArray(list)) continue;
      for (const entry of list) {
        const e = objectOf(entry);
        if (e?.type === LOGICAL_ID && typeof e.data === 'string' && !paths.has(e.data)) paths.set(e.data, displayedPath(path));
      }
    }
  }
  return paths;
}

/** A construct path as synth shows it: no leading `/`, no final `/Resource` of an L2's CloudFormation resource. */
export function displayedPath(path: string): string {
  const relative = path.startsWith('/') ? path.slice(1) : path;
  return relative.endsWith('/Resource') && relative.length > '/Resource'.length ? relative.slice(0, -'/Resource'.length) : relative;
}
