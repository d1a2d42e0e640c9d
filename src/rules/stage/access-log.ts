import { StageNode } from '../../model/nodes';
import { isPresent, mapOf, stringOf } from '../../model/value';

/** The access-log settings of a stage: presence of each field, and the literal format when known. */
export function accessLogOf(stage: StageNode) {
  const settings = mapOf(stage.properties.AccessLogSettings);
  if (!settings) return undefined;
  return {
    hasDestination: isPresent(settings.DestinationArn),
    hasFormat: isPresent(settings.Format),
    destination: stringOf(settings.DestinationArn),
    format: stringOf(settings.Format),
  };
}
