import * as fc from 'fast-check';
import { expectRule, findingsOf } from './rule-table';
import { schemaTextProblem, schemaValueProblem, SCHEMA_MAX_LENGTH } from '../../src/rules/model/checks';
import { modelSchema } from '../../src/rules/model/model-schema';

const api = (protocol: string) => ({ Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'a', ProtocolType: protocol } });
const model = (schema: unknown) => ({ Type: 'AWS::ApiGatewayV2::Model', Properties: { ApiId: { Ref: 'Api' }, Name: 'M', Schema: schema } });
/** A schema object whose compact JSON has exactly `length` characters. */
const sized = (length: number) => ({ description: 'x'.repeat(length - '{"description":""}'.length) });

expectRule(modelSchema, {
  valid: [
    { name: 'an object schema', resources: { Api: api('WEBSOCKET'), M: model({ $schema: 'http://json-schema.org/draft-04/schema#', type: 'object', required: ['action'] }) } },
    { name: 'a schema as JSON text', resources: { Api: api('WEBSOCKET'), M: model('{"type": "string", "minLength": 2}') } },
    { name: 'an empty schema', resources: { Api: api('WEBSOCKET'), M: model({}) } },
    { name: 'patterns in Java syntax (the validator runs on Java)', resources: { Api: api('WEBSOCKET'), M: model({ type: 'string', pattern: '^\\p{Alpha}++$', patternProperties: { '(?i)^x-': {} } }) } },
    { name: 'exactly 32,768 characters as JSON', resources: { Api: api('WEBSOCKET'), M: model(sized(SCHEMA_MAX_LENGTH)) } },
    { name: 'a schema that is a token', resources: { Api: api('WEBSOCKET'), M: model({ 'Fn::GetAtt': ['X', 'Schema'] }) } },
    { name: 'a schema holding an intrinsic', resources: { Api: api('WEBSOCKET'), M: model({ type: { Ref: 'Type' }, description: 'x'.repeat(40_000) }) } },
    { name: 'a schema holding a CDK token', resources: { Api: api('WEBSOCKET'), M: model({ required: ['${Token[TOKEN.3]}', '${Token[TOKEN.3]}'] }) } },
    { name: 'an invalid schema on an HTTP API (protocol-unsupported-resource reports the model)', resources: { Api: api('HTTP'), M: model({ type: 'map' }) } },
  ],
  invalid: [
    { name: 'missing', resources: { Api: api('WEBSOCKET'), M: model(undefined) }, findings: [{ resource: 'M', path: 'Schema' }] },
    { name: 'an unknown type', resources: { Api: api('WEBSOCKET'), M: model({ type: 'map' }) }, findings: [{ resource: 'M', path: 'Schema' }] },
    { name: 'a pattern Java refuses', resources: { Api: api('WEBSOCKET'), M: model({ type: 'string', pattern: '[a-' }) }, findings: [{ resource: 'M', path: 'Schema' }] },
    { name: 'a draft-7 $schema', resources: { Api: api('WEBSOCKET'), M: model({ $schema: 'http://json-schema.org/draft-07/schema#' }) }, findings: [{ resource: 'M', path: 'Schema' }] },
    { name: 'a draft-6 exclusiveMinimum', resources: { Api: api('WEBSOCKET'), M: model({ minimum: 1, exclusiveMinimum: 1 }) }, findings: [{ resource: 'M', path: 'Schema' }] },
    { name: 'an empty required list', resources: { Api: api('WEBSOCKET'), M: model({ required: [] }) }, findings: [{ resource: 'M', path: 'Schema' }] },
    { name: 'text that is not JSON', resources: { Api: api('WEBSOCKET'), M: model('type: object') }, findings: [{ resource: 'M', path: 'Schema' }] },
    { name: 'an array', resources: { Api: api('WEBSOCKET'), M: model([{ type: 'string' }]) }, findings: [{ resource: 'M', path: 'Schema' }] },
    { name: '32,769 characters as JSON', resources: { Api: api('WEBSOCKET'), M: model(sized(SCHEMA_MAX_LENGTH + 1)) }, findings: [{ resource: 'M', path: 'Schema' }] },
    { name: 'text of 32,769 characters', resources: { Api: api('WEBSOCKET'), M: model(`{"type":"string"}${' '.repeat(SCHEMA_MAX_LENGTH + 1 - 17)}`) }, findings: [{ resource: 'M', path: 'Schema' }] },
    { name: 'a model of an API in another stack', resources: { M: { Type: 'AWS::ApiGatewayV2::Model', Properties: { ApiId: 'abc', Name: 'M', Schema: { type: 'text' } } } }, findings: [{ resource: 'M', path: 'Schema' }] },
  ],
});

describe('model-schema checks', () => {
  test('the size limit counts the text given, or the compact JSON of an object', () => {
    expect(JSON.stringify(sized(SCHEMA_MAX_LENGTH)).length).toBe(SCHEMA_MAX_LENGTH);
    expect(schemaValueProblem(sized(SCHEMA_MAX_LENGTH))).toBeUndefined();
    expect(schemaValueProblem(sized(SCHEMA_MAX_LENGTH + 1))).toMatch(/32769/);
    expect(schemaTextProblem(`{}${' '.repeat(SCHEMA_MAX_LENGTH - 1)}`)).toMatch(/32769/);
  });

  test('the rule never throws and reports at most one finding per model, over random schemas', () => {
    const schema = fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.string(), fc.json({ maxDepth: 3 }));
    fc.assert(fc.property(schema, s => {
      const found = findingsOf(modelSchema, { Api: api('WEBSOCKET'), M: model(s) });
      expect(found.length).toBeLessThanOrEqual(1);
    }), { numRuns: 300 });
  });
});
