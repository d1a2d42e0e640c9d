import { IResource, Names, Resource } from 'aws-cdk-lib';
import { JsonSchema } from 'aws-cdk-lib/aws-apigateway';
import { CfnModel } from 'aws-cdk-lib/aws-apigatewayv2';
import { Construct } from 'constructs';
import type { IWebSocketApi } from './api';
import { SwitchyardError } from '../common/errors';
import { adopt } from '../private/adopt';
import { isUnknownInput } from '../private/unknown-input';
import { contentTypeProblem, modelNameProblem, schemaTextProblem, schemaValueProblem } from '../rules/model/checks';

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** `schema` -> `$schema`, `ref` -> `$ref`, except under keywords whose children are names chosen by the user. */
function toJson(value: unknown, namesAreUserDefined = false): unknown {
  if (Array.isArray(value)) return value.map(v => toJson(v));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const name = !namesAreUserDefined && key === 'schema' ? '$schema' : !namesAreUserDefined && key === 'ref' ? '$ref' : key;
    out[name] = toJson(v, !namesAreUserDefined && ['definitions', 'properties', 'patternProperties', 'dependencies'].includes(key));
  }
  return out;
}

/**
 * The schema of a WebSocket API model: a JSON Schema draft 4 document. A literal schema is checked at
 * once: it must parse as JSON, be a valid draft-4 schema and fit in 32,768 characters (rule
 * `model-schema`).
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-request-validation.html
 */
export class WebSocketModelSchema {
  /** A schema from aws-cdk-lib's `JsonSchema` (its `schema` and `ref` are written `$schema` and `$ref`). */
  public static fromJsonSchema(schema: JsonSchema): WebSocketModelSchema {
    const json = toJson(schema) as Record<string, unknown>;
    if (!('$schema' in json)) json.$schema = 'http://json-schema.org/draft-04/schema#';
    return new WebSocketModelSchema(JSON.stringify(json));
  }

  /** A schema written as JSON text. */
  public static fromString(json: string): WebSocketModelSchema {
    return new WebSocketModelSchema(json);
  }

  /** The schema as API Gateway takes it (JSON text). */
  public readonly text: string;

  private constructor(text: string) {
    if (!isUnknownInput(text)) {
      // The model emits the parsed JSON, so the rule sees (and measures) that value, not this text.
      const problem = parsesAsJson(text) ? schemaValueProblem(JSON.parse(text)) : schemaTextProblem(text);
      if (problem) throw new SwitchyardError('model-schema', problem);
    }
    this.text = text;
  }
}

/** A model of a WebSocket API. */
export interface IWebSocketModel extends IResource {
  /**
   * The id of the model.
   *
   * @attribute
   */
  readonly modelId: string;

  /** The name of the model, which routes use to refer to it. */
  readonly modelName: string;
}

/** Options for `WebSocketApi.addModel`. */
export interface WebSocketModelOptions {
  /** The JSON Schema draft 4 document that messages must match. */
  readonly schema: WebSocketModelSchema;

  /**
   * The name of the model: 1 to 128 letters and digits, unique in the API.
   *
   * @default - a name made from the construct path
   */
  readonly modelName?: string;

  /**
   * The media type of the messages the model describes.
   *
   * @default 'application/json'
   */
  readonly contentType?: string;

  /**
   * A description of the model.
   *
   * @default - none
   */
  readonly description?: string;
}

/** Properties of a model. */
export interface WebSocketModelProps extends WebSocketModelOptions {
  /** The API the model belongs to. */
  readonly webSocketApi: IWebSocketApi;
}

/** The model names in use per API, to reject a second model of the same name where it is written. */
const NAMES = new WeakMap<IWebSocketApi, Map<string, string>>();

/**
 * A model (`AWS::ApiGatewayV2::Model`): a JSON Schema draft 4 document that route requests (and route
 * responses) are validated against.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-request-validation.html
 * @resource AWS::ApiGatewayV2::Model
 */
export class WebSocketModel extends Resource implements IWebSocketModel {
  /** Imports a model defined elsewhere. */
  public static fromModelAttributes(scope: Construct, id: string, attrs: WebSocketModelAttributes): IWebSocketModel {
    class Import extends Resource implements IWebSocketModel {
      public readonly modelId = attrs.modelId;
      public readonly modelName = attrs.modelName;
    }
    return new Import(scope, id);
  }

  public readonly modelId: string;
  public readonly modelName: string;

  constructor(scope: Construct, id: string, props: WebSocketModelProps) {
    super(scope, id);
    adopt(this);

    const name = props.modelName ?? Names.uniqueResourceName(this, { maxLength: 128, separator: '' }).replace(/[^A-Za-z0-9]/g, '');
    const contentType = props.contentType ?? 'application/json';
    if (!isUnknownInput(name)) {
      const problem = modelNameProblem(name);
      if (problem) throw new SwitchyardError('model-name', problem);
      const names = NAMES.get(props.webSocketApi) ?? new Map<string, string>();
      NAMES.set(props.webSocketApi, names);
      const previous = names.get(name);
      if (previous !== undefined) throw new SwitchyardError('model-name', `model name "${name}" is already used by ${previous} in the same API; expected a name unique to the API`);
      names.set(name, this.node.path);
    }
    const contentTypeError = isUnknownInput(contentType) ? undefined : contentTypeProblem(contentType);
    if (contentTypeError) throw new SwitchyardError('model-content-type', contentTypeError);

    const resource = new CfnModel(this, 'Resource', {
      apiId: props.webSocketApi.apiId,
      name,
      schema: isUnknownInput(props.schema.text) ? props.schema.text : JSON.parse(props.schema.text),
      contentType,
      description: props.description,
    });
    this.modelId = resource.ref;
    this.modelName = name;
  }
}

/** The attributes of a model defined elsewhere. */
export interface WebSocketModelAttributes {
  /** The id of the model. */
  readonly modelId: string;

  /** The name of the model. */
  readonly modelName: string;
}
