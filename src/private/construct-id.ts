import { Construct } from 'constructs';

/** CDK's encodings of unresolved string and list tokens. */
const TOKEN = /[$#]\{Token\[[a-zA-Z0-9:._-]+\]\}/g;

/**
 * A construct id built from text that may hold CDK tokens (a route key with a path from a `CfnParameter`).
 * Construct ids cannot hold tokens, so each token becomes `Token`; ids that then collide under `scope` get
 * a number, so that two routes whose paths differ only by their tokens are both created.
 */
export function constructIdOf(scope: Construct, text: string): string {
  if (!text.includes('{Token[')) return text;
  const base = text.replace(TOKEN, 'Token');
  let id = base;
  for (let n = 2; scope.node.tryFindChild(id); n++) id = `${base}${n}`;
  return id;
}
