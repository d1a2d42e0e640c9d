import { isPresent, stringOf } from '../../model/value';
import { Rule } from '../rule';
import { vpcLinkNameProblem } from './checks';

export const vpcLinkName: Rule = {
  id: 'vpc-link-name',
  severity: 'error',
  summary: 'A VPC link has a Name of 1 to 128 characters',
  references: ['VPCL-001'],
  evidence: { kind: 'documented', source: 'S003 L13774 CreateVpcLinkInput.name (Required); SDK StringWithLengthBetween1And128' },
  check(model, report) {
    for (const link of model.vpcLinks) {
      const value = link.properties.Name;
      if (!isPresent(value)) {
        report({ resource: link, path: 'Name', message: 'Name is missing; expected a name of 1 to 128 characters' });
        continue;
      }
      const name = stringOf(value);
      const problem = name === undefined ? undefined : vpcLinkNameProblem(name);
      if (problem) report({ resource: link, path: 'Name', message: problem });
    }
  },
};
