import { docsUrl } from '../rules/rule';

/**
 * The error Switchyard's constructs and builders throw when their literal input breaks a rule: the
 * message starts with `[rule-id]` and ends with the rule's docs link, and `ruleId` carries the id.
 */
export class SwitchyardError extends Error {
  /** The id of the rule the input breaks, e.g. `http-mapping-reserved-header`. */
  public readonly ruleId: string;

  constructor(ruleId: string, message: string) {
    super(`[${ruleId}] ${message} (${docsUrl(ruleId)})`);
    this.name = 'SwitchyardError';
    this.ruleId = ruleId;
    Object.setPrototypeOf(this, SwitchyardError.prototype);
  }
}
