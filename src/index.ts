export * from './check/switchyard';
export * from './check/policy-plugin';
export { Finding } from './rules/rule';
