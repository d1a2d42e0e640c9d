import type { HttpMappingRequest } from '../common/mapping-value';

/** The text API Gateway gives an HTTP mapping value for a request. Filled in by the next commit. */
export function renderHttpMappingValue(value: string, _request: HttpMappingRequest): string {
  return value;
}
