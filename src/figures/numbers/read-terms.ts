/**
 * Numbers of several parts: digits or number words, each part with an optional scale word, the
 * scales decreasing ("1,7 Millionen", "62 ألفاً و64", "מיליון ו-900 אלף", "deux cent mille",
 * "vierundzwanzig", "68 mil 858"). The tokens are first turned into items (a number word, a
 * hundred, a scale, a connector, digits), then read as terms: each term a base (digits, or
 * number words below a thousand) and a scale, the first term's scale larger than the next.
 * Bounded: a number has at most {@link MAX_ITEMS} items.
 */
import { lexemesOf, unprefixed, type NumberLanguage, type Phrase } from './number-language';
import { readDigits, type DigitNumber } from './read-digits';
import type { Token } from './tokens';

/** More items than this are not one number. */
const MAX_ITEMS = 40;

type Item =
  | { t: 'num'; d: DigitNumber; tok: number }
  | { t: 'n'; value: number; key: string; tok: number }
  | { t: 'hundred'; key: string; tok: number }
  | { t: 'scale'; value: number; alone: boolean; tok: number; end: number }
  | { t: 'and'; tok: number };

/** Hyphens and the Hebrew maqaf, which join the words of a number ("vingt-quatre", "ו-900"). */
export const HYPHENS = new Set(['-', '\u2010', '\u2011', '\u05be']);

/**
 * Where `parts` (a phrase's folded words) stand from token `p` on, each after a space or a glued
 * hyphen on the same line; the first may carry glued prefixes ("وعشرات"). The index of the
 * phrase's last token, or -1.
 */
export function matchPhrase(toks: readonly Token[], p: number, parts: readonly string[], L: NumberLanguage): number {
  let k = p;
  for (let idx = 0; idx < parts.length; idx++) {
    if (idx > 0) {
      k++;
      const t = toks[k];
      if (t?.kind === 'punct' && HYPHENS.has(t.key) && t.gap === '') k++;
      else if (t?.gap !== ' ') return -1;
      if (toks[k]?.gap === '\n') return -1;
    }
    const t = toks[k];
    if (t?.kind !== 'word') return -1;
    if (idx === 0 ? !unprefixed(L, t.key).includes(parts[0] ?? '') : t.key !== parts[idx]) return -1;
  }
  return k;
}

/** The longest of `phrases` (keyed by first word) that stands at token `p`: its value and last token. */
export function longestPhrase<T>(toks: readonly Token[], p: number, phrases: ReadonlyMap<string, readonly Phrase<T>[]>, L: NumberLanguage): { value: T; last: number } | null {
  const tok = toks[p];
  if (tok?.kind !== 'word') return null;
  for (const key of unprefixed(L, tok.key)) {
    for (const ph of phrases.get(key) ?? []) {
      const last = matchPhrase(toks, p, ph.parts, L);
      if (last >= 0) return { value: ph.value, last };
    }
  }
  return null;
}

/** True when token `k` is digits in brackets glued to them: "(68)". */
export function bracketAround(toks: readonly Token[], k: number): boolean {
  const open = toks[k - 1];
  const close = toks[k + 1];
  return toks[k]?.kind === 'num' && toks[k]?.gap === '' && open?.kind === 'punct' && open.key === '(' && close?.kind === 'punct' && close.key === ')' && close.gap === '';
}

/** The items from token `i` on: as many as can belong to one number, on one line. */
function itemsFrom(toks: readonly Token[], i: number, L: NumberLanguage, first: DigitNumber | null): Item[] {
  const items: Item[] = [];
  for (let p = i; p < toks.length && items.length < MAX_ITEMS; p++) {
    const tok = toks[p];
    if (!tok || (p > i && tok.gap === '\n')) break;
    if (tok.kind === 'num') {
      const d = p === i && first ? first : readDigits(tok, L);
      if (!d || (p > i && d.start !== tok.start)) break;
      items.push({ t: 'num', d, tok: p });
    } else if (tok.kind === 'word') {
      const phrase = L.phrases.has(tok.key) ? longestPhrase(toks, p, L.phrases, L) : null;
      if (phrase && phrase.value.kind === 'n') {
        items.push({ t: 'n', value: phrase.value.value, key: phrase.value.key, tok: phrase.last });
        p = phrase.last;
        continue;
      }
      const lexemes = lexemesOf(L, tok.key);
      if (!lexemes) break;
      for (const lx of lexemes) {
        if (lx.kind === 'n') items.push({ t: 'n', value: lx.value, key: lx.key, tok: p });
        else if (lx.kind === 'scale') {
          const dot = toks[p + 1];
          const end = lx.dot && dot?.kind === 'punct' && dot.key === '.' && dot.gap === '' ? dot.end : tok.end;
          items.push({ t: 'scale', value: lx.value, alone: lx.alone, tok: p, end });
        } else if (lx.kind === 'hundred') items.push({ t: 'hundred', key: lx.key, tok: p });
        else items.push({ t: 'and', tok: p });
      }
    } else if (HYPHENS.has(tok.key) && p > i && tok.gap === '' && toks[p + 1]?.gap === '') {
      items.push({ t: 'and', tok: p });
    } else if (p > i && bracketAround(toks, tok.key === '(' ? p + 1 : p - 1)) {
      // "(68) ألفًا و(234)": digits in brackets are read through them, as Arabic outlets write a toll.
      continue;
    } else break;
  }
  return items;
}

/** Number words below a thousand being read: the value so far and which places are taken. */
interface Group { small: number; hundreds: boolean; tens: number; ones: boolean; one: number; teen: boolean; count: number; key: string }

/** `g` with the word `it` added, or null when the word cannot continue it ("three two", "twenty thirty"). */
function feed(g: Group, it: Item, L: NumberLanguage): Group | null {
  if (it.t === 'hundred') {
    if (g.hundreds) return null;
    if (g.small !== 0 && (g.tens !== 0 || g.small >= 10)) return null;
    return { ...g, small: (g.small || 1) * 100, hundreds: true, tens: 0, ones: false, teen: false, count: g.count + 1, key: it.key };
  }
  if (it.t !== 'n') return null;
  const v = it.value;
  const next = { ...g, small: g.small + v, count: g.count + 1, key: it.key };
  if (v >= 100) return v % 100 === 0 && g.small === 0 ? { ...next, hundreds: true } : null;
  if (v % 10 === 0) {
    if (g.tens === 0 && (!g.ones || (L.onesBeforeTens && g.one < 10))) return { ...next, tens: v };
    if (L.tensWithTeens.has(g.tens) && !g.teen && !g.ones && v === 10) return { ...next, teen: true };
    return null;
  }
  if (v > 10) {
    if (g.tens === 0 && !g.ones) return { ...next, tens: v - (v % 10), ones: true, one: v };
    if (L.tensWithTeens.has(g.tens) && !g.teen && !g.ones && v < 20) return { ...next, teen: true, ones: true, one: v };
    return null;
  }
  return g.ones ? null : { ...next, ones: true, one: v };
}

/** Number words from item `k` on, joined by spaces, hyphens or connectors: the group and the item after it. */
function readGroup(items: readonly Item[], k: number, L: NumberLanguage): { g: Group; next: number } | null {
  let g: Group = { small: 0, hundreds: false, tens: 0, ones: false, one: 0, teen: false, count: 0, key: '' };
  let pos = k;
  for (;;) {
    let q = pos;
    while (pos > k && items[q]?.t === 'and') q++;
    const it = items[q];
    const fed = it ? feed(g, it, L) : null;
    if (!fed) break;
    g = fed;
    pos = q + 1;
  }
  return g.count > 0 ? { g, next: pos } : null;
}

/** One term: a base of digits or words (or none, for "ألف"), times its scale (0: none). */
export interface Term { digits: DigitNumber | null; group: Group | null; scale: number; last: Item }

/** A number read from items. */
export interface TermsNumber {
  value: number;
  /** The first and last token of the number, and its end offset (past an abbreviation's dot). */
  firstTok: number;
  lastTok: number;
  end: number;
  /** Whether the number starts with a word rather than digits. */
  words: boolean;
  /** Whether its first word carries a glued connector ("وألف"), which is not part of it. */
  gluedAnd: boolean;
  /** The single term, when the number has one: for ranges and for telling dates and years. */
  only: Term | null;
}

function termValue(t: Term): number {
  const scale = t.scale || 1;
  if (t.digits) return t.scale ? (t.digits.mantissa * t.scale) / 10 ** t.digits.decimals : t.digits.value;
  return t.group ? t.group.small * scale : scale;
}

/** The value of a single-term number times a scale: "entre 1,5 et 2 millions" reads 1,5 as 1 500 000. */
export function scaled(t: Term, scale: number): number {
  return termValue({ ...t, scale });
}

/** The terms from item 0 on, as long as they make one number. */
function readTerms(items: readonly Item[], L: NumberLanguage): Term[] {
  const terms: Term[] = [];
  for (let k = 0; k < items.length;) {
    const prev = terms[terms.length - 1];
    let at = k;
    let joined = false;
    while (prev && items[at]?.t === 'and') { joined = true; at++; }
    const head = items[at];
    let digits: DigitNumber | null = null;
    let group: Group | null = null;
    if (head?.t === 'num') { digits = head.d; at++; }
    else if (head?.t === 'n' || head?.t === 'hundred') {
      const r = readGroup(items, at, L);
      if (r) { group = r.g; at = r.next; }
    }
    let scale = 0;
    let scaleItem: Item | undefined;
    // A larger scale right after a scale multiplies it: "mil millones" is a thousand million.
    for (let it = items[at]; it?.t === 'scale' && it.value > scale && (scale === 0 || scale < 1_000_000); it = items[at]) {
      scale = scale === 0 ? it.value : scale * it.value;
      scaleItem = it;
      at++;
    }
    const base = digits ? termValue({ digits, group: null, scale: 0, last: head as Item }) : group ? group.small : 0;
    if (!digits && !group && !scaleItem) break;
    if (!digits && !group && !(scaleItem?.t === 'scale' && scaleItem.alone && (!prev || joined))) break;
    if (prev) {
      if (digits && (digits.decimals > 0 || !(joined || (L.joinRemainder && !scale)))) break;
      if (scale ? scale >= prev.scale : base >= prev.scale || base >= 1000) break;
    }
    const last = items[at - 1];
    if (!last) break;
    terms.push({ digits, group, scale, last });
    k = at;
    if (!scale) break;
  }
  return terms;
}

/**
 * The number that starts at token `i` (digits already read as `first`, or a number word), or
 * null when none does, or only a word that is too often something else to be read alone: a lone
 * "one" ("un", "ein", "אחד"...) is an article far more often than a count, and the language's
 * ambiguous words ("neuf", new; "שבע" in באר שבע) are read only inside a longer number.
 */
export function readNumberAt(toks: readonly Token[], i: number, L: NumberLanguage, first: DigitNumber | null): TermsNumber | null {
  const items = itemsFrom(toks, i, L, first);
  // A connector glued to the first word ("ושלושה", "وثلاثة") is a conjunction before the number.
  const gluedAnd = items[0]?.t === 'and';
  while (items[0]?.t === 'and') items.shift();
  const terms = readTerms(items, L);
  const head = terms[0];
  const tail = terms[terms.length - 1];
  if (!head || !tail) return null;
  const g = head.group;
  if (terms.length === 1 && !head.scale && g && g.count === 1 && (g.small === 1 || L.ambiguous.has(g.key))) return null;
  const lastTok = toks[tail.last.tok];
  return {
    value: terms.reduce((sum, t) => sum + termValue(t), 0),
    firstTok: i,
    lastTok: tail.last.tok,
    end: tail.last.t === 'scale' ? tail.last.end : tail.last.t === 'num' ? tail.last.d.end : (lastTok?.end ?? 0),
    words: !head.digits,
    gluedAnd,
    only: terms.length === 1 ? head : null,
  };
}
