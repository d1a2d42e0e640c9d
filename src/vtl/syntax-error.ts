import { SwitchyardError } from '../common/errors';

/** Thrown by `MappingTemplate.fromString`/`fromFile` when the template does not parse. */
export class MappingTemplateSyntaxError extends SwitchyardError {
  constructor(message: string, public readonly line: number, public readonly column: number) {
    super('template-syntax', `line ${line}, column ${column}: ${message}`);
    this.name = 'MappingTemplateSyntaxError';
    Object.setPrototypeOf(this, MappingTemplateSyntaxError.prototype);
  }
}
