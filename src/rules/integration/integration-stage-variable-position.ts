import { show } from '../../expressions/problem';
import { stringOf } from '../../model/value';
import { Rule } from '../rule';

const STAGE_VARIABLE = '${stageVariables.';
/** API Gateway's Lambda invocation URI: the function ARN sits between `functions/` and `/invocations`. */
const INVOCATION_URI = /^(arn:[^:]*:apigateway:[^:]*:lambda:path\/[^/]*\/functions\/)(.*)\/invocations$/;

/**
 * The ARN fields (split on `:`) before the first one a stage variable may stand in: a Lambda function ARN
 * `arn:<partition>:lambda:<region>:<account>:function:<name>[:<alias or version>]` takes one in the name or the
 * qualifier (field 6 on); a role ARN `arn:<partition>:iam::<account>:<role>` after the account (field 5 on).
 */
function misplaced(arn: string, firstAllowed: number): boolean {
  return arn.split(':').slice(0, firstAllowed).some(field => field.includes(STAGE_VARIABLE));
}

function uriProblem(uri: string): string | undefined {
  if (!uri.startsWith('arn:')) return undefined; // an http(s) URL takes stage variables in its host, path and query
  const invocation = INVOCATION_URI.exec(uri);
  if (invocation && invocation[1].includes(STAGE_VARIABLE)) return 'in the invocation URI\'s partition or region';
  const fn = invocation ? invocation[2] : uri;
  // A stage variable standing for the whole function ARN, or another service's ARN: no documented verdict.
  if (!/^arn:[^:]*:lambda:/.test(fn)) return undefined;
  return misplaced(fn, 6) ? 'in the function ARN\'s partition, region or account' : undefined;
}

export const integrationStageVariablePosition: Rule = {
  id: 'integration-stage-variable-position',
  severity: 'error',
  summary: 'A stage variable in an ARN IntegrationUri stands only for the Lambda function name or its alias or version, and in CredentialsArn only for the part after the account',
  references: ['INT-014'],
  evidence: { kind: 'documented', source: 'DG:http-api-stages § API Gateway stage variables reference ("Stage variables don\'t support cross-account Lambda functions"; the Lambda and role ARN forms); amazon-archives/aws-apigateway-importer#94 (AWS\'s list of the allowed positions; REST analogue "Invalid ARN specified in the request")' },
  check(model, report) {
    for (const integration of model.integrations) {
      const uri = stringOf(integration.properties.IntegrationUri);
      const where = uri?.includes(STAGE_VARIABLE) ? uriProblem(uri) : undefined;
      if (uri !== undefined && where) {
        report({ resource: integration, path: 'IntegrationUri', message: `IntegrationUri ${show(uri)} has a stage variable ${where}; in a Lambda ARN a stage variable may stand only for the function name or its alias or version (function:\${stageVariables.fn} or function:name:\${stageVariables.alias})` });
      }
      const role = stringOf(integration.properties.CredentialsArn);
      if (role !== undefined && role.startsWith('arn:') && misplaced(role, 5)) {
        report({ resource: integration, path: 'CredentialsArn', message: `CredentialsArn ${show(role)} has a stage variable before the role; it may stand only for the part after the account (arn:aws:iam::<account>:\${stageVariables.role})` });
      }
    }
  },
};
