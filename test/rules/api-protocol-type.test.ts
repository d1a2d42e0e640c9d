import { invalidThrough, validThrough } from './intrinsic-forms';
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
    ...validThrough('HTTP', v => api({ ProtocolType: v }), 'WEBSOCKET'),
    { name: 'a parameter without AllowedValues or Default', resources: api({ ProtocolType: { Ref: 'P' } }), sections: { Parameters: { P: { Type: 'String' } } } },
    { name: 'a parameter from Systems Manager (its Default is the parameter name)', resources: api({ ProtocolType: { Ref: 'P' } }), sections: { Parameters: { P: { Type: 'AWS::SSM::Parameter::Value<String>', Default: '/api/protocol' } } } },
  ],
  invalid: [
    { name: 'missing', resources: api({}), findings: [{ resource: 'Api', path: 'ProtocolType' }] },
    { name: 'AWS::NoValue', resources: api({ ProtocolType: { Ref: 'AWS::NoValue' } }), findings: [{ resource: 'Api', path: 'ProtocolType' }] },
    { name: 'missing, the Body is AWS::NoValue', resources: api({ Body: { Ref: 'AWS::NoValue' } }), findings: [{ resource: 'Api', path: 'ProtocolType' }] },
    { name: 'lower case', resources: api({ ProtocolType: 'http' }), findings: [{ resource: 'Api', path: 'ProtocolType' }] },
    { name: 'REST', resources: api({ ProtocolType: 'REST' }), findings: [{ resource: 'Api', path: 'ProtocolType' }] },
    { name: 'empty', resources: api({ ProtocolType: '' }), findings: [{ resource: 'Api', path: 'ProtocolType' }] },
    ...invalidThrough('REST', 'HTTP', v => api({ ProtocolType: v }), [{ resource: 'Api', path: 'ProtocolType' }]),
    { name: 'Fn::Join of literal parts', resources: api({ ProtocolType: { 'Fn::Join': ['', ['HT', 'TPS']] } }), findings: [{ resource: 'Api', path: 'ProtocolType' }] },
  ],
});
