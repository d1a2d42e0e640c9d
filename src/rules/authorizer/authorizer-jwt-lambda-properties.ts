import { isPresent, isUnknown } from '../../model/value';
import { Rule } from '../rule';
import { authorizerType } from './authorizer-kind';

/** The properties of a Lambda (REQUEST) authorizer, which a JWT authorizer has no use for. */
const LAMBDA_ONLY: readonly string[] = ['AuthorizerUri', 'AuthorizerCredentialsArn', 'AuthorizerPayloadFormatVersion', 'EnableSimpleResponses', 'AuthorizerResultTtlInSeconds'];

export const authorizerJwtLambdaProperties: Rule = {
  id: 'authorizer-jwt-lambda-properties',
  severity: 'warning',
  summary: 'A JWT authorizer sets none of the Lambda authorizer properties (AuthorizerUri, AuthorizerCredentialsArn, AuthorizerPayloadFormatVersion, EnableSimpleResponses, AuthorizerResultTtlInSeconds)',
  references: ['AUTH-007', 'AUTH-017'],
  evidence: { kind: 'documented', source: 'S003 L3318 authorizerUri and authorizerCredentialsArn ("Supported only for REQUEST authorizers"), authorizerResultTtlInSeconds ("Supported only for HTTP API Lambda authorizers"); no rejection documented or observed, so a warning' },
  check(model, report) {
    for (const authorizer of model.authorizers) {
      if (authorizer.api?.protocol !== 'HTTP' || authorizerType(authorizer) !== 'JWT') continue;
      for (const property of LAMBDA_ONLY) {
        const value = authorizer.properties[property];
        // An unknown value may resolve to AWS::NoValue (an Fn::If): only a literal is certainly set.
        if (!isPresent(value) || isUnknown(value)) continue;
        report({ resource: authorizer, path: property, message: `${property} is set on a JWT authorizer; it configures Lambda (REQUEST) authorizers only, and a JWT authorizer validates tokens with its JwtConfiguration alone` });
      }
    }
  },
};
