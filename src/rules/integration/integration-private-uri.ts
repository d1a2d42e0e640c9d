import { show } from '../../expressions/problem';
import { stringOf } from '../../model/value';
import { Rule } from '../rule';

/** An Application or Network Load Balancer listener ARN. */
const LISTENER_ARN = /^arn:[a-z-]+:elasticloadbalancing:[a-z0-9-]+:\d{12}:listener\/(app|net)\/[^/\s]+\/[0-9a-f]+\/[0-9a-f]+$/;
/** A Cloud Map service ARN. */
const CLOUD_MAP_SERVICE_ARN = /^arn:[a-z-]+:servicediscovery:[a-z0-9-]+:\d{12}:service\/srv-[A-Za-z0-9]+$/;

export const integrationPrivateUri: Rule = {
  id: 'integration-private-uri',
  severity: 'error',
  summary: 'A private integration (ConnectionType VPC_LINK) of an HTTP API names an ELB listener ARN or a Cloud Map service ARN',
  references: ['INT-017'],
  evidence: { kind: 'observed', source: 'PF:pf-apigwv2-vpc-link-integration-uri (service message "For VpcLink VPC_LINK, integration uri should be a valid ELB listener ARN or a valid Cloud Map service ARN."); S003 L7482 integrationUri' },
  check(model, report) {
    for (const integration of model.integrations) {
      // WebSocket private integrations take an NLB URL over a REST VPC link (conflict note 10): HTTP APIs only.
      if (integration.api?.protocol !== 'HTTP' || stringOf(integration.properties.ConnectionType) !== 'VPC_LINK') continue;
      const uri = stringOf(integration.properties.IntegrationUri);
      if (uri === undefined || uri.includes('${stageVariables.') || LISTENER_ARN.test(uri) || CLOUD_MAP_SERVICE_ARN.test(uri)) continue;
      const hint = /:loadbalancer\//.test(uri) ? ' (this is a load balancer ARN: name one of its listeners)' : '';
      report({
        resource: integration,
        path: 'IntegrationUri',
        message: `IntegrationUri ${show(uri)} is not an ELB listener ARN nor a Cloud Map service ARN${hint}; a private integration of an HTTP API needs arn:<partition>:elasticloadbalancing:<region>:<account>:listener/... or arn:<partition>:servicediscovery:<region>:<account>:service/srv-...`,
      });
    }
  },
};
