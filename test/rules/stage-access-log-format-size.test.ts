import { expectRule } from './rule-table';
import { stageAccessLogFormatSize } from '../../src/rules/stage/stage-access-log-format-size';

const ARN = 'arn:aws:logs:us-east-1:123456789012:log-group:access';
const stage = (format: unknown) => ({ Stage: { Type: 'AWS::ApiGatewayV2::Stage', Properties: { ApiId: 'abc123', StageName: 'prod', AccessLogSettings: { DestinationArn: ARN, Format: format } } } });
const format = (bytes: number) => `{"requestId":"$context.requestId","pad":"${'x'.repeat(bytes - 43)}"}`;

expectRule(stageAccessLogFormatSize, {
  valid: [
    { name: '3,072 bytes', resources: stage(format(3072)) },
    { name: 'an unknown format', resources: stage({ 'Fn::Sub': format(4000) }) },
  ],
  invalid: [
    { name: '3,073 bytes', resources: stage(format(3073)), findings: [{ resource: 'Stage', path: 'AccessLogSettings.Format' }] },
    { name: '1,100 three-byte characters (3,300 bytes)', resources: stage(`$context.requestId ${'€'.repeat(1100)}`), findings: [{ resource: 'Stage', path: 'AccessLogSettings.Format' }] },
  ],
});

test('the format helper builds the byte count it is asked for', () => {
  expect(Buffer.byteLength(format(3072))).toBe(3072);
});
