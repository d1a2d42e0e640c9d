import { Match, Template } from 'aws-cdk-lib/assertions';
import { JsonSchemaType, JsonSchemaVersion } from 'aws-cdk-lib/aws-apigateway';
import * as fc from 'fast-check';
import { newStack } from './shapes';
import { checkDraft4Schema } from '../../src/rules/model/json-schema-draft4';
import { WebSocketApi, WebSocketModel, WebSocketModelSchema } from '../../src/websocket';
import { ruleOf } from '../common/expect-rule-error';

process.env.CDK_VALIDATION = 'false';

describe('draft-4 schema check', () => {
  test.each([
    '{}',
    '{"$schema": "http://json-schema.org/draft-04/schema#", "type": "object"}',
    '{"type": ["string", "null"], "minLength": 0, "maxLength": 10, "pattern": "^[a-z]+$"}',
    '{"type": "number", "minimum": 0, "exclusiveMinimum": true, "maximum": 9, "exclusiveMaximum": false, "multipleOf": 0.5}',
    '{"type": "object", "required": ["a"], "properties": {"a": {"enum": [1, "1", {"x": 1}]}}, "additionalProperties": false}',
    '{"type": "array", "items": [{"type": "string"}], "additionalItems": {"type": "number"}, "uniqueItems": true, "minItems": 1}',
    '{"definitions": {"id": {"type": "string"}}, "properties": {"id": {"$ref": "#/definitions/id"}}}',
    '{"dependencies": {"a": ["b"], "c": {"required": ["d"]}}, "patternProperties": {"^x-": {}}}',
    '{"allOf": [{}], "anyOf": [{"type": "string"}], "oneOf": [{}, {"type": "null"}], "not": {"type": "integer"}}',
    '{"properties": {"schema": {"type": "string"}, "ref": {}}, "const": 1, "x-extension": true}',
  ])('valid: %s', text => {
    expect(checkDraft4Schema(text)).toEqual([]);
  });

  test.each([
    ['not JSON', '{type: "object"}', '/'],
    ['a boolean schema', 'true', '/'],
    ['an unknown type', '{"type": "map"}', '/type'],
    ['an empty type list', '{"type": []}', '/type'],
    ['a draft-6 exclusiveMinimum', '{"minimum": 1, "exclusiveMinimum": 1}', '/exclusiveMinimum'],
    ['exclusiveMaximum without maximum', '{"exclusiveMaximum": true}', '/exclusiveMaximum'],
    ['an empty required list', '{"required": []}', '/required'],
    ['a duplicate required name', '{"required": ["a", "a"]}', '/required'],
    ['a negative maxLength', '{"maxLength": -1}', '/maxLength'],
    ['a fractional minItems', '{"minItems": 1.5}', '/minItems'],
    ['multipleOf 0', '{"multipleOf": 0}', '/multipleOf'],
    ['a pattern that does not compile', '{"pattern": "(a"}', '/pattern'],
    ['an empty enum', '{"enum": []}', '/enum'],
    ['a duplicate enum value', '{"enum": [{"a": 1, "b": 2}, {"b": 2, "a": 1}]}', '/enum'],
    ['a property that is not a schema', '{"properties": {"a": "string"}}', '/properties/a'],
    ['a nested error', '{"items": {"properties": {"a/b": {"type": "text"}}}}', '/items/properties/a~1b/type'],
    ['an empty allOf', '{"allOf": []}', '/allOf'],
    ['a draft-7 $schema', '{"$schema": "http://json-schema.org/draft-07/schema#"}', '/$schema'],
    ['a non-string $ref', '{"$ref": 1}', '/$ref'],
    ['a dependencies array with a number', '{"dependencies": {"a": [1]}}', '/dependencies/a'],
  ])('invalid: %s', (_what, text, pointer) => {
    expect(checkDraft4Schema(text).map(p => p.pointer)).toContain(pointer);
  });

  test('never throws on any JSON value or any text', () => {
    fc.assert(fc.property(fc.oneof(fc.json({ maxDepth: 3 }), fc.string(), fc.jsonValue({ maxDepth: 3 }).map(v => JSON.stringify(v))), text => {
      expect(Array.isArray(checkDraft4Schema(text))).toBe(true);
    }), { numRuns: 500 });
  });

  test('never throws on schema-like objects made of keywords with random values', () => {
    const keyword = fc.constantFrom('type', 'properties', 'items', 'required', 'enum', 'minimum', 'exclusiveMinimum', 'pattern', 'allOf', 'not', 'dependencies', '$schema', 'additionalProperties');
    const schema = fc.letrec(tie => ({
      node: fc.dictionary(keyword, fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 2 }), tie('node'), fc.array(tie('node'), { maxLength: 3 })), { maxKeys: 5 }),
    })).node;
    fc.assert(fc.property(schema, s => {
      expect(Array.isArray(checkDraft4Schema(JSON.stringify(s)))).toBe(true);
    }), { numRuns: 300 });
  });

  test('a deeply nested schema stops with a problem instead of overflowing', () => {
    let text = '{}';
    for (let i = 0; i < 5000; i++) text = `{"not": ${text}}`;
    expect(checkDraft4Schema(text).some(p => /deeper/.test(p.message))).toBe(true);
  });
});

describe('WebSocketModelSchema', () => {
  test('fromJsonSchema writes $schema and $ref, and keeps user property names', () => {
    const s = WebSocketModelSchema.fromJsonSchema({
      schema: JsonSchemaVersion.DRAFT4,
      type: JsonSchemaType.OBJECT,
      properties: { ref: { ref: '#/definitions/id' }, schema: { type: JsonSchemaType.STRING } },
      definitions: { id: { type: JsonSchemaType.STRING } },
    });
    expect(JSON.parse(s.text)).toEqual({
      $schema: 'http://json-schema.org/draft-04/schema#',
      type: 'object',
      properties: { ref: { $ref: '#/definitions/id' }, schema: { type: 'string' } },
      definitions: { id: { type: 'string' } },
    });
  });

  test('fromJsonSchema adds the draft-4 $schema when none is given', () => {
    expect(JSON.parse(WebSocketModelSchema.fromJsonSchema({ type: JsonSchemaType.STRING }).text).$schema).toBe('http://json-schema.org/draft-04/schema#');
  });

  test.each([
    ['a draft-7 schema', () => WebSocketModelSchema.fromJsonSchema({ schema: JsonSchemaVersion.DRAFT7 })],
    ['text that is not JSON', () => WebSocketModelSchema.fromString('type: object')],
    ['a schema over 32,768 characters', () => WebSocketModelSchema.fromString(JSON.stringify({ description: 'x'.repeat(32_800) }))],
  ])('%s throws model-schema', (_what, make) => {
    expect(ruleOf(make)).toBe('model-schema');
  });
});

describe('WebSocketModel', () => {
  test('name, schema as JSON, content type and description reach the template', () => {
    const stack = newStack();
    const api = new WebSocketApi(stack, 'Api');
    const model = api.addModel('M', { modelName: 'Message', schema: WebSocketModelSchema.fromString('{"type": "object"}'), contentType: 'application/vnd.chat+json', description: 'd' });
    expect(model.modelName).toBe('Message');
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::Model', {
      ApiId: { Ref: Match.stringLikeRegexp('^Api') }, Name: 'Message', Schema: { type: 'object' }, ContentType: 'application/vnd.chat+json', Description: 'd',
    });
  });

  test('the default name is alphanumeric and the default content type application/json', () => {
    const stack = newStack();
    const model = new WebSocketModel(stack, 'My-Model_1', { webSocketApi: new WebSocketApi(stack, 'Api'), schema: WebSocketModelSchema.fromString('{}') });
    expect(model.modelName).toMatch(/^[A-Za-z0-9]{1,128}$/);
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::Model', { ContentType: 'application/json' });
  });

  test.each([
    ['a name with a hyphen', 'model-name', { modelName: 'p-m3' }],
    ['a name of 129 characters', 'model-name', { modelName: 'a'.repeat(129) }],
    ['an empty content type', 'model-content-type', { contentType: '' }],
  ])('%s throws %s', (_what, rule, props) => {
    const stack = newStack();
    expect(ruleOf(() => new WebSocketModel(stack, 'M', { webSocketApi: new WebSocketApi(stack, 'Api'), schema: WebSocketModelSchema.fromString('{}'), ...props }))).toBe(rule);
  });

  test('two models of one API with the same name throw model-name; other APIs may reuse it', () => {
    const stack = newStack();
    const api = new WebSocketApi(stack, 'Api');
    const schema = WebSocketModelSchema.fromString('{}');
    api.addModel('A', { modelName: 'Message', schema });
    expect(ruleOf(() => api.addModel('B', { modelName: 'Message', schema }))).toBe('model-name');
    expect(ruleOf(() => new WebSocketApi(stack, 'Other').addModel('A', { modelName: 'Message', schema }))).toBeUndefined();
  });

  test('fromModelAttributes', () => {
    const model = WebSocketModel.fromModelAttributes(newStack(), 'M', { modelId: 'm1', modelName: 'Message' });
    expect([model.modelId, model.modelName]).toEqual(['m1', 'Message']);
  });
});
