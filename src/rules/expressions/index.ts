import { Rule } from '../rule';

/** The parameter-mapping, selection-expression, route-key and identity-source rules, in report order. */
export const EXPRESSION_RULES: readonly Rule[] = [];
