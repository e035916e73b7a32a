/**
 * How one language writes numbers (src/figures/numbers/<lang>.json), typed, and compiled once into
 * the lookup tables the reader uses. The data files are the reviewed part: adding a language is
 * adding a file (and its tests), not code. Words are folded as the tokenizer folds them
 * ({@link foldWord}), so the files may spell them naturally ("ألفاً", "Millionen").
 */
import { remember } from './bounded-memo';
import { foldWord } from './tokens';

/** What the reader reads of a language's file (`$`-keys are reviewers' notes). */
export interface NumberLanguageFile {
  /** Separators of digit groups: those that may group thousands, those that may mark decimals (a separator in both is read by what follows it). */
  digits: { group: string[]; decimal: string[] };
  /** Number words below a thousand and their values; a key of two words joined by "-" or " " is read as one ("quatre-vingts"). */
  cardinals: Record<string, number>;
  /** Words multiplying the number before them by a hundred ("deux cents", "three hundred"), or a hundred alone. */
  hundreds: string[];
  /** Words multiplying the number before them ("1,7 Millionen"); a key ending in "." is an abbreviation whose dot belongs to it ("Mio."). */
  scales: Record<string, number>;
  /** Scale words that are a number on their own ("mille", "ألف"). */
  standalone: string[];
  /** Words joining the parts of one number ("vingt et un", "treinta y cuatro", "62 ألفاً و64"). */
  connectors: string[];
  /** Letters written glued to the front of a word (Hebrew ו ב ל כ ה מ ש, Arabic و ب ل ك ف). */
  prefixes?: string[];
  /** Whether units may come before tens ("vierundzwanzig", "أربعة وعشرون", "שלושה עשר"). */
  onesBeforeTens?: boolean;
  /** Tens after which 10 to 19 are added, not a unit ("soixante-dix", "quatre-vingt-douze"). */
  tensWithTeens?: number[];
  /** Whether numbers are written as one word that the reader cuts into its parts ("zweihundertdreiundfünfzig"). */
  compounds?: boolean;
  /** Whether the rest after a thousand may follow it as bare digits ("68 mil 858", "44 ألفاً 532"). */
  joinRemainder?: boolean;
  /** Cardinals that are never read alone, being other words too ("neuf" is also "new"). */
  ambiguous?: string[];
  /** Phrases for an unknown quantity and its lower bound ("des milliers" 1000, "عشرات الآلاف" 10000). */
  vague: Record<string, number>;
  /** Words opening a range ("entre", "zwischen", "بين"), and those joining its two ends ("et", "und", "و"). */
  between: string[];
  betweenAnd: string[];
  /** Words and phrases for "percent", besides % and ٪. */
  percent: string[];
  /** Month names and their abbreviations: a day before or after one is a date, not a figure. */
  months: string[];
  /** Words between a day and its month ("de" in "7 de octubre"). */
  dateLinks?: string[];
  /** Words after which a four-digit number from 1900 to 2100 is a year ("en", "seit", "عام"). */
  yearCues: string[];
  /** Letters glued after a year ("2023م"). */
  yearSuffixes?: string[];
  /** Words after which a number is a time of day ("14 Uhr", "14 h 30"). */
  timeWords?: string[];
  /** Day and month written with dots: "7.10." (trailingDot), or after one of `after` ("ב-7.10"). */
  dottedDates?: { trailingDot?: boolean; after?: string[] };
  /** Words before "N." that make it an ordinal ("am 150. Tag"). */
  ordinalDot?: string[];
}

/** What a word (or part of a compound) means to the reader. */
export type Lexeme =
  | { kind: 'n'; value: number; key: string }
  | { kind: 'hundred'; key: string }
  | { kind: 'scale'; value: number; alone: boolean; dot: boolean }
  | { kind: 'and' };

/** A phrase of several words, folded. */
export interface Phrase<T> { parts: readonly string[]; value: T }

/** A language's file compiled for the reader. */
export interface NumberLanguage {
  group: ReadonlySet<string>;
  decimal: ReadonlySet<string>;
  /** Single words, folded. */
  words: ReadonlyMap<string, Lexeme>;
  /** Cardinals of several words, by their first word, longest first. */
  phrases: ReadonlyMap<string, readonly Phrase<Lexeme>[]>;
  /** Parts of compound number words, longest first; null for languages that write no compounds. */
  morphemes: readonly [string, Lexeme][] | null;
  prefixes: readonly string[];
  onesBeforeTens: boolean;
  tensWithTeens: ReadonlySet<number>;
  joinRemainder: boolean;
  ambiguous: ReadonlySet<string>;
  vague: ReadonlyMap<string, readonly Phrase<number>[]>;
  between: ReadonlySet<string>;
  betweenAnd: ReadonlySet<string>;
  percent: ReadonlyMap<string, readonly Phrase<true>[]>;
  months: ReadonlySet<string>;
  dateLinks: ReadonlySet<string>;
  yearCues: ReadonlySet<string>;
  yearSuffixes: ReadonlySet<string>;
  timeWords: ReadonlySet<string>;
  dotDateTrailing: boolean;
  dotDateAfter: ReadonlySet<string>;
  ordinalDot: ReadonlySet<string>;
}

/** The folded words of a phrase: "quatre-vingts" → ["quatre", "vingts"]. */
export const phraseParts = (phrase: string): string[] => phrase.split(/[\s\-\u05be]+/).filter((p) => p !== '').map(foldWord);

const setOf = (words: readonly string[] | undefined): Set<string> => new Set((words ?? []).map(foldWord));

/** Phrases grouped by their first word, longest first (the reader takes the longest that matches). */
function byFirstWord<T>(entries: readonly [string, T][]): Map<string, Phrase<T>[]> {
  const map = new Map<string, Phrase<T>[]>();
  for (const [phrase, value] of entries) {
    const parts = phraseParts(phrase);
    const first = parts[0];
    if (first === undefined) continue;
    map.set(first, [...(map.get(first) ?? []), { parts, value }]);
  }
  for (const list of map.values()) list.sort((a, b) => b.parts.length - a.parts.length);
  return map;
}

/** Compiles a language's file. */
export function compileNumberLanguage(f: NumberLanguageFile): NumberLanguage {
  const words = new Map<string, Lexeme>();
  const phrases: [string, Lexeme][] = [];
  for (const [w, value] of Object.entries(f.cardinals)) {
    const lex: Lexeme = { kind: 'n', value, key: phraseParts(w).join(' ') };
    if (phraseParts(w).length > 1) phrases.push([w, lex]);
    else words.set(foldWord(w), lex);
  }
  for (const w of f.hundreds) words.set(foldWord(w), { kind: 'hundred', key: foldWord(w) });
  const alone = setOf(f.standalone);
  for (const [w, value] of Object.entries(f.scales)) {
    const key = foldWord(w.replace(/\.$/, ''));
    words.set(key, { kind: 'scale', value, alone: alone.has(key), dot: w.endsWith('.') });
  }
  for (const w of f.connectors) words.set(foldWord(w), { kind: 'and' });
  const morphemes = f.compounds ? [...words.entries()].sort((a, b) => b[0].length - a[0].length) : null;
  const dd = f.dottedDates ?? {};
  return {
    group: new Set(f.digits.group),
    decimal: new Set(f.digits.decimal),
    words,
    phrases: byFirstWord(phrases),
    morphemes,
    prefixes: (f.prefixes ?? []).map(foldWord),
    onesBeforeTens: f.onesBeforeTens ?? false,
    tensWithTeens: new Set(f.tensWithTeens ?? []),
    joinRemainder: f.joinRemainder ?? false,
    ambiguous: setOf(f.ambiguous),
    vague: byFirstWord(Object.entries(f.vague)),
    between: setOf(f.between),
    betweenAnd: setOf(f.betweenAnd),
    percent: byFirstWord(f.percent.map((p) => [p, true as const])),
    months: setOf(f.months),
    dateLinks: setOf(f.dateLinks),
    yearCues: setOf(f.yearCues),
    yearSuffixes: setOf(f.yearSuffixes),
    timeWords: setOf(f.timeWords),
    dotDateTrailing: dd.trailingDot ?? false,
    dotDateAfter: setOf(dd.after),
    ordinalDot: setOf(f.ordinalDot),
  };
}

/**
 * Words a page repeats are looked up once: the reader asks of every word of a page whether it
 * is a number word, with and without its prefixes (bounded-memo.ts). Per language.
 */
interface Memo { unprefixed: Map<string, readonly string[]>; lexemes: Map<string, readonly Lexeme[] | null> }
const MEMOS = new WeakMap<NumberLanguage, Memo>();

function memoOf(L: NumberLanguage): Memo {
  let m = MEMOS.get(L);
  if (!m) MEMOS.set(L, (m = { unprefixed: new Map(), lexemes: new Map() }));
  return m;
}

/**
 * `key`, then `key` with one and two of the language's glued prefix letters taken off, as long
 * as two letters or more are left: "באוקטובר" → ["באוקטובר", "אוקטובר"], "وعشرون" → ["وعشرون", "عشرون"].
 */
export function unprefixed(L: NumberLanguage, key: string): readonly string[] {
  if (L.prefixes.length === 0 || !L.prefixes.includes(key[0] ?? '')) return [key];
  const memo = memoOf(L).unprefixed;
  const known = memo.get(key);
  if (known) return known;
  const out = [key];
  let rest = key;
  for (let cut = 0; cut < 2 && L.prefixes.includes(rest[0] ?? '') && rest.length > 2; cut++) {
    rest = rest.slice(1);
    out.push(rest);
  }
  return remember(memo, key, out);
}

/** True when `key`, or `key` without its glued prefixes, is in `set`. */
export function hasWord(L: NumberLanguage, set: ReadonlySet<string>, key: string): boolean {
  return unprefixed(L, key).some((k) => set.has(k));
}

/** Cuts a compound number word into its parts ("vierundzwanzig" → vier, und, zwanzig); null when it is not one. */
function segment(L: NumberLanguage, key: string): Lexeme[] | null {
  if (!L.morphemes || key.length > 60) return null;
  const out: Lexeme[] = [];
  let at = 0;
  while (at < key.length) {
    const hit = L.morphemes.find(([m]) => key.startsWith(m, at));
    if (!hit) return null;
    out.push(hit[1]);
    at += hit[0].length;
  }
  return out;
}

/**
 * What a word means as part of a number: its lexemes, with an `and` first when a connector is
 * glued to it ("וארבעה", "وعشرون"); null when it is no number word.
 */
export function lexemesOf(L: NumberLanguage, key: string): readonly Lexeme[] | null {
  const direct = L.words.get(key);
  if (direct) return [direct];
  const memo = memoOf(L).lexemes;
  const known = memo.get(key);
  return known !== undefined ? known : remember(memo, key, lexemesUncached(L, key));
}

function lexemesUncached(L: NumberLanguage, key: string): Lexeme[] | null {
  for (const rest of unprefixed(L, key).slice(1)) {
    const lex = L.words.get(rest);
    if (!lex) continue;
    const glued = L.words.get(key.slice(0, key.length - rest.length));
    return glued?.kind === 'and' ? [glued, lex] : [lex];
  }
  return segment(L, key);
}
