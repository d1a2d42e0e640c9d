import { App, Stack } from 'aws-cdk-lib';
import { HttpApi, WebSocketApi } from '../../src';

/** Both APIs build `arnForExecuteApi` the one way aws-cdk-lib does (the WebSocket one is its deprecated form). */
describe('arnForExecuteApi', () => {
  const stack = new Stack(new App(), 'S', { env: { account: '111122223333', region: 'eu-west-1' } });
  const http = new HttpApi(stack, 'Http');
  const ws = new WebSocketApi(stack, 'Ws');
  /** What follows the API id: the last part of the resolved ARN's Fn::Join. */
  const resourceOf = (arn: string) => {
    const parts = (stack.resolve(arn) as { 'Fn::Join': [string, unknown[]] })['Fn::Join'][1];
    return parts[parts.length - 1];
  };

  test.each<[string, [string?, string?, string?], string]>([
    ['nothing given: every stage, method and path', [], '/*/*/*'],
    ['ANY in any case is *', ['any', '/pets', 'prod'], '/prod/*/pets'],
    ['an empty path is the method alone', ['GET', '', 'prod'], '/prod/GET'],
  ])('%s, the same for both APIs', (_name, args, resource) => {
    expect(resourceOf(http.arnForExecuteApi(...args))).toBe(resource);
    expect(resourceOf(ws.arnForExecuteApi(...args))).toBe(resource);
  });

  test('a literal path without a leading "/": [http-route-key] for both', () => {
    expect(() => http.arnForExecuteApi('GET', 'pets')).toThrow(/^\[http-route-key\]/);
    expect(() => ws.arnForExecuteApi('GET', 'pets')).toThrow(/^\[http-route-key\]/);
  });
});
