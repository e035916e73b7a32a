/**
 * The JSON layout of the data files: 2-space indentation and a trailing newline, with any array
 * or object written on one line when that line fits in {@link WIDTH} columns (a short cue list or
 * a measure stays one reviewable line; a long one gets one item per line).
 */

/** Lines longer than this are broken, item per line. */
export const WIDTH = 120;

/** An object's entries as JSON keeps them: those whose value is undefined are left out. */
const entriesOf = (value: object): [string, unknown][] => Object.entries(value).filter(([, x]) => x !== undefined);

function oneLine(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = entriesOf(value);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, x]) => `${JSON.stringify(k)}: ${oneLine(x)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

/** `value` laid out at `indent`, after `lead` characters already on its line (a key), with room for a comma. */
function layout(value: unknown, indent: string, lead: number): string {
  const flat = oneLine(value);
  if (value === null || typeof value !== 'object' || indent.length + lead + flat.length + 1 <= WIDTH) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((x) => inner + layout(x, inner, 0)).join(',\n')}\n${indent}]`;
  }
  const lines = entriesOf(value).map(([k, x]) => {
    const key = `${JSON.stringify(k)}: `;
    return inner + key + layout(x, inner, key.length);
  });
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

/** A data file's text: the value laid out as described above, ending with a newline. */
export function formatJson(value: unknown): string {
  return `${layout(value, '', 0)}\n`;
}
