import { stringOf } from '../../model/value';
import { Rule } from '../rule';

/** SDK `CreateRouteRequest.OperationName: StringWithLengthBetween1And64`. */
export const OPERATION_NAME_MAX_LENGTH = 64;

/** What is wrong with a route's operation name, or undefined. Shared with `HttpRoute` and `WebSocketRoute`. */
export function operationNameProblem(name: string): string | undefined {
  if (name.length >= 1 && name.length <= OPERATION_NAME_MAX_LENGTH) return undefined;
  return `OperationName has ${name.length} characters; expected 1 to ${OPERATION_NAME_MAX_LENGTH}`;
}

export const routeOperationName: Rule = {
  id: 'route-operation-name',
  severity: 'error',
  summary: 'A route OperationName has 1 to 64 characters',
  references: ['ROUTE-020'],
  evidence: { kind: 'documented', source: 'SDK CreateRouteRequest.OperationName StringWithLengthBetween1And64' },
  check(model, report) {
    for (const route of model.routes) {
      const name = stringOf(route.properties.OperationName);
      const problem = name === undefined ? undefined : operationNameProblem(name);
      if (problem) report({ resource: route, path: 'OperationName', message: problem });
    }
  },
};
