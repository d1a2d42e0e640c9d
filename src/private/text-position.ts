/**
 * The 1-based line and column of an offset in a text (line 1 unless it holds newlines), in UTF-16 code units.
 * Rules ask for many offsets of one string (one per variable or problem), and the CLI for every finding of a
 * file, so the line starts of the last string are kept: each call after the first is a binary search.
 */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  const starts = lineStartsOf(text);
  const end = Math.min(Math.max(offset, 0), text.length);
  // The last line start at or before `end` (line starts are increasing; starts[0] is 0).
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (starts[mid] <= end) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: end - starts[lo] + 1 };
}

let lastText: string | undefined;
let lastStarts: number[] = [0];

function lineStartsOf(text: string): readonly number[] {
  if (text === lastText) return lastStarts;
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  lastText = text;
  lastStarts = starts;
  return starts;
}
