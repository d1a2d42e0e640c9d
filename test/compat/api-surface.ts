/**
 * Compares aws-cdk-lib's public API Gateway v2 surface (its jsii assembly) with Switchyard's, member by member.
 *
 * A member is compatible when code written against aws-cdk-lib compiles against Switchyard with only the import
 * changed: the type of the same name exists with the same kind, and each member of the same name exists with
 * - for a property a user sets (a struct member): optional in Switchyard wherever it is optional in aws-cdk-lib,
 *   and a type that accepts what aws-cdk-lib's accepts;
 * - for a property a user reads: a type that gives what aws-cdk-lib's gives;
 * - for a method or constructor: every call that is valid against aws-cdk-lib is valid against Switchyard
 *   (no more required parameters, at least as many parameters, each parameter accepting aws-cdk-lib's type);
 * - the same static-ness.
 * Types are matched by name: `aws-cdk-lib.aws_apigatewayv2.HttpApi` is `cdk-switchyard.HttpApi`.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { gunzipSync } from 'zlib';

export const MODULES = ['aws_apigatewayv2', 'aws_apigatewayv2_integrations', 'aws_apigatewayv2_authorizers'];

interface TypeRef {
  readonly primitive?: string;
  readonly fqn?: string;
  readonly collection?: { readonly kind: string; readonly elementtype: TypeRef };
  readonly union?: { readonly types: readonly TypeRef[] };
}
interface Parameter {
  readonly name: string;
  readonly optional?: boolean;
  readonly variadic?: boolean;
  readonly type: TypeRef;
}
interface Callable {
  readonly name: string;
  readonly static?: boolean;
  readonly parameters?: readonly Parameter[];
  readonly returns?: { readonly type: TypeRef; readonly optional?: boolean };
}
interface Property {
  readonly name: string;
  readonly static?: boolean;
  readonly optional?: boolean;
  readonly immutable?: boolean;
  readonly type: TypeRef;
}
interface JsiiType {
  readonly fqn: string;
  readonly name: string;
  readonly kind: 'class' | 'interface' | 'enum';
  readonly datatype?: boolean;
  readonly base?: string;
  readonly interfaces?: readonly string[];
  readonly initializer?: Callable;
  readonly methods?: readonly Callable[];
  readonly properties?: readonly Property[];
  readonly members?: readonly { readonly name: string }[];
}
interface Assembly { readonly name: string; readonly types: Record<string, JsiiType> }

type Member = { readonly kind: 'property'; readonly p: Property } | { readonly kind: 'method'; readonly m: Callable } | { readonly kind: 'enum' };

export interface Gap {
  /** `module.Type` or `module.Type.member`. */
  readonly key: string;
  readonly problem: string;
}

function loadCdk(root: string): Assembly {
  return JSON.parse(gunzipSync(readFileSync(join(root, 'node_modules/aws-cdk-lib/.jsii.gz'))).toString('utf8'));
}

function loadOurs(root: string): Assembly {
  return JSON.parse(readFileSync(join(root, '.jsii'), 'utf8'));
}

/** Every member of a type, inherited ones included (own members win). */
function membersOf(type: JsiiType, lookup: (fqn: string) => JsiiType | undefined): Map<string, Member> {
  const out = new Map<string, Member>();
  const seen = new Set<string>();
  const walk = (t: JsiiType | undefined): void => {
    if (!t || seen.has(t.fqn)) return;
    seen.add(t.fqn);
    for (const p of t.properties ?? []) if (!out.has(p.name)) out.set(p.name, { kind: 'property', p });
    for (const m of t.methods ?? []) if (!out.has(m.name)) out.set(m.name, { kind: 'method', m });
    for (const e of t.members ?? []) out.set(e.name, { kind: 'enum' });
    for (const parent of [...(t.interfaces ?? []), ...(t.base ? [t.base] : [])]) walk(lookup(parent));
  };
  walk(type);
  return out;
}

export function compareSurfaces(root: string): { readonly checked: number; readonly gaps: Gap[] } {
  const cdk = loadCdk(root);
  const ours = loadOurs(root);
  const ourByName = new Map<string, JsiiType>();
  for (const t of Object.values(ours.types)) ourByName.set(t.name, t);
  const lookup = (fqn: string) => ours.types[fqn] ?? cdk.types[fqn];

  /** The name a type reference has once aws-cdk-lib's API Gateway v2 types are read as Switchyard's. */
  const canonical = (ref: TypeRef | undefined): string => {
    if (!ref) return 'void';
    if (ref.primitive) return ref.primitive;
    if (ref.collection) return `${ref.collection.kind}<${canonical(ref.collection.elementtype)}>`;
    if (ref.union) return ref.union.types.map(canonical).sort().join('|');
    const fqn = ref.fqn!;
    const parts = fqn.split('.');
    if (parts[0] === 'aws-cdk-lib' && MODULES.includes(parts[1])) return `sy.${parts.slice(2).join('.')}`;
    if (parts[0] === ours.name) return `sy.${parts.slice(1).join('.')}`;
    return fqn;
  };
  /** The fqns a canonical name stands for in each assembly, to follow inheritance. */
  const resolve = (name: string): JsiiType | undefined =>
    name.startsWith('sy.') ? ourByName.get(name.slice(3)) : cdk.types[name];
  const ancestors = (name: string): Set<string> => {
    const out = new Set<string>([name]);
    const walk = (t: JsiiType | undefined): void => {
      if (!t) return;
      for (const parent of [...(t.interfaces ?? []), ...(t.base ? [t.base] : [])]) {
        const c = canonical({ fqn: parent });
        if (!out.has(c)) { out.add(c); walk(lookup(parent)); }
      }
    };
    walk(resolve(name));
    return out;
  };
  /** True when a value of type `from` can be given where `to` is expected. */
  const assignable = (from: TypeRef | undefined, to: TypeRef | undefined): boolean => {
    const f = canonical(from);
    const t = canonical(to);
    if (f === t || t === 'any' || t === 'json' && f.startsWith('map<')) return true;
    if (to?.union) return to.union.types.some((member) => assignable(from, member));
    if (from?.union) return from.union.types.every((member) => assignable(member, to));
    if (from?.collection && to?.collection) {
      return from.collection.kind === to.collection.kind && assignable(from.collection.elementtype, to.collection.elementtype);
    }
    if (from?.fqn && to?.fqn) return ancestors(f).has(t);
    return false;
  };

  const gaps: Gap[] = [];
  let checked = 0;
  for (const [fqn, type] of Object.entries(cdk.types)) {
    const parts = fqn.split('.');
    if (parts.length !== 3 || !MODULES.includes(parts[1]) || type.name.startsWith('Cfn')) continue;
    const typeKey = `${parts[1]}.${type.name}`;
    checked++;
    const mine = ourByName.get(type.name);
    if (!mine) { gaps.push({ key: typeKey, problem: `no ${type.kind} ${type.name}` }); continue; }
    if (mine.kind !== type.kind && !(type.kind === 'enum' && mine.kind === 'class')) {
      gaps.push({ key: typeKey, problem: `a ${mine.kind}, aws-cdk-lib's is a ${type.kind}` });
      continue;
    }
    if (type.initializer) {
      checked++;
      const problem = !mine.initializer ? 'no public constructor' : callProblem(type.initializer, mine.initializer, assignable);
      if (problem) gaps.push({ key: `${typeKey}.<constructor>`, problem });
    }
    const ourMembers = membersOf(mine, lookup);
    for (const [name, member] of membersOf(type, lookup)) {
      checked++;
      const key = `${typeKey}.${name}`;
      const counterpart = ourMembers.get(name);
      if (!counterpart) { gaps.push({ key, problem: 'missing' }); continue; }
      if (member.kind === 'enum') continue;
      if (member.kind !== counterpart.kind && !(type.kind === 'enum' && counterpart.kind === 'property')) {
        gaps.push({ key, problem: `a ${counterpart.kind} here, a ${member.kind} in aws-cdk-lib` });
        continue;
      }
      if (member.kind === 'property' && counterpart.kind === 'property') {
        const theirs = member.p;
        const own = counterpart.p;
        if (!!theirs.static !== !!own.static) gaps.push({ key, problem: 'static differs' });
        else if (type.datatype && theirs.optional && !own.optional) gaps.push({ key, problem: 'required here, optional in aws-cdk-lib' });
        else if (type.datatype && !assignable(theirs.type, own.type)) gaps.push({ key, problem: `type ${canonical(own.type)} does not accept ${canonical(theirs.type)}` });
        else if (!type.datatype && !assignable(own.type, theirs.type)) gaps.push({ key, problem: `type ${canonical(own.type)} is not a ${canonical(theirs.type)}` });
        else if (!type.datatype && own.optional && !theirs.optional) gaps.push({ key, problem: 'optional here, always set in aws-cdk-lib' });
      } else if (member.kind === 'method' && counterpart.kind === 'method') {
        if (!!member.m.static !== !!counterpart.m.static) { gaps.push({ key, problem: 'static differs' }); continue; }
        const problem = callProblem(member.m, counterpart.m, assignable)
          ?? (assignable(counterpart.m.returns?.type, member.m.returns?.type) || !member.m.returns ? undefined
            : `returns ${canonical(counterpart.m.returns?.type)}, aws-cdk-lib returns ${canonical(member.m.returns?.type)}`);
        if (problem) gaps.push({ key, problem });
      }
    }
  }
  return { checked, gaps };
}

function callProblem(
  theirs: Callable, mine: Callable, assignable: (from: TypeRef | undefined, to: TypeRef | undefined) => boolean,
): string | undefined {
  const tp = theirs.parameters ?? [];
  const mp = mine.parameters ?? [];
  const required = (ps: readonly Parameter[]) => ps.filter((p) => !p.optional && !p.variadic).length;
  if (required(mp) > required(tp)) return `needs ${required(mp)} arguments, aws-cdk-lib needs ${required(tp)}`;
  const variadic = mp.some((p) => p.variadic);
  if (mp.length < tp.length && !variadic) return `takes ${mp.length} arguments, aws-cdk-lib takes ${tp.length}`;
  for (let i = 0; i < tp.length; i++) {
    const own = mp[Math.min(i, mp.length - 1)];
    if (!assignable(tp[i].type, own.type)) return `argument ${i + 1} (${tp[i].name}) does not accept aws-cdk-lib's type`;
  }
  return undefined;
}
