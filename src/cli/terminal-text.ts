/**
 * Text from a template or a file (a stage name, a logical id, a file name, a rendered value) must not act on
 * the terminal that shows it: an escape sequence could retitle or clear it, a carriage return or a line
 * feed could forge a finding line. Every line the CLI writes for a person goes through `escapeControls`;
 * the JSON and SARIF reports, read by programs, through `escapeJsonControls`.
 */

/**
 * C0 controls, DEL, C1 controls (a terminal may take U+009B for ESC [), and the Unicode line separators and
 * bidirectional controls, which move or reorder what follows them on the screen.
 */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The same, without line feed and tab: for output whose lines are the user's (a rendered template). */
const CONTROLS_BUT_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The same, without C0: JSON.stringify escapes those in strings, and its indentation is made of them. */
const CONTROLS_BUT_C0 = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeOne(c: string): string {
  const named = NAMED[c];
  if (named !== undefined) return named;
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * `text` with every control character written as an escape (`\n`, `\x1b`, `\u202e`), so that it prints as
 * what it is. `keepLines` keeps line feeds and tabs, for multi-line output that is meant to be seen as lines.
 */
export function escapeControls(text: string, options: { readonly keepLines?: boolean } = {}): string {
  return text.replace(options.keepLines ? CONTROLS_BUT_LINES : CONTROLS, escapeOne);
}

/**
 * JSON text (from JSON.stringify) with the controls JSON allows raw in a string (DEL, C1, the separators
 * and bidirectional controls) written as `\uXXXX`: the same JSON value, but safe to show on a terminal.
 * JSON.stringify already escapes C0 controls in strings, and these characters occur only inside strings.
 */
export function escapeJsonControls(json: string): string {
  return json.replace(CONTROLS_BUT_C0, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** At most `max` characters of `text`, the middle elided, then escaped: a short excerpt of a user's input. */
export function excerpt(text: string, max: number): string {
  const short = text.length <= max ? text : `${text.slice(0, Math.ceil(max / 2) - 1)}…${text.slice(text.length - Math.floor(max / 2))}`;
  return escapeControls(short);
}
