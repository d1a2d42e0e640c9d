import { join } from 'path';
import { MappingTemplate, MappingTemplateDirection } from '../../src';

// The README's MappingTemplate example, run as written against the demo's template.
test('the README example renders the demo template', () => {
  const template = MappingTemplate.fromFile(join(__dirname, '..', '..', 'examples', 'templates', 'put-connection.vtl'));
  expect(template.check({ direction: MappingTemplateDirection.REQUEST, webSocket: true })).toEqual([]);
  const result = template.render({
    queryStringParameters: { user: "ana's phone" },
    context: { connectionId: 'L0SM9cOFvHcCIhw=', requestTimeEpoch: '1763791200000' },
    stageVariables: { connectionsTable: 'chat-connections' },
  });
  expect(JSON.parse(result.output).Item.user.S).toBe("ana's phone");
  expect(JSON.parse(result.output).Item.connectionId.S).toBe('L0SM9cOFvHcCIhw=');
  expect(result.errors).toEqual([]);
});
