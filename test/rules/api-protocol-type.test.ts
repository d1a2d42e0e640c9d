import { expectRule } from './rule-table';
import { apiProtocolType } from '../../src/rules/api/api-protocol-type';

const api = (properties: Record<string, unknown>) => ({ Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'orders', ...properties } } });

expectRule(apiProtocolType, {
  valid: [
    { name: 'HTTP', resources: api({ ProtocolType: 'HTTP' }) },
    { name: 'WEBSOCKET', resources: api({ ProtocolType: 'WEBSOCKET', RouteSelectionExpression: '$request.body.action' }) },
    { name: 'missing with an OpenAPI Body', resources: api({ Body: { openapi: '3.0.1' } }) },
    { name: 'missing with a BodyS3Location', resources: api({ BodyS3Location: { Bucket: 'b', Key: 'k.yaml' } }) },
    { name: 'a Ref', resources: api({ ProtocolType: { Ref: 'Protocol' } }) },
    { name: 'an Fn::Sub', resources: api({ ProtocolType: { 'Fn::Sub': '${Protocol}' } }) },
    { name: 'an Fn::GetAtt', resources: api({ ProtocolType: { 'Fn::GetAtt': ['Other', 'ProtocolType'] } }) },
    { name: 'a CDK token', resources: api({ ProtocolType: '${Token[TOKEN.12]}' }) },
  ],
  invalid: [
    { name: 'missing', resources: api({}), findings: [{ resource: 'Api', path: 'ProtocolType' }] },
    { name: 'AWS::NoValue', resources: api({ ProtocolType: { Ref: 'AWS::NoValue' } }), findings: [{ resource: 'Api', path: 'ProtocolType' }] },
    { name: 'missing, the Body is AWS::NoValue', resources: api({ Body: { Ref: 'AWS::NoValue' } }), findings: [{ resource: 'Api', path: 'ProtocolType' }] },
    { name: 'lower case', resources: api({ ProtocolType: 'http' }), findings: [{ resource: 'Api', path: 'ProtocolType' }] },
    { name: 'REST', resources: api({ ProtocolType: 'REST' }), findings: [{ resource: 'Api', path: 'ProtocolType' }] },
    { name: 'empty', resources: api({ ProtocolType: '' }), findings: [{ resource: 'Api', path: 'ProtocolType' }] },
  ],
});
