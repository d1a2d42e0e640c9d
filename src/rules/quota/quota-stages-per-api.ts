import { Rule } from '../rule';
import { quotaMessage, STAGES_PER_API } from './quota';

export const quotaStagesPerApi: Rule = {
  id: 'quota-stages-per-api',
  severity: 'warning',
  summary: 'An API has at most 10 stages, the default (adjustable) quota',
  references: ['QUOTA-003'],
  evidence: { kind: 'documented', source: 'DG:http-api-quotas ("Stages per API 10", adjustable); DG:apigateway-set-up-websocket-deployment ("By default you are limited to 10 stages per API")' },
  check(model, report) {
    for (const api of model.apis) {
      if (api.stages.length <= STAGES_PER_API.limit) continue;
      report({ resource: api, path: '', message: quotaMessage(STAGES_PER_API, api.stages.length, 'stages in this template belong to the API') });
    }
  },
};
