import { arnFields, describePieces, isHole, knownPrefix, normalize, Piece, probes } from '../../model/partial-string';
import { Rule } from '../rule';
import { certificateArnProblem } from './checks';
import { configurationsOf } from './helpers';

/**
 * What is wrong with a certificate ARN of which only some pieces are known, whatever the holes hold; else
 * undefined. Holes of known kinds are filled with two stand-ins; past a hole that may hold anything, only the
 * ARN fields before it are certain.
 */
function partialCertificateProblem(given: readonly Piece[], property: string, region: string | undefined): string | undefined {
  // A region hole is `${AWS::Region}`, the stack's own region: with that region known (given or assumed by the
  // value), the hole holds it; with it unknown, no region is compared, so the stand-ins never pose as a region.
  const pieces = region !== undefined ? normalize(given.map(p => (isHole(p) && p.hole === 'region' ? region : p))) : given;
  if (pieces.length === 1 && typeof pieces[0] === 'string') return certificateArnProblem(pieces[0], property, region);
  const both = probes(pieces);
  if (both) {
    const [first, second] = both.map(text => certificateArnProblem(text, property, region));
    return first !== undefined && second !== undefined ? first.replace(`"${both[0]}"`, `"${describePieces(pieces)}"`) : undefined;
  }
  const shown = describePieces(pieces);
  const prefix = knownPrefix(pieces);
  if (!'arn:'.startsWith(prefix) && !prefix.startsWith('arn:')) return `${property} "${shown}" is not an ACM certificate ARN; expected arn:<partition>:acm:<region>:<account>:certificate/<id>`;
  const fields = arnFields(pieces) ?? [];
  // A field is certain only when a later field is known to follow it (the field holds no hole of any kind).
  const service = fields.length > 3 ? fields[2] : undefined;
  if (service !== undefined && service !== 'acm') return `${property} "${shown}" names the ${service} service; expected an ACM certificate ARN (ACM is the only supported source)`;
  const certRegion = fields.length > 4 ? fields[3] : undefined;
  if (region !== undefined && certRegion !== undefined && certRegion !== region) {
    return `${property} "${shown}" is in ${certRegion}; a regional domain name needs a certificate in its own region (${region})`;
  }
  return undefined;
}

export const domainCertificateArn: Rule = {
  id: 'domain-certificate-arn',
  severity: 'error',
  summary: 'CertificateArn and OwnershipVerificationCertificateArn name ACM certificates; with the region known, CertificateArn is in it',
  references: ['DOMAIN-005', 'DOMAIN-010'],
  evidence: { kind: 'observed', source: 'PF:pf-apigwv2-domain-certificate-region; S003 L5299 certificateArn ("AWS Certificate Manager is the only supported source")' },
  check(model, report) {
    for (const domain of model.domainNames) {
      for (const config of configurationsOf(domain)) {
        for (const property of ['CertificateArn', 'OwnershipVerificationCertificateArn']) {
          // The region is compared only when it is known: given by the caller (`switchyard lint --region`, a stack's
          // concrete region), or assumed by the value (the entry of a region map picked by `Ref: AWS::Region`).
          for (const { value: pieces, when, region: known } of model.values.shapes(config.properties[property])) {
            const region = property === 'CertificateArn' ? known : undefined;
            const problem = pieces.length === 1 && typeof pieces[0] === 'string'
              ? certificateArnProblem(pieces[0], property, region)
              : partialCertificateProblem(pieces, property, region);
            if (problem) report({ resource: domain, path: `${config.path}.${property}`, message: `${problem}${when}` });
          }
        }
      }
    }
  },
};
