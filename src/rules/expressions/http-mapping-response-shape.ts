import { show } from '../../expressions/problem';
import { arrayOf, isPresent, mapOf } from '../../model/value';
import { Rule } from '../rule';
import { isProtocol } from './helpers';

export const httpMappingResponseShape: Rule = {
  id: 'http-mapping-response-shape',
  severity: 'error',
  summary: 'In CloudFormation, ResponseParameters is {"<status>": {"ResponseParameters": [{"Destination", "Source"}]}}',
  references: ['HTTP-PM-015'],
  evidence: { kind: 'observed', source: 'aws-cloudformation/cloudformation-cli#1113 ("Properties validation failed ... extraneous key"); CFN Integration.ResponseParameters' },
  check(model, report) {
    for (const integration of model.integrations) {
      if (!isProtocol(integration, 'HTTP')) continue;
      const groups = mapOf(integration.properties.ResponseParameters);
      for (const [status, group] of Object.entries(groups ?? {})) {
        const g = mapOf(group);
        if (!g) continue;
        const extra = Object.keys(g).filter(k => k !== 'ResponseParameters');
        for (const key of extra) {
          report({
            resource: integration,
            path: `ResponseParameters.${status}.${key}`,
            message: `${show(key)} is written in the API's flat shape; CloudFormation expects {"ResponseParameters": [{"Destination": ${show(key)}, "Source": "..."}]} under ${show(status)}`,
          });
        }
        const list = arrayOf(g.ResponseParameters);
        if (!list) {
          if (isPresent(g.ResponseParameters) && mapOf(g.ResponseParameters)) {
            report({ resource: integration, path: `ResponseParameters.${status}.ResponseParameters`, message: 'ResponseParameters under a status code is a list of {"Destination", "Source"} objects, not a map' });
          }
          continue;
        }
        list.forEach((item, i) => {
          const m = mapOf(item);
          if (!m) return;
          const keys = Object.keys(m);
          const unexpected = keys.filter(k => k !== 'Destination' && k !== 'Source');
          const missing = ['Destination', 'Source'].filter(k => !keys.includes(k));
          if (unexpected.length || missing.length) {
            report({
              resource: integration,
              path: `ResponseParameters.${status}.ResponseParameters[${i}]`,
              message: `each response parameter is {"Destination": "<key>", "Source": "<value>"}${missing.length ? `; missing ${missing.join(', ')}` : ''}${unexpected.length ? `; unexpected ${unexpected.map(k => show(k)).join(', ')}` : ''}`,
            });
          }
        });
      }
    }
  },
};
