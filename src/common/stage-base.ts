import { SwitchyardError } from './errors';
import type { ThrottleSettings } from './stage';
import { isUnknownInput, isUnresolvedKey } from '../private/unknown-input';

/** Throttling for the routes of a stage (the same as `ThrottleSettings`, kept for existing code). */
export interface StageThrottleSettings extends ThrottleSettings {}

/** S003 Stage: variable names are alphanumeric and `_`; DG http-api-quotas: 64 characters. */
const STAGE_VARIABLE_NAME = /^[A-Za-z0-9_]{1,64}$/;
/** S003 Stage.stageVariables and CloudFormation (the wider set with `.`); DG http-api-quotas: 512 characters. */
const STAGE_VARIABLE_VALUE = /^[A-Za-z0-9\-._~:/?#&=,]{1,512}$/;
/** S003 "alphanumeric characters, hyphens, and underscores, or be $default. Maximum length is 128". */
const STAGE_NAME = /^[A-Za-z0-9_-]{1,128}$/;

/** Throws as `stage-name` when a literal stage name is neither `$default` nor 1 to 128 of `[A-Za-z0-9_-]`. */
export function checkStageName(name: string): void {
  if (isUnknownInput(name) || name === '$default' || STAGE_NAME.test(name)) return;
  throw new SwitchyardError('stage-name', `stage name "${name}" is not valid; expected $default or 1 to 128 letters, digits, "-" and "_"`);
}

/** Throws as `stage-variable-name` / `stage-variable-value` when a literal stage variable breaks those rules. */
export function checkStageVariable(name: string, value: string): void {
  if (!isUnresolvedKey(name) && !STAGE_VARIABLE_NAME.test(name)) {
    throw new SwitchyardError('stage-variable-name', `stage variable name "${name}" is not valid; expected 1 to 64 letters, digits and "_"`);
  }
  if (!isUnknownInput(value) && !STAGE_VARIABLE_VALUE.test(value)) {
    const why = value.length === 0 ? 'it is empty' : value.length > 512 ? `it has ${value.length} characters` : `it contains ${JSON.stringify([...value].find(c => !/[A-Za-z0-9\-._~:/?#&=,]/.test(c)))}`;
    throw new SwitchyardError('stage-variable-value', `stage variable ${name} has the value "${value.slice(0, 60)}", which is not valid (${why}); expected 1 to 512 of [A-Za-z0-9-._~:/?#&=,]`);
  }
}

