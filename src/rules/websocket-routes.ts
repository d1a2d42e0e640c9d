import { Rule } from './rule';

/** WebSocket route, route-response and request-validation rules (routes, models and their selection expressions). */
export const WEBSOCKET_ROUTE_RULES: readonly Rule[] = [
];
