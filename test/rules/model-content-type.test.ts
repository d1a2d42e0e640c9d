import { expectRule } from './rule-table';
import { modelContentType } from '../../src/rules/model/model-content-type';

const api = (protocol: string) => ({ Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'a', ProtocolType: protocol } });
const model = (contentType: unknown) => ({ Type: 'AWS::ApiGatewayV2::Model', Properties: { ApiId: { Ref: 'Api' }, Name: 'M', Schema: {}, ContentType: contentType } });

expectRule(modelContentType, {
  valid: [
    { name: 'application/json', resources: { Api: api('WEBSOCKET'), M: model('application/json') } },
    { name: 'no content type', resources: { Api: api('WEBSOCKET'), M: model(undefined) } },
    { name: '1 character', resources: { Api: api('WEBSOCKET'), M: model('x') } },
    { name: '256 characters', resources: { Api: api('WEBSOCKET'), M: model(`application/${'x'.repeat(244)}`) } },
    { name: 'a token', resources: { Api: api('WEBSOCKET'), M: model({ Ref: 'Type' }) } },
    { name: 'an HTTP API (protocol-unsupported-resource reports the model)', resources: { Api: api('HTTP'), M: model('') } },
  ],
  invalid: [
    { name: 'empty', resources: { Api: api('WEBSOCKET'), M: model('') }, findings: [{ resource: 'M', path: 'ContentType' }] },
    { name: '257 characters', resources: { Api: api('WEBSOCKET'), M: model(`application/${'x'.repeat(245)}`) }, findings: [{ resource: 'M', path: 'ContentType' }] },
  ],
});
