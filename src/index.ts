export * from './check/switchyard';
export * from './check/policy-plugin';
export { Finding } from './rules/rule';
export * from './vtl/mapping-template';
export * from './common/domain-name';
export * from './common/api-mapping';
export * from './common/routing-rule';
export * from './common/vpc-link';
