import { Tokenization } from 'aws-cdk-lib';
import { IBucket } from 'aws-cdk-lib/aws-s3';
import type * as s3Assets from 'aws-cdk-lib/aws-s3-assets';
import { Construct } from 'constructs';
import type * as yaml from 'yaml';
import { checkOpenApiDocument, isObject } from './private/openapi';
import { SwitchyardError } from '../common/errors';
import { readFileForLibrary } from '../private/regular-file';

type Json = { [key: string]: unknown };

/** How API Gateway treats the `basePath` of an imported OpenAPI document. */
export enum HttpApiBasePath {
  /** The base path is ignored. */
  IGNORE = 'ignore',
  /** The base path is prepended to every route path. */
  PREPEND = 'prepend',
  /** The base path is removed from the routes, and the rest becomes the API mapping key. */
  SPLIT = 'split',
}

/** Options of an OpenAPI definition. */
export interface HttpApiDefinitionOptions {
  /**
   * How API Gateway treats the document's base path.
   *
   * @default - API Gateway's default (ignore)
   */
  readonly basePath?: HttpApiBasePath;

  /**
   * Whether the import fails when the document raises warnings.
   *
   * @default false
   */
  readonly failOnWarnings?: boolean;
}

/** What an `HttpApiDefinition` gives the API resource. (Internal.) */
export interface HttpApiDefinitionConfig {
  /**
   * The OpenAPI document, inline.
   *
   * @default - none: the document is in S3 (`bodyS3Location`)
   */
  readonly body?: Json;

  /**
   * Where the OpenAPI document is in S3.
   *
   * @default - none: the document is inline (`body`)
   */
  readonly bodyS3Location?: HttpApiDefinitionS3Location;

  /**
   * How API Gateway reads the document's base path (`ignore`, `prepend` or `split`).
   *
   * @default - API Gateway's default, `ignore`
   */
  readonly basePath?: string;

  /**
   * Whether a warning of API Gateway's import fails the deployment.
   *
   * @default false
   */
  readonly failOnWarnings?: boolean;
}

/** The S3 location of an OpenAPI document. */
export interface HttpApiDefinitionS3Location {
  /** The bucket. */
  readonly bucket: string;

  /** The object key. */
  readonly key: string;

  /**
   * The object version.
   *
   * @default - the latest
   */
  readonly version?: string;
}

/**
 * An OpenAPI 3.0 document that defines an HTTP API (`Body` or `BodyS3Location`). A document given as text,
 * as a file or as an asset is checked at once: route keys, and in its `x-amazon-apigateway-integration`,
 * `x-amazon-apigateway-authorizer` and `x-amazon-apigateway-cors` extensions the parameter mappings, AWS
 * service parameters, identity sources, payload formats, timeouts and CORS settings, with the same rules as
 * the constructs. Errors name the JSON pointer of the offending member.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-open-api.html
 */
export abstract class HttpApiDefinition {
  /**
   * A document given as JSON or YAML text, put inline in the template. The text may hold tokens inside it (a
   * function ARN in an integration URI), but it cannot be one token as a whole: it is parsed at synth.
   */
  public static fromString(text: string, options: HttpApiDefinitionOptions = {}): HttpApiDefinition {
    const fragments = Tokenization.reverseString(text);
    if (fragments.length === 1 && fragments.firstToken !== undefined) {
      throw new SwitchyardError('api-openapi-document', 'the OpenAPI document is a token as a whole: fromString parses the document at synth to write it inline; give its text, or HttpApiDefinition.fromBucket for a document known only at deploy time');
    }
    return new InlineDefinition(parseDocument(text), options);
  }

  /** A JSON or YAML file read at synth, put inline in the template (the template may hold at most 1 MB). */
  public static fromFile(path: string, options: HttpApiDefinitionOptions = {}): HttpApiDefinition {
    return new InlineDefinition(parseDocument(readFileForLibrary(path, 'the OpenAPI definition')), options);
  }

  /** A JSON or YAML file uploaded as an S3 asset (`BodyS3Location`); it is checked like an inline document. */
  public static fromAsset(path: string, options: HttpApiDefinitionOptions = {}): HttpApiDefinition {
    checkOpenApiDocument(parseDocument(readFileForLibrary(path, 'the OpenAPI definition')));
    return new AssetDefinition(path, options);
  }

  /** A document already in S3; its content is not known at synth and so is not checked. */
  public static fromBucket(bucket: IBucket, key: string, objectVersion?: string, options: HttpApiDefinitionOptions = {}): HttpApiDefinition {
    return new BucketDefinition({ bucket: bucket.bucketName, key, version: objectVersion }, options);
  }

  protected constructor() {}

  /**
   * Gives the API its definition; called once by the API.
   *
   * @internal
   */
  public abstract _bind(scope: Construct): HttpApiDefinitionConfig;
}

class InlineDefinition extends HttpApiDefinition {
  constructor(private readonly document: Json, private readonly options: HttpApiDefinitionOptions) {
    super();
    checkOpenApiDocument(document);
  }

  public _bind(): HttpApiDefinitionConfig {
    return { body: this.document, basePath: this.options.basePath, failOnWarnings: this.options.failOnWarnings };
  }
}

class AssetDefinition extends HttpApiDefinition {
  constructor(private readonly path: string, private readonly options: HttpApiDefinitionOptions) {
    super();
  }

  public _bind(scope: Construct): HttpApiDefinitionConfig {
    // Loaded on use: most apps define no API from a document, and synth pays for every module it loads.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Asset } = require('aws-cdk-lib/aws-s3-assets') as typeof s3Assets;
    const asset = new Asset(scope, 'Definition', { path: this.path });
    return {
      bodyS3Location: { bucket: asset.s3BucketName, key: asset.s3ObjectKey },
      basePath: this.options.basePath,
      failOnWarnings: this.options.failOnWarnings,
    };
  }
}

class BucketDefinition extends HttpApiDefinition {
  constructor(private readonly location: HttpApiDefinitionS3Location, private readonly options: HttpApiDefinitionOptions) {
    super();
  }

  public _bind(): HttpApiDefinitionConfig {
    return { bodyS3Location: this.location, basePath: this.options.basePath, failOnWarnings: this.options.failOnWarnings };
  }
}

function parseDocument(text: string): Json {
  let doc: unknown;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { parse } = require('yaml') as typeof yaml; // loaded on use; YAML 1.2 is a superset of JSON
    doc = parse(text);
  } catch (e) {
    throw new SwitchyardError('api-openapi-document', `the OpenAPI document does not parse: ${(e as Error).message.split('\n')[0]}`);
  }
  if (!isObject(doc)) throw new SwitchyardError('api-openapi-document', 'the OpenAPI document is not an object');
  return doc;
}
