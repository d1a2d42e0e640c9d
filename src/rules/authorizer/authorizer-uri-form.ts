import { show } from '../../expressions/problem';
import { stringOf } from '../../model/value';
import { Rule } from '../rule';

/** SDK `UriWithLengthBetween1And2048`. */
const MAX_LENGTH = 2048;
/** `arn:<partition>:apigateway:<region>:lambda:path/<service api>`, the form S003 gives. */
const LAMBDA_PATH_URI = /^arn:[a-z-]+:apigateway:([a-z0-9-]+):lambda:path\/\S+$/;
/** The region of the Lambda function ARN inside the path, when the path names one. */
const FUNCTION_REGION = /\/functions\/arn:[a-z-]+:lambda:([a-z0-9-]+):/;

function problemOf(uri: string): string | undefined {
  if (uri.length > MAX_LENGTH) return `AuthorizerUri has ${uri.length} characters; expected at most ${MAX_LENGTH}`;
  const m = LAMBDA_PATH_URI.exec(uri);
  if (!m) {
    return `AuthorizerUri ${show(uri)} is not a Lambda invocation URI; expected arn:<partition>:apigateway:<region>:lambda:path/2015-03-31/functions/<function ARN>/invocations`;
  }
  const fn = FUNCTION_REGION.exec(uri);
  if (fn && fn[1] !== m[1]) return `AuthorizerUri names region ${m[1]} for a function in ${fn[1]}; the region of the URI is the function's region`;
  return undefined;
}

export const authorizerUriForm: Rule = {
  id: 'authorizer-uri-form',
  severity: 'error',
  summary: 'A REQUEST authorizer\'s AuthorizerUri is a Lambda invocation URI (arn:<partition>:apigateway:<region>:lambda:path/...) in the function\'s region, at most 2,048 characters',
  references: ['AUTH-009'],
  evidence: { kind: 'documented', source: 'S003 L2719 authorizerUri ("For REQUEST authorizers, this must be a well-formed Lambda function URI ... {region} is the same as the region hosting the Lambda function"); SDK UriWithLengthBetween1And2048' },
  check(model, report) {
    for (const authorizer of model.authorizers) {
      if (stringOf(authorizer.properties.AuthorizerType) !== 'REQUEST') continue;
      const uri = stringOf(authorizer.properties.AuthorizerUri);
      // Empty is authorizer-lambda-uri's finding; a stage variable is resolved per stage.
      if (uri === undefined || uri === '' || uri.includes('${stageVariables.')) continue;
      const problem = problemOf(uri);
      if (problem) report({ resource: authorizer, path: 'AuthorizerUri', message: problem });
    }
  },
};
