import { invalidThrough, validThrough } from './intrinsic-forms';
import { expectRule } from './rule-table';
import { stageAccessLogDestination } from '../../src/rules/stage/stage-access-log-destination';

const V2 = 'AWS::ApiGatewayV2::';
const destination = (DestinationArn: unknown, protocol = 'HTTP') => ({
  Api: { Type: `${V2}Api`, Properties: { Name: 'a', ProtocolType: protocol, RouteSelectionExpression: '$request.body.action' } },
  Stage: { Type: `${V2}Stage`, Properties: { ApiId: { Ref: 'Api' }, StageName: 'prod', AccessLogSettings: { DestinationArn, Format: '$context.requestId' } } },
});
const finding = [{ resource: 'Stage', path: 'AccessLogSettings.DestinationArn' }];

expectRule(stageAccessLogDestination, {
  valid: [
    { name: 'a log group', resources: destination('arn:aws:logs:us-east-1:123456789012:log-group:api-logs') },
    { name: 'a log group ARN ending in :*', resources: destination('arn:aws:logs:us-east-1:123456789012:log-group:api-logs:*') },
    { name: 'a vended-logs name with slashes and dots', resources: destination('arn:aws:logs:eu-west-1:123456789012:log-group:/aws/vendedlogs/api.v2-access_logs', 'WEBSOCKET') },
    { name: 'the China partition', resources: destination('arn:aws-cn:logs:cn-north-1:123456789012:log-group:api-logs') },
    { name: 'the GovCloud partition', resources: destination('arn:aws-us-gov:logs:us-gov-west-1:123456789012:log-group:api-logs') },
    { name: 'an Fn::GetAtt', resources: destination({ 'Fn::GetAtt': ['Logs', 'Arn'] }) },
    { name: 'an Fn::Sub', resources: destination({ 'Fn::Sub': 'arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:api' }) },
    { name: 'a Ref', resources: destination({ Ref: 'LogGroupArn' }) },
    { name: 'a CDK token', resources: destination('${Token[TOKEN.12]}') },
    { name: 'an ARN with CDK tokens inside', resources: destination('arn:${Token[AWS.Partition.8]}:logs:${Token[AWS.Region.4]}:${Token[AWS.AccountId.0]}:log-group:api') },
    { name: 'AWS::NoValue', resources: destination({ Ref: 'AWS::NoValue' }) },
    ...validThrough('arn:aws:logs:us-east-1:123456789012:log-group:api-logs', destination, 'arn:aws-cn:logs:cn-north-1:123456789012:log-group:api-logs'),
    { name: 'the Arn of a log group of the template', resources: { ...destination({ 'Fn::GetAtt': ['Logs', 'Arn'] }), Logs: { Type: 'AWS::Logs::LogGroup', Properties: { LogGroupName: '/aws/vendedlogs/api' } } } },
    { name: 'a log group named by a parameter', resources: destination({ 'Fn::Sub': 'arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:${LogGroupName}' }) },
  ],
  invalid: [
    ...invalidThrough('arn:aws:s3:::my-logs', 'arn:aws:logs:us-east-1:123456789012:log-group:api-logs', destination, finding),
    { name: 'a Firehose stream through Fn::Sub and pseudo parameters', resources: destination({ 'Fn::Sub': 'arn:${AWS::Partition}:firehose:${AWS::Region}:${AWS::AccountId}:deliverystream/x' }), findings: finding },
    { name: 'a Firehose stream named by a parameter', resources: destination({ 'Fn::Sub': 'arn:${AWS::Partition}:firehose:${AWS::Region}:${AWS::AccountId}:deliverystream/${Name}' }), findings: finding },
    { name: 'the Arn of a Firehose stream of the template', resources: { ...destination({ 'Fn::GetAtt': ['Stream', 'Arn'] }), Stream: { Type: 'AWS::KinesisFirehose::DeliveryStream', Properties: {} } }, findings: finding },
    { name: 'a Firehose delivery stream', resources: destination('arn:aws:firehose:us-east-1:123456789012:deliverystream/amazon-apigateway-x'), findings: finding },
    { name: 'an S3 bucket', resources: destination('arn:aws:s3:::my-logs', 'WEBSOCKET'), findings: finding },
    { name: 'a bare log group name', resources: destination('api-logs'), findings: finding },
    { name: 'an account of 11 digits', resources: destination('arn:aws:logs:us-east-1:12345678901:log-group:api-logs'), findings: finding },
    { name: 'a log stream', resources: destination('arn:aws:logs:us-east-1:123456789012:log-group:api-logs:log-stream:s1'), findings: finding },
  ],
});
