import { ArnFormat, Stack } from 'aws-cdk-lib';
import type { IHttpApiRef } from './api';
import { SwitchyardError } from '../common/errors';
import { isUnknownInput } from '../private/unknown-input';

/** Calculations on an HTTP API given only as a reference, as aws-cdk-lib's `HttpApiHelper` offers them. */
export class HttpApiHelper {
  /** The helper of an HTTP API (a Switchyard `HttpApi`, an import, or any `IHttpApiRef`). */
  public static fromHttpApi(httpApi: IHttpApiRef): HttpApiHelper {
    return new HttpApiHelper(httpApi);
  }

  private constructor(private readonly httpApi: IHttpApiRef) {}

  /**
   * The execute-api ARN of some or all of the API's routes, for IAM policies: `<api>/<stage>/<method><path>`,
   * `ANY` (any case) as `*`, in the API's account and region. A literal path must start with `/` (`http-route-key`).
   *
   * @param method the method, `*` or `ANY` for every method
   * @param path the path, starting with `/`
   * @param stage the stage name
   * @default - every method, path and stage
   */
  public arnForExecuteApi(method?: string, path?: string, stage?: string): string {
    if (path !== undefined && !isUnknownInput(path) && !path.startsWith('/')) {
      throw new SwitchyardError('http-route-key', `the path "${path}" of arnForExecuteApi does not start with "/"`);
    }
    const verb = method === undefined || method.toUpperCase() === 'ANY' ? '*' : method;
    return Stack.of(this.httpApi).formatArn({
      service: 'execute-api',
      account: this.httpApi.env.account,
      region: this.httpApi.env.region,
      resource: this.httpApi.apiRef.apiId,
      arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
      resourceName: `${stage ?? '*'}/${verb}${path ?? '/*'}`,
    });
  }
}
