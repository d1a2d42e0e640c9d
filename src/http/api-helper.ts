import type { IHttpApiRef } from './api';
import { executeApiArn } from '../private/execute-api-arn';

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
    return executeApiArn(this.httpApi, this.httpApi.apiRef.apiId, method, path, stage);
  }

}
