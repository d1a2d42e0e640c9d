/**
 * The request a template is rendered against, and what a render gives back: the `switchyard render`
 * contract (design.md), used by the evaluator, the CLI and `MappingTemplate`.
 */

export interface RenderRequestInput {
  /** The raw payload; null, absent or empty behaves as `{}` (recorded on AWS). */
  readonly body?: string | null;
  readonly params?: {
    readonly path?: Readonly<Record<string, string>>;
    readonly querystring?: Readonly<Record<string, string>>;
    readonly header?: Readonly<Record<string, string>>;
  };
  /**
   * `$context`, nested as API Gateway has it (`{"identity": {"sourceIp": ...}}`). May carry
   * `requestOverride`/`responseOverride` set by an earlier request template.
   */
  readonly context?: Readonly<Record<string, unknown>>;
  readonly stageVariables?: Readonly<Record<string, string>>;
}

export interface RequestOverride {
  header: Record<string, string>;
  querystring: Record<string, string>;
  path: Record<string, string>;
}

export interface ResponseOverride {
  header: Record<string, string>;
  /** Only when set to an integer from 100 to 599 (anything else is ignored, as on API Gateway). */
  status?: number;
}

export interface RenderOutcome {
  /** The rendered body (what was rendered before an error, when there is one). */
  output: string;
  requestOverride: RequestOverride;
  responseOverride: ResponseOverride;
  /** Empty on success; otherwise why API Gateway would fail the request (or why the template does not parse). */
  errors: string[];
}
