import { IntegrationNode } from '../../model/nodes';
import { describePieces, isHole, knownPrefix, Piece, probes } from '../../model/partial-string';
import { isPresent, stringOf } from '../../model/value';
import { Rule } from '../rule';

/** SDK `CreateIntegrationRequest.IntegrationUri: UriWithLengthBetween1And2048`. */
export const INTEGRATION_URI_MAX_LENGTH = 2048;

/** The types that call a backend by URI; an AWS_PROXY with an IntegrationSubtype names its service instead. */
const URI_TYPES = ['AWS', 'AWS_PROXY', 'HTTP', 'HTTP_PROXY'];

/** A stage variable standing for the whole URL, or its start: resolved per stage (INT-014 checks the rest). */
const STAGE_VARIABLE_START = /^\$\{?stageVariables\./;
const HTTP_URL = /^https?:\/\/[^/\s]+/i;
/** A Lambda function ARN (optionally qualified), or API Gateway's Lambda invocation URI. */
const LAMBDA_FUNCTION_ARN = /^arn:[a-z-]+:lambda:[a-z0-9-]+:\d{12}:function:[^\s]+$/;
const LAMBDA_INVOCATION_URI = /^arn:[a-z-]+:apigateway:[a-z0-9-]+:lambda:path\/\d{4}-\d{2}-\d{2}\/functions\/\S+\/invocations$/;
/** `arn:<partition>:apigateway:<region>:<[subdomain.]service>:action/<Action>` or `...:path/<path>`. */
const AWS_SERVICE_URI = /^arn:[a-z-]+:apigateway:[a-z0-9-]+:[a-z0-9.-]+:(action|path)\/\S+$/;

/**
 * What is wrong with the URL of an HTTP or HTTP_PROXY integration reached over the internet, or undefined.
 * Shared with `HttpUrlIntegration` and the WebSocket HTTP integrations.
 */
export function httpIntegrationUrlProblem(url: string): string | undefined {
  if (HTTP_URL.test(url) || STAGE_VARIABLE_START.test(url)) return undefined;
  return `the integration URL "${url}" is not a fully qualified http:// or https:// URL`;
}

export function lambdaIntegrationUriProblem(uri: string): string | undefined {
  if (uri.includes('${stageVariables.') || LAMBDA_FUNCTION_ARN.test(uri) || LAMBDA_INVOCATION_URI.test(uri)) return undefined;
  return `the IntegrationUri "${uri}" of a Lambda proxy integration is neither a Lambda function ARN nor arn:<partition>:apigateway:<region>:lambda:path/2015-03-31/functions/<function ARN>/invocations`;
}

export function awsServiceIntegrationUriProblem(uri: string): string | undefined {
  if (uri.includes('${stageVariables.') || AWS_SERVICE_URI.test(uri)) return undefined;
  return `the IntegrationUri "${uri}" of an AWS integration is not arn:<partition>:apigateway:<region>:<service>:action/<action> or ...:path/<path>`;
}

function shapeProblem(integration: IntegrationNode, type: string, uri: string): string | undefined {
  if (type === 'AWS_PROXY') return lambdaIntegrationUriProblem(uri);
  if (type === 'AWS') return awsServiceIntegrationUriProblem(uri);
  // A private integration's URI is a listener, Cloud Map service or NLB URL: not this rule's (INT-017).
  const connection = integration.properties.ConnectionType;
  if (isPresent(connection) && stringOf(connection) !== 'INTERNET') return undefined;
  return httpIntegrationUrlProblem(uri);
}

/** How an http(s) URL or a stage variable standing for it starts (compared in lower case). */
const URL_STARTS = ['http://', 'https://', '$stagevariables.', '${stagevariables.'];

/**
 * What is wrong with a URI of which only some pieces are known (`Fn::Sub`, `Fn::Join`, an ARN from `Fn::GetAtt`),
 * when it is wrong whatever the holes hold; else undefined.
 */
function partialShapeProblem(integration: IntegrationNode, type: string, pieces: readonly Piece[]): string | undefined {
  const literalLength = pieces.reduce((n, p) => n + (isHole(p) ? 0 : p.length), 0);
  if (literalLength > INTEGRATION_URI_MAX_LENGTH) {
    return `IntegrationUri has at least ${literalLength} characters; expected at most ${INTEGRATION_URI_MAX_LENGTH}`;
  }
  // Holes of known kinds (partition, region, account, a generated name): both stand-ins wrong means every value is.
  const both = probes(pieces);
  if (both) {
    const [first, second] = both.map(text => shapeProblem(integration, type, text));
    return first !== undefined && second !== undefined ? first.replace(`"${both[0]}"`, `"${describePieces(pieces)}"`) : undefined;
  }
  // A hole that may hold anything (a stage variable included) leaves only the start of an http(s) URL to check.
  if (type !== 'HTTP' && type !== 'HTTP_PROXY') return undefined;
  const connection = integration.properties.ConnectionType;
  if (isPresent(connection) && stringOf(connection) !== 'INTERNET') return undefined;
  const prefix = knownPrefix(pieces).toLowerCase();
  if (URL_STARTS.some(start => start.startsWith(prefix) || prefix.startsWith(start))) {
    const scheme = URL_STARTS.slice(0, 2).find(start => prefix.startsWith(start));
    // `https://` must be followed by a host: not a `/` or a space.
    if (scheme === undefined || prefix.length === scheme.length || !/^[/\s]/.test(prefix.slice(scheme.length))) return undefined;
  }
  return `the integration URL "${describePieces(pieces)}" is not a fully qualified http:// or https:// URL, whatever its unknown parts hold`;
}

export const integrationUri: Rule = {
  id: 'integration-uri',
  severity: 'error',
  summary: 'AWS, AWS_PROXY (without subtype), HTTP and HTTP_PROXY integrations have an IntegrationUri of at most 2,048 characters: a Lambda ARN, an AWS service action or path, or an http(s) URL',
  references: ['INT-012', 'INT-013'],
  evidence: { kind: 'documented', source: 'S003 L7482 CreateIntegrationInput.integrationUri ("For a Lambda integration, specify the URI of a Lambda function. For an HTTP integration, specify a fully-qualified URL"); SDK UriWithLengthBetween1And2048' },
  check(model, report) {
    for (const integration of model.integrations) {
      const p = integration.properties;
      const type = stringOf(p.IntegrationType);
      if (type === undefined || !URI_TYPES.includes(type) || (type === 'AWS_PROXY' && isPresent(p.IntegrationSubtype))) continue;
      if (!isPresent(p.IntegrationUri) || p.IntegrationUri === '') {
        report({ resource: integration, path: 'IntegrationUri', message: `IntegrationUri is missing; a ${type} integration needs ${type.startsWith('AWS') ? 'the ARN of what it invokes' : 'the URL of its backend'}` });
        continue;
      }
      // Each value the template can give (through Fn::Sub, Fn::If, a parameter, an ARN from Fn::GetAtt), named by when.
      for (const { value: pieces, when } of model.values.shapes(p.IntegrationUri)) {
        const uri = pieces.length === 1 && typeof pieces[0] === 'string' ? pieces[0] : undefined;
        const problem = uri === undefined
          ? partialShapeProblem(integration, type, pieces)
          : uri.length > INTEGRATION_URI_MAX_LENGTH
            ? `IntegrationUri has ${uri.length} characters; expected at most ${INTEGRATION_URI_MAX_LENGTH}`
            : shapeProblem(integration, type, uri);
        if (problem) report({ resource: integration, path: 'IntegrationUri', message: `${problem}${when}` });
      }
    }
  },
};
