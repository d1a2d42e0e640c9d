import { show } from '../../expressions/problem';
import { stringOf } from '../../model/value';
import { Rule } from '../rule';

/** A Lambda function ARN, or API Gateway's invocation URI of one. */
const LAMBDA_URI = /^arn:[a-z-]+:(lambda:[a-z0-9-]+:\d{12}:function:|apigateway:[a-z0-9-]+:lambda:path\/)/;

export const wsIntegrationLambdaPost: Rule = {
  id: 'ws-integration-lambda-post',
  severity: 'error',
  summary: 'A WebSocket integration that invokes a Lambda function uses IntegrationMethod POST',
  references: ['INT-011'],
  evidence: { kind: 'documented', source: 'S003 L7482 CreateIntegrationInput.integrationMethod ("For WebSocket APIs, if you use a Lambda integration, you must set the integration method to POST"); CFN Integration.IntegrationMethod' },
  check(model, report) {
    for (const integration of model.integrations) {
      if (integration.api?.protocol !== 'WEBSOCKET') continue;
      const p = integration.properties;
      const type = stringOf(p.IntegrationType);
      const uri = stringOf(p.IntegrationUri);
      const method = stringOf(p.IntegrationMethod);
      if ((type !== 'AWS' && type !== 'AWS_PROXY') || uri === undefined || !LAMBDA_URI.test(uri) || method === undefined) continue;
      // The documented spelling is POST; whether the service folds case is not documented, so only another method is reported.
      if (method.toUpperCase() === 'POST') continue;
      report({ resource: integration, path: 'IntegrationMethod', message: `IntegrationMethod is ${show(method)}; a WebSocket integration invokes Lambda with POST only` });
    }
  },
};
