import { Stack } from 'aws-cdk-lib';
import { IFunction } from 'aws-cdk-lib/aws-lambda';

/** `arn:<partition>:apigateway:<region>:lambda:path/2015-03-31/functions/<function-arn>/invocations`. */
export function lambdaInvocationUri(stack: Stack, handler: IFunction): string {
  return stack.formatArn({ service: 'apigateway', account: 'lambda', resource: 'path/2015-03-31/functions', resourceName: `${handler.functionArn}/invocations` });
}
