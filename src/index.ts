export * from './check/switchyard';
export * from './check/policy-plugin';
export { Finding } from './rules/rule';
export * from './vtl/mapping-template';
