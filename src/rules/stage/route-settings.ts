import { StageNode } from '../../model/nodes';
import { mapOf } from '../../model/value';

/** DefaultRouteSettings and every RouteSettings entry of a stage, with the property path prefix of each. */
export function routeSettingsOf(stage: StageNode): Array<{ settings: Record<string, unknown>; prefix: string }> {
  const out: Array<{ settings: Record<string, unknown>; prefix: string }> = [];
  const defaults = mapOf(stage.properties.DefaultRouteSettings);
  if (defaults) out.push({ settings: defaults, prefix: 'DefaultRouteSettings.' });
  for (const [key, value] of Object.entries(mapOf(stage.properties.RouteSettings) ?? {})) {
    const settings = mapOf(value);
    if (settings) out.push({ settings, prefix: `RouteSettings.${key}.` });
  }
  return out;
}
