import { readdirSync, statSync } from 'fs';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');

/** Every YAML file of the repository's tests and examples: the real templates the YAML readers are held to. */
export function repositoryYamlFiles(): string[] {
  return [...yamlFiles(join(ROOT, 'test')), ...yamlFiles(join(ROOT, 'examples'))];
}

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yamlFiles(path, out);
    else if (/\.ya?ml$/.test(name)) out.push(path);
  }
  return out;
}
