import { show } from '../../expressions/problem';
import { booleanOf, isNoValue, isPresent, isUnknown, mapOf } from '../../model/value';
import { Rule } from '../rule';

export const wsRouteResponseParameter: Rule = {
  id: 'ws-route-response-parameter',
  severity: 'error',
  summary: 'Each route response ResponseParameters value is {"Required": boolean}',
  references: ['RR-004'],
  evidence: { kind: 'documented', source: 'CFN RouteResponse.ResponseParameters (ParameterConstraints.Required: Required)' },
  // CloudFormation's ParameterConstraints has one member, Required, which is required and boolean.
  check(model, report) {
    for (const rr of model.routeResponses) {
      if (rr.api?.protocol !== 'WEBSOCKET') continue;
      const params = mapOf(rr.properties.ResponseParameters);
      if (!params) continue;
      for (const [name, constraint] of Object.entries(params)) {
        // A constraint of AWS::NoValue removes the parameter.
        if (isUnknown(name) || isUnknown(constraint) || isNoValue(constraint)) continue;
        const path = `ResponseParameters.${name}`;
        const c = mapOf(constraint);
        if (!c) {
          report({ resource: rr, path, message: `response parameter ${show(name)} is ${JSON.stringify(constraint) ?? 'empty'}; expected {"Required": true|false}` });
          continue;
        }
        const required = c.Required;
        if (!isPresent(required)) {
          report({ resource: rr, path: `${path}.Required`, message: `response parameter ${show(name)} has no Required; expected {"Required": true|false}` });
        } else if (booleanOf(required) === undefined && !isUnknown(required)) {
          report({ resource: rr, path: `${path}.Required`, message: `response parameter ${show(name)} has Required ${JSON.stringify(required)}; expected true or false` });
        }
      }
    }
  },
};
