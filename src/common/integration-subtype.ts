import { SwitchyardError } from './errors';
import { checkHttpMappingValue, MappingValue } from './mapping-value';
import { AWS_SERVICE_SUBTYPES, closestSubtype, subtypeSpec } from '../expressions/aws-service-subtypes';
import { show } from '../expressions/problem';
import { isUnknownInput } from '../private/unknown-input';

/**
 * An AWS service action an HTTP API integration calls directly (`IntegrationSubtype`), with the request
 * parameters the action requires and allows. Such an integration is `AWS_PROXY`, uses payload format 1.0
 * and needs a role (`CredentialsArn`) that API Gateway assumes.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-aws-services-reference.html
 */
export class HttpIntegrationSubtype {
  /** EventBridge PutEvents. */
  public static readonly EVENTBRIDGE_PUT_EVENTS = HttpIntegrationSubtype.of('EventBridge-PutEvents');
  /** SQS SendMessage. */
  public static readonly SQS_SEND_MESSAGE = HttpIntegrationSubtype.of('SQS-SendMessage');
  /** SQS ReceiveMessage. */
  public static readonly SQS_RECEIVE_MESSAGE = HttpIntegrationSubtype.of('SQS-ReceiveMessage');
  /** SQS DeleteMessage. */
  public static readonly SQS_DELETE_MESSAGE = HttpIntegrationSubtype.of('SQS-DeleteMessage');
  /** SQS PurgeQueue. */
  public static readonly SQS_PURGE_QUEUE = HttpIntegrationSubtype.of('SQS-PurgeQueue');
  /** AppConfig GetConfiguration. */
  public static readonly APPCONFIG_GET_CONFIGURATION = HttpIntegrationSubtype.of('AppConfig-GetConfiguration');
  /** Kinesis PutRecord. */
  public static readonly KINESIS_PUT_RECORD = HttpIntegrationSubtype.of('Kinesis-PutRecord');
  /** Step Functions StartExecution. */
  public static readonly STEPFUNCTIONS_START_EXECUTION = HttpIntegrationSubtype.of('StepFunctions-StartExecution');
  /** Step Functions StartSyncExecution. */
  public static readonly STEPFUNCTIONS_START_SYNC_EXECUTION = HttpIntegrationSubtype.of('StepFunctions-StartSyncExecution');
  /** Step Functions StopExecution. */
  public static readonly STEPFUNCTIONS_STOP_EXECUTION = HttpIntegrationSubtype.of('StepFunctions-StopExecution');

  /** Every subtype API Gateway supports. */
  public static all(): HttpIntegrationSubtype[] {
    return AWS_SERVICE_SUBTYPES.map(s => HttpIntegrationSubtype.of(s.subtype));
  }

  /** The subtype named `name` (case-sensitive, such as `SQS-SendMessage`); an unknown name throws `http-subtype-known`. */
  public static of(name: string): HttpIntegrationSubtype {
    if (isUnknownInput(name)) return new HttpIntegrationSubtype(name, [], []);
    const spec = subtypeSpec(name);
    if (!spec) {
      const near = closestSubtype(name);
      throw new SwitchyardError('http-subtype-known', `${show(name)} is not an integration subtype${near ? `; did you mean ${show(near)}?` : ';'} Expected one of ${AWS_SERVICE_SUBTYPES.map(s => s.subtype).join(', ')}`);
    }
    return new HttpIntegrationSubtype(spec.subtype, spec.required, spec.optional);
  }

  /** The subtype as `IntegrationSubtype` takes it, such as `SQS-SendMessage`. */
  public readonly name: string;

  /** The request parameters the action requires (empty when the name is an unresolved token). */
  public readonly requiredParameters: string[];

  /** The request parameters the action also accepts. */
  public readonly optionalParameters: string[];

  private constructor(name: string, required: readonly string[], optional: readonly string[]) {
    this.name = name;
    this.requiredParameters = [...required];
    this.optionalParameters = [...optional];
  }

  /**
   * Checks the names of the request parameters a user gives: every required one present
   * (`http-subtype-required-parameter`) and none the action does not take (`http-subtype-parameter-name`).
   * Names that are unresolved tokens are not checked, and then neither is completeness.
   */
  public checkParameterNames(names: string[]): void {
    if (isUnknownInput(this.name)) return;
    const allowed = [...this.requiredParameters, ...this.optionalParameters];
    for (const name of names) {
      if (isUnknownInput(name) || allowed.includes(name)) continue;
      const near = allowed.find(p => p.toLowerCase() === name.toLowerCase());
      throw new SwitchyardError('http-subtype-parameter-name', `${show(name)} is not a parameter of ${this.name}${near ? `; did you mean ${show(near)}?` : ';'} Expected ${allowed.join(', ')}`);
    }
    if (names.some(n => isUnknownInput(n))) return;
    const missing = this.requiredParameters.filter(p => !names.includes(p));
    if (missing.length > 0) {
      throw new SwitchyardError('http-subtype-required-parameter', `subtype ${show(this.name)} requires ${missing.join(', ')} in its request parameters (required: ${this.requiredParameters.join(', ')})`);
    }
  }

  /**
   * Checks the request parameters of an integration of this subtype (names as `checkParameterNames`,
   * values as request mapping values) and returns them as `Integration.RequestParameters` takes them.
   */
  public renderParameters(parameters: { [name: string]: MappingValue }): { [name: string]: string } {
    this.checkParameterNames(Object.keys(parameters));
    const out: { [name: string]: string } = {};
    for (const [name, value] of Object.entries(parameters)) {
      checkHttpMappingValue(value.value, 'request');
      out[name] = value.value;
    }
    return out;
  }
}
