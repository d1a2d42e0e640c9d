import { Rule } from '../rule';
import { accessLogOf } from './access-log';

/** arn:<partition>:logs:<region>:<account>:log-group:<name>[:*] (S003 AccessLogSettings.destinationArn). */
const LOG_GROUP_ARN = /^arn:aws[a-zA-Z-]*:logs:[a-z0-9-]+:\d{12}:log-group:[\w\-/.#]+(:\*)?$/;

export const stageAccessLogDestination: Rule = {
  id: 'stage-access-log-destination',
  severity: 'error',
  summary: 'The access log DestinationArn is the ARN of a CloudWatch Logs log group',
  references: ['STAGE-011'],
  evidence: { kind: 'observed', source: 'PF:pf-apigwv2-access-log-destination-log-group' },
  check(model, report) {
    for (const stage of model.stages) {
      const destination = accessLogOf(stage)?.destination;
      if (destination === undefined || LOG_GROUP_ARN.test(destination)) continue;
      const firehose = destination.includes(':firehose:');
      report({
        resource: stage,
        path: 'AccessLogSettings.DestinationArn',
        message: `the access log DestinationArn "${destination}" is not a CloudWatch Logs log group ARN${firehose ? ' (HTTP and WebSocket stages cannot log to Firehose)' : ''}; expected arn:aws:logs:<region>:<account>:log-group:<name>`,
      });
    }
  },
};
