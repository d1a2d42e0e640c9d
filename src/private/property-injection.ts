import { PropertyInjectors } from 'aws-cdk-lib';
import { Construct, IConstruct } from 'constructs';

/**
 * The props of a construct after the nearest property injector registered for `uniqueId` (the class's
 * `PROPERTY_INJECTION_ID`) has run, as aws-cdk-lib's own constructs apply them: the closest scope with an
 * injector for the class wins. Only public aws-cdk-lib API is used, so no scope gets an empty registry.
 */
export function injectProps<T>(uniqueId: string, props: T, scope: Construct, id: string): T {
  for (let node: IConstruct | undefined = scope; node; node = node.node.scope) {
    if (!PropertyInjectors.hasPropertyInjectors(node)) continue;
    const injector = PropertyInjectors.of(node).for(uniqueId);
    if (injector) return injector.inject(props, { scope, id });
  }
  return props;
}
