import { ContextUse, isContextVariable, suggestContextVariables } from '../../expressions/context-variables';
import { Rule } from '../rule';
import { accessLogOf } from './access-log';

const USE: Record<'HTTP' | 'WEBSOCKET', ContextUse> = { HTTP: 'http-access-log', WEBSOCKET: 'websocket-access-log' };
const OTHER: Record<'HTTP' | 'WEBSOCKET', 'HTTP' | 'WEBSOCKET'> = { HTTP: 'WEBSOCKET', WEBSOCKET: 'HTTP' };
/** `$context.<name>` or `${context.<name>}`: dotted words (a `-` or `:` after a name is text of the format). */
const VARIABLE = /\$\{?context\.([A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*)/g;

export const stageAccessLogVariable: Rule = {
  id: 'stage-access-log-variable',
  severity: 'warning',
  summary: 'An access log Format uses no $context variable that only the other protocol logs (such as $context.connectionId on an HTTP API)',
  references: ['STAGE-010'],
  evidence: { kind: 'documented', source: 'DG:http-api-logging-variables; DG:websocket-api-logging (the variables each protocol logs); an unknown variable deploys and logs as "-" or empty' },
  check(model, report) {
    for (const stage of model.stages) {
      const protocol = stage.api?.protocol;
      const format = accessLogOf(stage)?.format;
      if (!protocol || format === undefined) continue;
      const use = USE[protocol];
      const other = USE[OTHER[protocol]];
      for (const m of format.matchAll(VARIABLE)) {
        // Only a variable of the other protocol is certainly a mistake: aws-cdk-lib's own formats log REST
        // variables (`$context.resourcePath`) on HTTP APIs, and those deploy.
        if (isContextVariable(m[1], use) || !isContextVariable(m[1], other)) continue;
        const near = suggestContextVariables(m[1], use);
        const hint = near.length ? ` (did you mean ${near.map(n => `$context.${n}`).join(', ')}?)` : '';
        report({ resource: stage, path: 'AccessLogSettings.Format', message: `$context.${m[1]} is a logging variable of ${OTHER[protocol] === 'HTTP' ? 'HTTP' : 'WebSocket'} APIs, not of ${protocol === 'HTTP' ? 'HTTP' : 'WebSocket'} APIs${hint}; API Gateway logs nothing useful for it` });
      }
    }
  },
};
