import { ResourceNode, TemplateModel } from '../model/nodes';

export type Severity = 'error' | 'warning';

/** Where the docs page of a rule lives. */
export const DOCS_BASE_URL = 'https://github.com/switchyard/cdk-switchyard/blob/main/docs/rules/';

/** What a rule's check reports: the engine adds the rule id, severity and resource identity. */
export interface Report {
  /** The resource the finding is about. */
  readonly resource: ResourceNode;
  /** The property path, e.g. `RequestParameters.append:header.x-id` or `CorsConfiguration.AllowOrigins[0]`. */
  readonly path: string;
  /** What is wrong, the value seen, and what is expected. */
  readonly message: string;
  /** 1-based line inside a template or expression string, when the finding has a position there. */
  readonly line?: number;
  /** 1-based column inside a template or expression string. */
  readonly column?: number;
}

export type Reporter = (report: Report) => void;

/**
 * What a rule's severity rests on:
 * - `observed`: a real deployment failed with the service's message (a real-deploy fixture, `PF:<id>` in
 *   spec/validation-rules.md, or a public issue quoting API Gateway or CloudFormation);
 * - `documented`: the API reference, the CloudFormation resource reference or the SDK service model states
 *   the constraint as a must (required, a length, range, pattern or enumeration, "can't", "only ... is
 *   supported"), or documents the run-time failure;
 * - `inferred`: neither. An error rule needs `observed` or `documented` (a test holds it to that).
 */
export type EvidenceKind = 'observed' | 'documented' | 'inferred';

/** The evidence behind a rule's severity; its docs page states the same in its `**Evidence:**` line. */
export interface Evidence {
  readonly kind: EvidenceKind;
  /** Short citations with the spec's source tags, e.g. `PF:pf-apigwv2-api-name-required; S003 L2269 CreateApiInput.name`. */
  readonly source: string;
}

/** One rule: a pure check over the model. One rule per file, registered in `registry.ts`. */
export interface Rule {
  /** Stable, kebab-case, `<area>-<what>`; also the docs page name. */
  readonly id: string;
  readonly severity: Severity;
  /** One line: what the rule requires. */
  readonly summary: string;
  /** Reference ids from spec/validation-rules.md (e.g. `API-001`). */
  readonly references: readonly string[];
  /** What the severity rests on: `error` needs `observed` or `documented` evidence. */
  readonly evidence: Evidence;
  /** Reports every violation in the model; must not report on unknown values. */
  check(model: TemplateModel, report: Reporter): void;
}

/**
 * A finding, as every door (synth, `Switchyard.check`, `switchyard lint`, `MappingTemplate.check`) sees it.
 */
export interface Finding {
  /** The rule id, e.g. `integration-timeout`; its docs are at `docs/rules/<rule>.md`. */
  readonly rule: string;
  /** `error` (deploy or every request fails) or `warning` (almost surely a mistake). */
  readonly severity: string;
  /** What is wrong, the value seen, and what is expected. */
  readonly message: string;
  /**
   * The template file.
   * @default - not linting a file
   */
  readonly file?: string;
  /** The logical id of the resource (empty when the finding is not about a resource). */
  readonly resource: string;
  /** The CloudFormation resource type (empty when the finding is not about a resource). */
  readonly type: string;
  /** The property path, e.g. `RequestParameters.append:header.x-id` (empty when not about a property). */
  readonly path: string;
  /**
   * 1-based line inside the template or expression string the property holds.
   * @default - no position inside the value
   */
  readonly line?: number;
  /**
   * 1-based column inside the template or expression string the property holds.
   * @default - no position inside the value
   */
  readonly column?: number;
}

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}

/** The id of the finding reported when a rule itself throws: the engine reports it instead of crashing. */
export const RULE_FAILURE_ID = 'engine-rule-failed';
