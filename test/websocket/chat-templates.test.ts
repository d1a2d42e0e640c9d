import { CONNECT_TEMPLATE, DISCONNECT_TEMPLATE, HEARTBEAT_TEMPLATE } from '../../examples/websocket-chat/app';
import { MappingTemplateDirection } from '../../src';

const CONTEXT = { connectionId: 'L0SM9cOFvHcCIhw=', connectedAt: '1763791200000', requestTimeEpoch: '1763791260000' };
const STAGE = { connectionsTable: 'chat-connections' };

describe('the chat example templates', () => {
  test('$connect puts the connection with its user', () => {
    const r = CONNECT_TEMPLATE.render({ queryStringParameters: { user: 'ana' }, context: CONTEXT, stageVariables: STAGE });
    expect(r.errors).toEqual([]);
    expect(JSON.parse(r.output)).toEqual({
      TableName: 'chat-connections',
      Item: { connectionId: { S: 'L0SM9cOFvHcCIhw=' }, connectedAt: { N: '1763791200000' }, user: { S: 'ana' } },
    });
  });

  test('$connect without a user leaves the attribute out', () => {
    const r = CONNECT_TEMPLATE.render({ context: CONTEXT, stageVariables: STAGE });
    expect(JSON.parse(r.output).Item).toEqual({ connectionId: { S: 'L0SM9cOFvHcCIhw=' }, connectedAt: { N: '1763791200000' } });
  });

  test.each([
    ['quotes', 'ana "the admin"'],
    ['an apostrophe', "o'brien"],
    ['a backslash and a newline', 'a\\b\nc'],
  ])('$connect keeps the JSON valid for a user name with %s', (_what, user) => {
    const r = CONNECT_TEMPLATE.render({ queryStringParameters: { user }, context: CONTEXT, stageVariables: STAGE });
    expect(JSON.parse(r.output).Item.user).toEqual({ S: user });
  });

  test('$disconnect deletes the connection', () => {
    const r = DISCONNECT_TEMPLATE.render({ context: CONTEXT, stageVariables: STAGE });
    expect(JSON.parse(r.output)).toEqual({ TableName: 'chat-connections', Key: { connectionId: { S: 'L0SM9cOFvHcCIhw=' } } });
  });

  test('the heartbeat answers a pong with the connection and the time', () => {
    const r = HEARTBEAT_TEMPLATE.render({ body: '{"action": "heartbeat"}', context: CONTEXT });
    expect(JSON.parse(r.output)).toEqual({ type: 'pong', connectionId: 'L0SM9cOFvHcCIhw=', at: 1763791260000 });
  });

  test('no template has a finding, warnings included', () => {
    expect(CONNECT_TEMPLATE.check({ direction: MappingTemplateDirection.REQUEST, webSocket: true })).toEqual([]);
    expect(DISCONNECT_TEMPLATE.check({ direction: MappingTemplateDirection.REQUEST, webSocket: true })).toEqual([]);
    expect(HEARTBEAT_TEMPLATE.check({ direction: MappingTemplateDirection.RESPONSE, webSocket: true })).toEqual([]);
  });
});
