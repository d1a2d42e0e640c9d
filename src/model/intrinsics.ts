/**
 * What a value of a template can be, where CloudFormation's own rules make it partly known: the literal parts of
 * `Fn::Sub` and `Fn::Join`, each branch of `Fn::If`, the entries of literal `Mappings` through `Fn::FindInMap`,
 * the `AllowedValues` and `Default` of a parameter, `Fn::Select` over a literal list, the ARN shapes `Ref` and
 * `Fn::GetAtt` give for resources of the template, and the pseudo parameters the caller knows (the region).
 *
 * Rules opt in: `ResourceNode.properties` stays as the template has it, so a rule that reads it with `stringOf`
 * sees an intrinsic as unknown, exactly as before. A rule that asks `model.values` gets the alternatives, each
 * with the assumptions under which the value takes it (a condition's truth, a parameter's value, the region), and
 * reports only what is certain for each alternative, naming its assumptions.
 *
 * Bounded: at most `MAX_ALTERNATIVES` alternatives (past it the value is unknown), `MAX_DEPTH` nested
 * intrinsics and `MAX_WORK` units of work for one value (past it the value is unknown); each intrinsic is
 * evaluated once per occurrence, each condition once per resolver, and each value once per resolver.
 */
import { hole, isHole, normalize, Piece } from './partial-string';
import { hasDynamicReference, isIntrinsic, isUnknown, mapOf, numberOf, objectOf, stringOf } from './value';

/** Past this many alternatives a value is unknown: enough for a region map or a parameter's allowed values. */
export const MAX_ALTERNATIVES = 64;
/** Intrinsics nested deeper than this are unknown (a guard for the call stack). */
export const MAX_DEPTH = 32;
/** A value that holds under more assumptions than this is unknown (each merge is linear in them). */
export const MAX_ASSUMPTIONS = 16;
/**
 * The work one value may cost (an intrinsic evaluated, a combination of parts tried, a mapping key tried); past it
 * the value is unknown. Each part of a join may combine up to 64 x 64 alternatives, so without a cap a join of a
 * few thousand parts took seconds (about 1 to 2 microseconds a combination); a join of 100,000 parts, half of
 * them `Ref`s, costs 150,000.
 */
export const MAX_WORK = 250_000;

/** Thrown when a resolution has spent `MAX_WORK`, caught where it started: the value is then unknown. */
class WorkSpent {}
const WORK_SPENT = new WorkSpent();

/**
 * One value an expression can take:
 * - `literal`: a literal of the template (a fully known string, a number, a boolean, a list or a map, whose
 *   elements are as the template has them);
 * - `partial`: a string with known pieces and holes;
 * - `unknown`: nothing is known;
 * - `absent`: `Ref: AWS::NoValue`, the property is removed.
 */
export type Resolved =
  | { readonly kind: 'literal'; readonly value: unknown }
  | { readonly kind: 'partial'; readonly pieces: readonly Piece[] }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'absent' };

/** What must hold for an alternative: `subject` (a condition, a parameter, a pseudo parameter) has `value`. */
export interface Assumption {
  readonly subject: string;
  readonly value: string;
}

export interface Alternative {
  readonly value: Resolved;
  readonly when: readonly Assumption[];
}

/** A value a rule can check, and when the template takes it: `when` is empty or reads ` (when ...)`. */
export interface Possible<T> {
  readonly value: T;
  readonly when: string;
  /**
   * The region the template is deployed to when it takes this value: the region given, or the one the value
   * assumes (an entry of a region map picked by `Ref: AWS::Region`).
   * @default - not known
   */
  readonly region?: string;
}

const UNKNOWN: Resolved = { kind: 'unknown' };
const ABSENT: Resolved = { kind: 'absent' };
const ONLY_UNKNOWN: readonly Alternative[] = [{ value: UNKNOWN, when: [] }];

/** `{ "Ref": "AWS::Region" }` and the other pseudo parameters. */
const PSEUDO_PREFIX = 'AWS::';
/** The subject of an assumption on the region. */
const REGION = 'AWS::Region';

/** The partition of a region, for the partitions whose region codes say it; others stay unknown. */
function partitionOf(region: string): string | undefined {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  if (/^(us|eu|ap|sa|ca|me|af|il|mx)-[a-z]+-\d+$/.test(region)) return 'aws';
  return undefined;
}

const URL_SUFFIX: Record<string, string> = { 'aws': 'amazonaws.com', 'aws-cn': 'amazonaws.com.cn', 'aws-us-gov': 'amazonaws.com' };

/** Options the model is built with. */
export interface ValueOptions {
  /**
   * The region the template is deployed to, when the caller knows it (`switchyard lint --region`, a stack whose
   * environment names a region): `AWS::Region` is then this region, and the rules that compare regions run.
   * @default - the region is unknown
   */
  readonly region?: string;
}

export class ValueResolver {
  /** The region the template is deployed to, when known. */
  public readonly region: string | undefined;
  private readonly parameters: Record<string, unknown>;
  private readonly mappings: Record<string, unknown>;
  private readonly conditions: Record<string, unknown>;
  private readonly resources: Record<string, unknown>;
  /** A fresh subject for each key of a mapping chosen by an expression that names nothing. */
  private anonymous = 0;
  /** The ARN shape of each `Ref`/`Fn::GetAtt` target read so far (a template of 1,000 routes reads 1,000 functions). */
  private readonly targetShapes = new Map<string, readonly Alternative[]>();
  /** The alternatives of each intrinsic resolved so far: several rules read the same property. */
  private readonly resolved = new WeakMap<object, readonly Alternative[]>();
  /**
   * The truth of each condition evaluated so far (undefined when not known): a condition that names another
   * several times (`Fn::Or` of ten `Condition`s) would otherwise be evaluated again for each name, exponentially.
   */
  private readonly truths = new Map<string, boolean | undefined>();
  /** The conditions being evaluated, so that a cycle (CloudFormation rejects it) is unknown, not endless. */
  private readonly evaluating = new Set<string>();
  /** The work spent on the value being resolved. */
  private work = 0;
  /**
   * The `Condition` of the resource each intrinsic of the resources' properties is in ('' for none, null when the
   * node is shared by resources of different conditions, as a YAML alias can), built when first asked.
   */
  private owners: Map<object, string | null> | undefined;
  /** The condition of the resource that holds the value being resolved: it is true wherever the value is used. */
  private assumed: string | undefined;

  constructor(template: unknown, options: ValueOptions = {}) {
    const root = mapOf(template) ?? {};
    this.region = options.region;
    this.parameters = mapOf(root.Parameters) ?? {};
    this.mappings = mapOf(root.Mappings) ?? {};
    this.conditions = mapOf(root.Conditions) ?? {};
    // Looked up by logical id only: an intrinsic in place of the resources finds none.
    this.resources = objectOf(root.Resources) ?? {};
  }

  /** Every value the expression can take, with its assumptions; `[unknown]` when nothing is known. */
  public resolve(value: unknown): readonly Alternative[] {
    if (!isIntrinsic(value)) return this.at(value, 0);
    const known = this.resolved.get(value);
    if (known) return known;
    this.work = 0;
    this.assumed = this.ownerCondition(value);
    let out: readonly Alternative[];
    try {
      out = this.at(value, 0);
    } catch (e) {
      if (e !== WORK_SPENT) throw e;
      out = ONLY_UNKNOWN;
    }
    this.resolved.set(value, out);
    return out;
  }

  /**
   * The condition of the resource whose properties hold the intrinsic: the resource exists only when it is true,
   * so a branch of `Fn::If` that contradicts it is never deployed. The rules pass the nodes of the template itself.
   */
  private ownerCondition(value: object): string | undefined {
    this.owners ??= this.ownersOfNodes();
    return this.owners.get(value) || undefined;
  }

  private ownersOfNodes(): Map<object, string | null> {
    const owners = new Map<object, string | null>();
    const conditionOf = (id: string) => {
      const condition = Object.prototype.hasOwnProperty.call(this.resources, id) ? objectOf(this.resources[id])?.Condition : undefined;
      return typeof condition === 'string' ? condition : '';
    };
    let any = false;
    for (const id in this.resources) if (conditionOf(id) !== '') any = true;
    if (!any) return owners;
    for (const id in this.resources) {
      const condition = conditionOf(id);
      const stack: unknown[] = [objectOf(this.resources[id])?.Properties];
      // Each node is walked at most twice: with its first resource's condition, then when found shared.
      while (stack.length > 0) {
        const node = stack.pop();
        if (node === null || typeof node !== 'object') continue;
        const before = owners.get(node);
        if (before === condition || before === null) continue;
        owners.set(node, before === undefined ? condition : null);
        // The intrinsics inside an intrinsic are reached through it.
        if (isIntrinsic(node)) continue;
        for (const child of Array.isArray(node) ? node : Object.values(node)) stack.push(child);
      }
    }
    return owners;
  }

  /** Counts `units` of work for the value being resolved; past `MAX_WORK`, ends its resolution. */
  private spend(units: number): void {
    this.work += units;
    if (this.work > MAX_WORK) throw WORK_SPENT;
  }

  /** Every fully known string the value can take (unknown and partial ones left out). */
  public strings(value: unknown): Array<Possible<string>> {
    // Most values are literals: answered without building alternatives (a 1,000-route template asks 6,000 times).
    if (typeof value === 'string') return isUnknown(value) ? [] : [{ value, when: '' }];
    const out: Array<Possible<string>> = [];
    for (const alt of this.resolve(value)) {
      if (alt.value.kind === 'literal' && typeof alt.value.value === 'string') out.push({ value: alt.value.value, when: describeWhen(alt.when) });
    }
    return out;
  }

  /** Every known number the value can take (numeric strings count, as CloudFormation accepts them). */
  public numbers(value: unknown): Array<Possible<number>> {
    if (!isIntrinsic(value)) {
      const n = numberOf(value);
      return n === undefined || isUnknown(value) ? [] : [{ value: n, when: '' }];
    }
    const out: Array<Possible<number>> = [];
    for (const alt of this.resolve(value)) {
      const n = alt.value.kind === 'literal' ? numberOf(alt.value.value) : undefined;
      if (n !== undefined) out.push({ value: n, when: describeWhen(alt.when) });
    }
    return out;
  }

  /** Every string the value can take, known (one piece) or partly known (pieces and holes). */
  public shapes(value: unknown): Array<Possible<readonly Piece[]>> {
    if (typeof value === 'string') return isUnknown(value) ? [] : [{ value: [value], when: '', ...this.regionIn([]) }];
    const out: Array<Possible<readonly Piece[]>> = [];
    for (const alt of this.resolve(value)) {
      const pieces = piecesOf(alt.value);
      if (!pieces || (pieces.length === 1 && isHole(pieces[0]))) continue;
      out.push({ value: pieces, when: describeWhen(alt.when), ...this.regionIn(alt.when) });
    }
    return out;
  }

  /** `{ region }` when the region is given or assumed, else nothing. */
  private regionIn(when: readonly Assumption[]): { region?: string } {
    const region = this.region ?? when.find(a => a.subject === REGION)?.value;
    return region !== undefined ? { region } : {};
  }

  private at(value: unknown, depth: number): readonly Alternative[] {
    if (value === undefined || value === null) return [{ value: ABSENT, when: [] }];
    if (!isIntrinsic(value)) return [{ value: isUnknown(value) ? UNKNOWN : { kind: 'literal', value }, when: [] }];
    if (depth >= MAX_DEPTH) return ONLY_UNKNOWN;
    this.spend(1);
    const v = value as Record<string, unknown>;
    if ('Ref' in v) return this.ref(v.Ref);
    if ('Fn::GetAtt' in v) return this.getAtt(v['Fn::GetAtt']);
    if ('Fn::Sub' in v) return this.sub(v['Fn::Sub'], depth);
    if ('Fn::Join' in v) return this.join(v['Fn::Join'], depth);
    if ('Fn::If' in v) return this.if(v['Fn::If'], depth);
    if ('Fn::FindInMap' in v) return this.findInMap(v['Fn::FindInMap'], depth);
    if ('Fn::Select' in v) return this.select(v['Fn::Select'], depth);
    return ONLY_UNKNOWN;
  }

  private ref(name: unknown): readonly Alternative[] {
    if (typeof name !== 'string') return ONLY_UNKNOWN;
    if (name === 'AWS::NoValue') return [{ value: ABSENT, when: [] }];
    if (name.startsWith(PSEUDO_PREFIX)) return single(this.pseudo(name));
    if (Object.prototype.hasOwnProperty.call(this.parameters, name)) return this.parameter(name);
    return this.target(name, 'Ref');
  }

  /** What `Ref` (attribute `Ref`) or `Fn::GetAtt` gives for a resource of the template, once per target. */
  private target(id: string, attribute: string): readonly Alternative[] {
    const key = `${id}\u0000${attribute}`;
    const known = this.targetShapes.get(key);
    if (known) return known;
    const resource = Object.prototype.hasOwnProperty.call(this.resources, id) ? mapOf(this.resources[id]) : undefined;
    const type = resource ? stringOf(resource.Type) : undefined;
    const shape = single(type ? this.arnShape(type, attribute, mapOf(resource?.Properties) ?? {}) : UNKNOWN);
    this.targetShapes.set(key, shape);
    return shape;
  }

  private pseudo(name: string): Resolved {
    const region = this.region;
    const partition = region !== undefined ? partitionOf(region) : undefined;
    switch (name) {
      case 'AWS::Region': return region !== undefined ? literal(region) : partial([hole('region')]);
      case 'AWS::Partition': return partition !== undefined ? literal(partition) : partial([hole('partition')]);
      case 'AWS::URLSuffix': return partition !== undefined ? literal(URL_SUFFIX[partition]) : partial([hole('url-suffix')]);
      case 'AWS::AccountId': return partial([hole('account')]);
      default: return UNKNOWN;
    }
  }

  /**
   * A parameter's values: each of its `AllowedValues`, else anything (its `Default` too may be overridden). A parameter read from
   * Systems Manager (`AWS::SSM::Parameter::Value<...>`) has the parameter's name as its default, not the value.
   */
  private parameter(name: string): readonly Alternative[] {
    const declaration = mapOf(this.parameters[name]) ?? {};
    const type = stringOf(declaration.Type) ?? 'String';
    if (type.startsWith('AWS::SSM::')) return ONLY_UNKNOWN;
    const isList = type === 'CommaDelimitedList' || type.startsWith('List<');
    const asValue = (raw: unknown): Resolved | undefined => {
      // A number stays a number: YAML reads `2.0` as 2, so the text the stack receives is not certain.
      if (typeof raw === 'number' && Number.isFinite(raw) && !isList) return literal(raw);
      const text = stringOf(raw);
      if (text === undefined) return undefined;
      return literal(isList ? text.split(',').map(s => s.trim()) : text);
    };
    const subject = `parameter ${name}`;
    const allowed = Array.isArray(declaration.AllowedValues) ? declaration.AllowedValues : undefined;
    if (allowed && allowed.length > 0 && allowed.length <= MAX_ALTERNATIVES) {
      const out: Alternative[] = [];
      for (const raw of allowed) {
        const value = asValue(raw);
        if (!value) return ONLY_UNKNOWN;
        out.push({ value, when: [{ subject, value: String(raw) }] });
      }
      return out;
    }
    // A parameter with a Default and no AllowedValues may be given any value when the stack is deployed
    // (pipelines pass most): a finding on its default would not be certain.
    return ONLY_UNKNOWN;
  }

  private getAtt(args: unknown): readonly Alternative[] {
    let id: unknown;
    let attribute: unknown;
    if (typeof args === 'string') {
      const dot = args.indexOf('.');
      if (dot > 0) [id, attribute] = [args.slice(0, dot), args.slice(dot + 1)];
    } else if (Array.isArray(args) && args.length === 2) {
      [id, attribute] = args;
    }
    if (typeof id !== 'string' || typeof attribute !== 'string') return ONLY_UNKNOWN;
    return this.target(id, attribute);
  }

  /**
   * The ARN that `Ref` or `Fn::GetAtt` (`attribute`) gives for a resource of the template, for the types whose
   * ARN the API Gateway rules read (integration and authorizer targets, certificates, credentials).
   * The resource is in the stack's own region and account.
   */
  private arnShape(type: string, attribute: string, properties: Record<string, unknown>): Resolved {
    const region: Piece = this.region ?? hole('region');
    const partition: Piece = (this.region !== undefined ? partitionOf(this.region) : undefined) ?? hole('partition');
    const named = (property: string): Piece => {
      const literalName = stringOf(properties[property]);
      return literalName !== undefined && /^[A-Za-z0-9_-]+$/.test(literalName) ? literalName : hole('name');
    };
    const arn = (service: string, ...resource: Piece[]): Resolved =>
      partial(['arn:', partition, `:${service}:`, region, ':', hole('account'), ':', ...resource]);
    const is = (wanted: string) => attribute === wanted;
    switch (type) {
      case 'AWS::Lambda::Function': return is('Arn') ? arn('lambda', 'function:', named('FunctionName')) : UNKNOWN;
      case 'AWS::Lambda::Alias': return is('Ref') || is('AliasArn') ? arn('lambda', 'function:', hole('name'), ':', named('Name')) : UNKNOWN;
      case 'AWS::Lambda::Version': return is('Ref') ? arn('lambda', 'function:', hole('name'), ':', hole('name')) : UNKNOWN;
      case 'AWS::SQS::Queue': return is('Arn') ? arn('sqs', named('QueueName')) : UNKNOWN;
      case 'AWS::SNS::Topic': return is('Ref') || is('TopicArn') ? arn('sns', named('TopicName')) : UNKNOWN;
      case 'AWS::StepFunctions::StateMachine': return is('Ref') || is('Arn') ? arn('states', 'stateMachine:', named('StateMachineName')) : UNKNOWN;
      case 'AWS::Kinesis::Stream': return is('Arn') ? arn('kinesis', 'stream/', named('Name')) : UNKNOWN;
      case 'AWS::Events::EventBus': return is('Arn') ? arn('events', 'event-bus/', named('Name')) : UNKNOWN;
      case 'AWS::Logs::LogGroup': return is('Arn') ? arn('logs', 'log-group:', named('LogGroupName'), ':*') : UNKNOWN;
      case 'AWS::KinesisFirehose::DeliveryStream': return is('Arn') ? arn('firehose', 'deliverystream/', named('DeliveryStreamName')) : UNKNOWN;
      case 'AWS::CertificateManager::Certificate': return is('Ref') ? arn('acm', 'certificate/', hole('name')) : UNKNOWN;
      default: return UNKNOWN;
    }
  }

  /** `Fn::Sub`: `${Name}` is a variable of the map, or `Ref`/`Fn::GetAtt` of Name; `${!Text}` is the text `${Text}`. */
  private sub(args: unknown, depth: number): readonly Alternative[] {
    const text = typeof args === 'string' ? args : Array.isArray(args) && typeof args[0] === 'string' ? args[0] : undefined;
    if (text === undefined) return ONLY_UNKNOWN;
    const variables = Array.isArray(args) ? (args.length === 2 ? mapOf(args[1]) : undefined) : {};
    if (!variables) return ONLY_UNKNOWN;
    const parts: Array<readonly Alternative[]> = [];
    let i = 0;
    let literalText = '';
    while (i < text.length) {
      const start = text.indexOf('${', i);
      if (start < 0) {
        literalText += text.slice(i);
        break;
      }
      literalText += text.slice(i, start);
      const end = text.indexOf('}', start + 2);
      if (end < 0) return ONLY_UNKNOWN; // CloudFormation rejects an unclosed variable: not ours to read
      const name = text.slice(start + 2, end);
      i = end + 1;
      if (name.startsWith('!')) {
        literalText += `\${${name.slice(1)}}`;
        continue;
      }
      parts.push([{ value: literal(literalText), when: [] }]);
      literalText = '';
      const trimmed = name.trim();
      if (Object.prototype.hasOwnProperty.call(variables, trimmed)) parts.push(this.at(variables[trimmed], depth + 1));
      else if (trimmed.includes('.') && !trimmed.startsWith(PSEUDO_PREFIX)) parts.push(this.getAtt(trimmed));
      else parts.push(this.ref(trimmed));
    }
    parts.push([{ value: literal(literalText), when: [] }]);
    return concat(parts, '', 0, units => this.spend(units));
  }

  /** `Fn::Join`: a literal delimiter and a list, literal or the result of a list-valued intrinsic. */
  private join(args: unknown, depth: number): readonly Alternative[] {
    if (!Array.isArray(args) || args.length !== 2 || typeof args[0] !== 'string') return ONLY_UNKNOWN;
    const delimiter = args[0];
    const lists = Array.isArray(args[1]) ? [{ value: literal(args[1]), when: [] }] : this.at(args[1], depth + 1);
    const out: Alternative[] = [];
    for (const list of lists) {
      if (list.value.kind !== 'literal' || !Array.isArray(list.value.value)) return ONLY_UNKNOWN;
      const parts = list.value.value.map(element => this.at(element, depth + 1));
      // The list's own assumptions hold for every joined alternative.
      for (const joined of concat([[{ value: literal(''), when: list.when }], ...parts], delimiter, 1, units => this.spend(units))) out.push(joined);
      if (out.length > MAX_ALTERNATIVES) return ONLY_UNKNOWN;
    }
    return out;
  }

  /** `Fn::If`: both branches, each under its condition's truth, unless the condition is known. */
  private if(args: unknown, depth: number): readonly Alternative[] {
    if (!Array.isArray(args) || args.length !== 3 || typeof args[0] !== 'string') return ONLY_UNKNOWN;
    const condition = args[0];
    const truth = this.condition(condition, depth + 1);
    if (truth !== undefined) return this.at(truth ? args[1] : args[2], depth + 1);
    const subject = `condition ${condition}`;
    const out: Alternative[] = [];
    for (const [branch, value] of [[args[1], 'true'], [args[2], 'false']] as const) {
      const alts = this.at(branch, depth + 1);
      this.spend(alts.length);
      for (const alt of alts) {
        const when = merge([{ subject, value }], alt.when);
        if (when) out.push({ value: alt.value, when });
      }
    }
    return out.length <= MAX_ALTERNATIVES ? out : ONLY_UNKNOWN;
  }

  /**
   * A condition's truth when it compares values that are each certain (the region, when given); else undefined.
   * Once per condition: a condition reached deeper than `MAX_DEPTH` stays unknown wherever it is asked again.
   */
  private condition(name: string, depth: number): boolean | undefined {
    if (name === this.assumed) return true;
    // Truths hold under the condition of the resource whose value is resolved.
    const key = `${this.assumed ?? ''}\u0000${name}`;
    if (this.truths.has(key)) return this.truths.get(key);
    if (depth >= MAX_DEPTH || this.evaluating.has(key)) return undefined;
    this.evaluating.add(key);
    try {
      const truth = this.conditionValue(this.conditions[name], depth + 1);
      this.truths.set(key, truth);
      return truth;
    } finally {
      // Also when the work is spent: the condition is then not evaluated, and is evaluated again when next asked.
      this.evaluating.delete(key);
    }
  }

  private conditionValue(expression: unknown, depth: number): boolean | undefined {
    if (depth >= MAX_DEPTH || !isIntrinsic(expression)) return undefined;
    const e = expression as Record<string, unknown>;
    if (typeof e.Condition === 'string') return this.condition(e.Condition, depth + 1);
    const args = Object.values(e)[0];
    if (!Array.isArray(args)) return undefined;
    const each = () => args.map(a => this.conditionValue(a, depth + 1));
    if ('Fn::Equals' in e) {
      if (args.length !== 2) return undefined;
      const [a, b] = args.map(side => this.certainText(side, depth + 1));
      return a === undefined || b === undefined ? undefined : a === b;
    }
    if ('Fn::Not' in e) {
      const [inner] = each();
      return args.length === 1 && inner !== undefined ? !inner : undefined;
    }
    if ('Fn::And' in e) {
      const values = each();
      return values.includes(false) ? false : values.every(v => v === true) ? true : undefined;
    }
    if ('Fn::Or' in e) {
      const values = each();
      return values.includes(true) ? true : values.every(v => v === false) ? false : undefined;
    }
    return undefined;
  }

  /** The text a value certainly has (one alternative, no assumption), else undefined. */
  private certainText(value: unknown, depth: number): string | undefined {
    const alts = this.at(value, depth);
    if (alts.length !== 1 || alts[0].when.length > 0 || alts[0].value.kind !== 'literal') return undefined;
    const v = alts[0].value.value;
    return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
  }

  /**
   * `Fn::FindInMap` over a literal `Mappings` section: the entry the keys name, or, for a key that is not known,
   * each entry under the assumption that the key's expression (`Ref: AWS::Region`) has that value.
   */
  private findInMap(args: unknown, depth: number): readonly Alternative[] {
    if (!Array.isArray(args) || args.length !== 3) return ONLY_UNKNOWN;
    const mapName = this.certainText(args[0], depth + 1);
    const map = mapName !== undefined && Object.prototype.hasOwnProperty.call(this.mappings, mapName) ? mapOf(this.mappings[mapName]) : undefined;
    if (!map) return ONLY_UNKNOWN;
    const out: Alternative[] = [];
    const tops = this.keyChoices(args[1], this.at(args[1], depth + 1), map);
    if (!tops) return ONLY_UNKNOWN;
    // The second key is evaluated once, not once for each top-level key: nested lookups would be exponential.
    const secondKeys = this.at(args[2], depth + 1);
    for (const top of tops) {
      const second = mapOf(map[top.key]);
      if (!second) continue;
      const inners = this.keyChoices(args[2], secondKeys, second);
      if (!inners) return ONLY_UNKNOWN;
      this.spend(inners.length);
      for (const inner of inners) {
        const when = merge(top.when, inner.when);
        const entry = second[inner.key];
        if (!when || entry === undefined) continue;
        out.push({ value: isUnknown(entry) || isIntrinsic(entry) ? UNKNOWN : literal(entry), when });
        if (out.length > MAX_ALTERNATIVES) return ONLY_UNKNOWN;
      }
    }
    return out.length > 0 ? out : ONLY_UNKNOWN;
  }

  /**
   * The keys of `map` an expression (whose alternatives are `alts`) can name, each with its assumptions; undefined
   * past the cap of alternatives.
   */
  private keyChoices(expression: unknown, alts: readonly Alternative[], map: Record<string, unknown>): KeyChoice[] | undefined {
    const out: KeyChoice[] = [];
    let open = false;
    for (const alt of alts) {
      const v = alt.value;
      const key = v.kind === 'literal' && (typeof v.value === 'string' || typeof v.value === 'number') ? String(v.value) : undefined;
      if (key !== undefined) out.push({ key, when: alt.when });
      else open = true;
    }
    if (!open) return out;
    // A key not known: each key of the map, named by what the expression refers to, so that two lookups with
    // the same `Ref` pick the same key. Past the cap of alternatives, none.
    const ref = isIntrinsic(expression) ? (expression as Record<string, unknown>).Ref : undefined;
    const subject = typeof ref === 'string' ? (ref.startsWith(PSEUDO_PREFIX) ? ref : `parameter ${ref}`) : `key ${++this.anonymous} of a mapping`;
    for (const key in map) {
      if (!Object.prototype.hasOwnProperty.call(map, key)) continue;
      if (out.length >= MAX_ALTERNATIVES) return undefined;
      out.push({ key, when: [{ subject, value: key }] });
    }
    return out;
  }

  /** `Fn::Select` with a certain index over a list (literal, or given by a list-valued intrinsic). */
  private select(args: unknown, depth: number): readonly Alternative[] {
    if (!Array.isArray(args) || args.length !== 2) return ONLY_UNKNOWN;
    const indexText = this.certainText(args[0], depth + 1);
    const index = indexText !== undefined && /^\d+$/.test(indexText) ? Number(indexText) : undefined;
    if (index === undefined) return ONLY_UNKNOWN;
    const lists = Array.isArray(args[1]) ? [{ value: literal(args[1]), when: [] }] : this.at(args[1], depth + 1);
    const out: Alternative[] = [];
    for (const list of lists) {
      if (list.value.kind !== 'literal' || !Array.isArray(list.value.value) || index >= list.value.value.length) return ONLY_UNKNOWN;
      const alts = this.at(list.value.value[index], depth + 1);
      this.spend(alts.length);
      for (const alt of alts) {
        const when = merge(list.when, alt.when);
        if (when) out.push({ value: alt.value, when });
      }
    }
    return out.length <= MAX_ALTERNATIVES ? out : ONLY_UNKNOWN;
  }
}

/** A key of a mapping an expression can name, and when it names it. */
interface KeyChoice {
  readonly key: string;
  readonly when: readonly Assumption[];
}

function literal(value: unknown): Resolved {
  return { kind: 'literal', value };
}

function partial(pieces: Piece[]): Resolved {
  const normalized = normalize(pieces);
  // CloudFormation replaces a dynamic reference (`{{resolve:ssm:...}}`) the joined text holds at deploy time, also
  // one made of several parts (adjacent literal parts are merged above): the text is then not known.
  if (normalized.some(p => typeof p === 'string' && hasDynamicReference(p))) return UNKNOWN;
  return normalized.some(isHole) ? { kind: 'partial', pieces: normalized } : literal(normalized.join(''));
}

function single(value: Resolved): readonly Alternative[] {
  return [{ value, when: [] }];
}

/** The pieces of a string value; a value that is not a string (or absent) has none. */
function piecesOf(value: Resolved): readonly Piece[] | undefined {
  switch (value.kind) {
    case 'partial': return value.pieces;
    case 'unknown': return [hole('any')];
    case 'literal':
      if (typeof value.value === 'string') return [value.value];
      // Numbers and booleans are written into strings as their text.
      if (typeof value.value === 'number' || typeof value.value === 'boolean') return [String(value.value)];
      return undefined;
    default: return undefined;
  }
}

/**
 * The strings made of one alternative of each part, joined with `delimiter` from part `from` on, for every
 * combination whose assumptions agree. A part that is not a string makes the result unknown.
 */
function concat(
  parts: ReadonlyArray<readonly Alternative[]>, delimiter: string, from: number, spend: (units: number) => void,
): readonly Alternative[] {
  // Each combination is a chain of the parts chosen, flattened once at the end: copying the pieces at each part
  // would be quadratic in the number of parts (a `Fn::Join` of 100,000 elements).
  let acc: Array<{ chain: Chain | undefined; when: readonly Assumption[] }> = [{ chain: undefined, when: [] }];
  for (let p = 0; p < parts.length; p++) {
    const choices: Array<{ pieces: readonly Piece[]; when: readonly Assumption[] }> = [];
    for (const b of parts[p]) {
      const pieces = piecesOf(b.value);
      if (!pieces) return ONLY_UNKNOWN;
      choices.push({ pieces, when: b.when });
    }
    const index = bySubject(choices);
    const next: typeof acc = [];
    for (const a of acc) {
      // A combination that already assumes the subject of the part's alternatives takes only the one that agrees.
      const assumed = index && a.when.find(x => x.subject === index.subject);
      const agreeing = assumed ? index.byValue.get(assumed.value) : undefined;
      const candidates = !assumed ? choices : agreeing ? [agreeing] : [];
      // Each combination tried costs one unit of work.
      spend(candidates.length);
      for (const b of candidates) {
        const when = merge(a.when, b.when);
        if (!when) continue;
        if (when.length > MAX_ASSUMPTIONS) return ONLY_UNKNOWN;
        const withDelimiter = p > from ? { pieces: [delimiter], previous: a.chain } : a.chain;
        next.push({ chain: { pieces: b.pieces, previous: withDelimiter }, when });
        if (next.length > MAX_ALTERNATIVES) return ONLY_UNKNOWN;
      }
    }
    acc = next;
  }
  return acc.map(a => ({ value: partial(flatten(a.chain)), when: a.when }));
}

/**
 * When each of several alternatives assumes one value of one subject, a different value each (a parameter's
 * allowed values, a region map's entries): the subject and the alternative for each value. A join of the same
 * parameter many times then combines each alternative with one, not with 64.
 */
function bySubject<T extends { when: readonly Assumption[] }>(alts: readonly T[]): { subject: string; byValue: Map<string, T> } | undefined {
  if (alts.length < 2 || alts[0].when.length !== 1) return undefined;
  const subject = alts[0].when[0].subject;
  const byValue = new Map<string, T>();
  for (const alt of alts) {
    if (alt.when.length !== 1 || alt.when[0].subject !== subject || byValue.has(alt.when[0].value)) return undefined;
    byValue.set(alt.when[0].value, alt);
  }
  return { subject, byValue };
}

/** The parts chosen for one string, last first. */
interface Chain {
  readonly pieces: readonly Piece[];
  readonly previous: Chain | undefined;
}

function flatten(chain: Chain | undefined): Piece[] {
  const reversed: Array<readonly Piece[]> = [];
  for (let c = chain; c !== undefined; c = c.previous) reversed.push(c.pieces);
  const out: Piece[] = [];
  for (let i = reversed.length - 1; i >= 0; i--) for (const piece of reversed[i]) out.push(piece);
  return out;
}

/** Both lists of assumptions, or undefined when they contradict each other (one subject, two values). */
function merge(a: readonly Assumption[], b: readonly Assumption[]): readonly Assumption[] | undefined {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out = [...a];
  for (const assumption of b) {
    const same = out.find(x => x.subject === assumption.subject);
    if (!same) out.push(assumption);
    else if (same.value !== assumption.value) return undefined;
  }
  return out;
}

/** ` (when condition IsProd is true and parameter Stage is "prod")`, or '' without assumptions. */
export function describeWhen(when: readonly Assumption[]): string {
  if (when.length === 0) return '';
  const said = when.map(a => (a.subject.startsWith('condition ') ? `${a.subject} is ${a.value}` : `${a.subject} is "${a.value}"`));
  return ` (when ${said.join(' and ')})`;
}
