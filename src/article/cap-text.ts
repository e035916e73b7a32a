/**
 * Capping the analysed text at a length without cutting a word or a number in half: a cut inside
 * "25,490" would leave "25,4", a wrong figure.
 */

/**
 * How far back from the cap a clean break is looked for, in characters. A paragraph is rarely
 * longer than 1,500 characters, so a paragraph break is usually in reach; otherwise any space.
 */
const BREAK_WINDOW = 2_000;

/** A text cut to at most `max` characters at a paragraph break, else a space, else exactly. */
export function capText(text: string, max: number): { text: string; truncated: boolean } {
  if (text.length <= max) return { text, truncated: false };
  if (max <= 0) return { text: '', truncated: text.length > 0 };
  const head = text.slice(0, max);
  const floor = Math.max(0, max - BREAK_WINDOW);
  const para = head.lastIndexOf('\n\n');
  let cut = para >= floor && para > 0 ? para : -1;
  if (cut < 0) {
    const space = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\n'));
    cut = space >= floor && space > 0 ? space : max;
  }
  // Never split a UTF-16 surrogate pair (emoji, rare scripts).
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return { text: text.slice(0, cut).trimEnd(), truncated: true };
}

/** A usable character cap from what a caller passed: a finite non-negative integer, else `fallback`. */
export function effectiveCap(max: unknown, fallback: number): number {
  return typeof max === 'number' && Number.isFinite(max) && max >= 0 ? Math.floor(max) : fallback;
}
