import { unescapedDefaults } from '../../expressions/selection-expressions';
import { ResourceNode } from '../../model/nodes';
import { stringOf } from '../../model/value';
import { Rule } from '../rule';
import { reportProblems } from './helpers';

export const selectionUnescapedDefault: Rule = {
  id: 'selection-unescaped-default',
  severity: 'warning',
  summary: 'A selection expression that should produce the key $default writes it \\$default',
  references: ['SEL-008'],
  evidence: { kind: 'documented', source: 'DG:apigateway-websocket-api-selection-expressions ("A dollar sign ($) can be escaped with \\")' },
  check(model, report) {
    const check = (resource: ResourceNode, property: string) => {
      const expression = stringOf(resource.properties[property]);
      if (expression !== undefined) reportProblems(report, resource, property, expression, unescapedDefaults(expression));
    };
    for (const integration of model.integrations) {
      if (integration.api?.protocol === 'WEBSOCKET') check(integration, 'TemplateSelectionExpression');
    }
    for (const ir of model.integrationResponses) {
      if (ir.api?.protocol === 'WEBSOCKET') check(ir, 'TemplateSelectionExpression');
    }
    for (const route of model.routes) {
      if (route.api?.protocol === 'WEBSOCKET') check(route, 'ModelSelectionExpression');
    }
    for (const api of model.apis) {
      if (api.protocol === 'WEBSOCKET') check(api, 'RouteSelectionExpression');
    }
  },
};
