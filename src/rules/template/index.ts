import { Rule } from '../rule';

/** The mapping-template rules (VTL), in report order. */
export const TEMPLATE_RULES: readonly Rule[] = [];
