/**
 * Pure checks of single values of stages and deployments, shared by the rules and the constructs so that a
 * construct rejects at once exactly what the rule reports at synth. Each returns what is wrong, or undefined.
 */

/** SDK `CreateStageRequest.Description` and `CreateDeploymentRequest.Description`: `StringWithLengthBetween0And1024`. */
export const DESCRIPTION_MAX_LENGTH = 1024;

/** `what` names the owner in the message: `stage`, `deployment`. */
export function descriptionProblem(what: string, description: string): string | undefined {
  if (description.length <= DESCRIPTION_MAX_LENGTH) return undefined;
  return `the ${what} description has ${description.length} characters; expected at most ${DESCRIPTION_MAX_LENGTH}`;
}
