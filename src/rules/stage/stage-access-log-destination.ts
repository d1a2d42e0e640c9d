import { arnFields, describePieces, Piece, probes } from '../../model/partial-string';
import { mapOf } from '../../model/value';
import { Rule } from '../rule';

/** arn:<partition>:logs:<region>:<account>:log-group:<name>[:*] (S003 AccessLogSettings.destinationArn). */
const LOG_GROUP_ARN = /^arn:aws[a-zA-Z-]*:logs:[a-z0-9-]+:\d{12}:log-group:[\w\-/.#]+(:\*)?$/;

/**
 * Whether the ARN is not a log group's whatever its unknown parts hold: a literal ARN that does not match, holes of
 * known kinds whose two stand-ins both fail, or an ARN whose service field is certainly not `logs`.
 */
function isLogGroupCertainlyNot(pieces: readonly Piece[]): boolean {
  const both = probes(pieces);
  if (both) return !LOG_GROUP_ARN.test(both[0]) && !LOG_GROUP_ARN.test(both[1]);
  const fields = arnFields(pieces);
  const service = fields && fields.length > 3 ? fields[2] : undefined;
  return service !== undefined && service !== 'logs';
}

export const stageAccessLogDestination: Rule = {
  id: 'stage-access-log-destination',
  severity: 'error',
  summary: 'The access log DestinationArn is the ARN of a CloudWatch Logs log group',
  references: ['STAGE-011'],
  evidence: { kind: 'observed', source: 'PF:pf-apigwv2-access-log-destination-log-group' },
  check(model, report) {
    for (const stage of model.stages) {
      const settings = mapOf(stage.properties.AccessLogSettings);
      // Each value the template can give (Fn::Sub with pseudo parameters, Fn::If, a parameter), named by when.
      for (const { value: pieces, when } of model.values.shapes(settings?.DestinationArn)) {
        const destination = describePieces(pieces);
        if (!isLogGroupCertainlyNot(pieces)) continue;
        const firehose = destination.includes(':firehose:');
        report({
          resource: stage,
          path: 'AccessLogSettings.DestinationArn',
          message: `the access log DestinationArn "${destination}"${when} is not a CloudWatch Logs log group ARN${firehose ? ' (HTTP and WebSocket stages cannot log to Firehose)' : ''}; expected arn:aws:logs:<region>:<account>:log-group:<name>`,
        });
      }
    }
  },
};
