import { ArnFormat, Stack } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { isUnknownInput } from './unknown-input';
import { SwitchyardError } from '../common/errors';

/**
 * The execute-api ARN `<api>/<stage>/<method><path>` of an HTTP or a WebSocket API, as aws-cdk-lib's
 * `arnForExecuteApi` builds it for both: `ANY` (any case) becomes `*`, a part not given is `*` (`/*` for the path),
 * and a literal path must start with `/` (`http-route-key`). In the API's account and region.
 */
/** An API as both APIs and their references give it: a construct in an account and region. */
type ApiInEnvironment = IConstruct & { readonly env: { readonly account: string; readonly region: string } };

export function executeApiArn(api: ApiInEnvironment, apiId: string, method?: string, path?: string, stage?: string): string {
  if (path && !isUnknownInput(path) && !path.startsWith('/')) {
    throw new SwitchyardError('http-route-key', `the path "${path}" of arnForExecuteApi does not start with "/"`);
  }
  const verb = method && method.toUpperCase() === 'ANY' ? '*' : method;
  return Stack.of(api).formatArn({
    service: 'execute-api',
    account: api.env.account,
    region: api.env.region,
    resource: apiId,
    arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
    resourceName: `${stage ?? '*'}/${verb ?? '*'}${path ?? '/*'}`,
  });
}
