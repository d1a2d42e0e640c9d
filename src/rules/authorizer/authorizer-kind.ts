import { AuthorizerNode } from '../../model/nodes';
import { stringOf } from '../../model/value';

/** The authorizer's literal type, or undefined. */
export function authorizerType(authorizer: AuthorizerNode): string | undefined {
  return stringOf(authorizer.properties.AuthorizerType);
}

/** A Lambda (REQUEST) authorizer of an HTTP API: the one kind with payload formats, caching and simple responses. */
export function isHttpLambdaAuthorizer(authorizer: AuthorizerNode): boolean {
  return authorizer.api?.protocol === 'HTTP' && authorizerType(authorizer) === 'REQUEST';
}
