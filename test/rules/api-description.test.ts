import { expectRule } from './rule-table';
import { apiDescription } from '../../src/rules/api/api-description';

const api = (props: object) => ({ Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'a', ProtocolType: 'HTTP', ...props } } });

expectRule(apiDescription, {
  valid: [
    { name: 'an empty description', resources: api({ Description: '' }) },
    { name: 'a description of 1024 characters', resources: api({ Description: 'd'.repeat(1024) }) },
    { name: 'a version of 1 and of 64 characters', resources: { ...api({ Version: '1' }), B: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'b', ProtocolType: 'WEBSOCKET', Version: 'v'.repeat(64) } } } },
    { name: 'neither', resources: api({}) },
    { name: 'unknown values', resources: api({ Description: { 'Fn::Sub': '${P}' }, Version: { Ref: 'V' } }) },
  ],
  invalid: [
    { name: 'a description of 1025 characters', resources: api({ Description: 'd'.repeat(1025) }), findings: [{ resource: 'Api', path: 'Description' }] },
    { name: 'an empty version', resources: api({ Version: '' }), findings: [{ resource: 'Api', path: 'Version' }] },
    { name: 'a version of 65 characters on a WebSocket API, with a long description', resources: { W: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'w', ProtocolType: 'WEBSOCKET', Description: 'd'.repeat(2000), Version: 'v'.repeat(65) } } }, findings: [{ resource: 'W', path: 'Description' }, { resource: 'W', path: 'Version' }] },
  ],
});
