import { Pos } from './ast';

/**
 * A failure API Gateway would turn into a failed request (a 5XX, or the 400 of a malformed JSON body).
 * The evaluator stops at the first one and reports it.
 */
export class EvaluationError extends Error {
  constructor(message: string, readonly pos?: Pos, readonly status = 500) {
    super(message);
    this.name = 'EvaluationError';
  }

  /** The message with its place in the template, as `render` reports it. */
  describe(): string {
    return this.pos ? `line ${this.pos.line}, column ${this.pos.column}: ${this.message}` : this.message;
  }
}
