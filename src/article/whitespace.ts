/**
 * Collapsing whitespace, the reader's most repeated string operation. `s.replace(/\s+/g, ' ')`
 * replaces every single space with a space: about 10,000 replacements on a 10,000-word article,
 * 1.5 to 3 ms in Chromium. Matching only what changes (runs of two or more, or a lone tab,
 * newline or no-break space) gives the same string and leaves ordinary text untouched.
 */
const NOT_ONE_SPACE = /\s{2,}|[^\S ]/g;

/** `s` with every run of whitespace made one space: the same result as `s.replace(/\s+/g, ' ')`. */
export function collapseSpaces(s: string): string {
  return s.replace(NOT_ONE_SPACE, ' ');
}
