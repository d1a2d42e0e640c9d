import { stringOf } from '../../model/value';
import { Rule } from '../rule';

export const stageDefaultWebSocket: Rule = {
  id: 'stage-default-websocket',
  severity: 'warning',
  summary: 'A WebSocket stage is not named $default: that stage name is an HTTP API concept',
  references: ['STAGE-002'],
  evidence: { kind: 'inferred', source: 'STAGE-002: deploys (terraform-aws-modules/terraform-aws-apigateway-v2#7)' },
  check(model, report) {
    for (const stage of model.stages) {
      if (stage.api?.protocol !== 'WEBSOCKET' || stringOf(stage.properties.StageName) !== '$default') continue;
      report({ resource: stage, path: 'StageName', message: 'StageName is "$default" on a WebSocket API; $default stages are served from the base URL only on HTTP APIs: use a plain name such as "prod"' });
    }
  },
};
