import { isPresent, isUnknown } from '../../model/value';
import { Rule } from '../rule';

export const stageAccessPolicy: Rule = {
  id: 'stage-access-policy',
  severity: 'warning',
  summary: 'AccessPolicyId is not set on a stage: API Gateway does not support it',
  references: ['STAGE-020'],
  evidence: { kind: 'documented', source: 'CFN AWS::ApiGatewayV2::Stage AccessPolicyId ("This parameter is not currently supported"); no rejection documented or observed, so a warning' },
  check(model, report) {
    for (const stage of model.stages) {
      const value = stage.properties.AccessPolicyId;
      if (!isPresent(value) || isUnknown(value) || value === '') continue;
      report({ resource: stage, path: 'AccessPolicyId', message: 'AccessPolicyId is set, but API Gateway does not currently support it: no access policy applies; control access with authorizers, IAM authorization or a resource policy on a REST API' });
    }
  },
};
