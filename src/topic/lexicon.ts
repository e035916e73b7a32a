/**
 * The topic lexicon (lexicon.json) as types, and its compiled matcher: one regular expression over
 * every spelling, longest first, so "Gaza health ministry" is one hit rather than "Gaza" plus a
 * ministry, and "Gaza province" (Mozambique) never counts as Gaza. Text is folded first (accents,
 * curly quotes, dashes), so "Khan Younès" and "Gaza’s" match "Khan Younes" and "Gaza's".
 */
import data from './lexicon.json';

/** What a positive term names. `people` is not war context: a Palestinian cookbook names Palestinians. */
export type TermKind = 'place' | 'actor' | 'event' | 'people';

/** A term that speaks for the Gaza war. */
export interface LexiconTerm {
  name: string;
  kind: TermKind;
  weight: number;
  core?: boolean;
  note?: string;
  variants: string[];
  exact?: string[];
}

/** A term that speaks against it: a competing `topic`, or another `sense` of the word Gaza. */
export interface NegativeTerm {
  name: string;
  topic?: string;
  sense?: string;
  weight: number;
  note?: string;
  variants: string[];
  exact?: string[];
}

/** The lexicon file's shape. */
export interface Lexicon {
  $comment?: string;
  version: number;
  terms: LexiconTerm[];
  negative: NegativeTerm[];
}

/**
 * The bundled lexicon. JSON imports widen string literals ("kind": string), so one narrow cast:
 * lexicon.json is validated against LexiconSchema (src/build/data/topic-lexicon.ts) at build time
 * and in tests, and that schema's type is checked against {@link Lexicon} at compile time.
 */
export const LEXICON: Lexicon = data as Lexicon;

/** A term as the matcher knows it. */
export interface CompiledTerm {
  name: string;
  weight: number;
  /** Anchors an article in Gaza (positive terms only). */
  core: boolean;
  /** Positive kind, or null for negative terms. */
  kind: TermKind | null;
  /** Negative terms: the competing topic or the other sense they belong to. */
  topic: string | null;
  sense: string | null;
  negative: boolean;
}

/** One occurrence of a term in a text (offsets into the folded text). */
export interface Hit {
  term: CompiledTerm;
  start: number;
  end: number;
}

/**
 * Folds a text for matching: accents and other combining marks dropped (NFD), curly apostrophes
 * to ', dashes and minus signs to -. Folding removes only combining marks, so offsets stay close
 * to the original (precomposed letters keep their length).
 */
export function foldText(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[‘’ʼ`´]/g, "'").replace(/[‐‑‒–—―−]/g, '-');
}

/** The key two spellings share when they differ only in case, apostrophes, spaces or hyphens. */
export function variantKey(s: string): string {
  return foldText(s).toLowerCase().replace(/'/g, '').replace(/[\s-]+/g, ' ').trim();
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A variant's pattern: any run of spaces or hyphens matches any other, the apostrophe is optional. */
function variantPattern(v: string): string {
  return foldText(v).trim().split(/[\s-]+/).map((w) => escapeRe(w).replace(/'/g, "'?")).join('[\\s-]+');
}

/**
 * True when matching lower-cased patterns against `lowered` finds exactly what the i flag finds in
 * `text`: lower-casing changed no length (it does for "İ") and the text has no "ſ" (long s), the one
 * letter the i flag folds to an ASCII letter ("s") that lower-casing leaves as it is.
 */
function lowerCaseIsExact(text: string, lowered: string): boolean {
  return lowered.length === text.length && !text.includes('\u017F');
}

/** A compiled lexicon: finds every term occurrence in a text. */
export interface Matcher {
  /** Every non-overlapping occurrence in `folded` (a {@link foldText} result), longest spelling first. */
  scan(folded: string): Hit[];
  /** The terms, by canonical name. */
  terms: ReadonlyMap<string, CompiledTerm>;
}

/**
 * Compiles a lexicon into a {@link Matcher}. Throws only on a malformed lexicon (a test checks ours).
 * `lowerCaseFastPath: false` always uses the case-insensitive expression (tests compare the two).
 */
export function compileLexicon(lex: Lexicon, options: { lowerCaseFastPath?: boolean; prefixes?: readonly string[] } = {}): Matcher {
  const byKey = new Map<string, { term: CompiledTerm; exact: string | null }>();
  const terms = new Map<string, CompiledTerm>();
  const spellings: string[] = [];
  const add = (term: CompiledTerm, variants: readonly string[], exact: readonly string[]): void => {
    terms.set(term.name, term);
    for (const v of variants) {
      byKey.set(variantKey(v), { term, exact: null });
      spellings.push(v);
    }
    for (const v of exact) {
      byKey.set(variantKey(v), { term, exact: foldText(v) });
      spellings.push(v);
    }
  };
  for (const t of lex.terms) {
    add({ name: t.name, weight: t.weight, core: t.core === true, kind: t.kind, topic: null, sense: null, negative: false }, t.variants, t.exact ?? []);
  }
  for (const t of lex.negative) {
    add({ name: t.name, weight: t.weight, core: false, kind: null, topic: t.topic ?? null, sense: t.sense ?? null, negative: true }, t.variants, t.exact ?? []);
  }
  // Longest pattern first: the regex takes the first alternative that matches at a position.
  const ordered = spellings.map((v) => ({ v, pattern: variantPattern(v) })).sort((a, b) => b.pattern.length - a.pattern.length);
  // Word boundaries by Unicode letters and digits, so Arabic and Hebrew spellings work too.
  // Clitics glued to the front of a word (Arabic و ب ل ال, Hebrew ו ה ב ל מ ש) may precede a
  // spelling; the spelling itself is then the first group. English has none: its expression is unchanged.
  const prefixes = [...(options.prefixes ?? [])].map((p) => escapeRe(foldText(p))).sort((a, b) => b.length - a.length);
  const clitic = prefixes.length > 0 ? `(?:${prefixes.join('|')})[-\u05BE]?` : null;
  const bounded = (alternatives: readonly string[]): string => clitic
    ? `(?<![\\p{L}\\p{N}])(?:${clitic})?(${alternatives.join('|')})(?![\\p{L}\\p{N}])`
    : `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`;
  const caseless = new RegExp(bounded(ordered.map((o) => o.pattern)), 'giu');
  // The same spellings in lower case, run on the lower-cased text without the i flag: about 40 %
  // faster in V8 on a long article, and the same matches wherever lower-casing keeps every
  // character in place and agrees with the i flag's case folding (see lowerCaseIsExact).
  const lower = new RegExp(bounded(ordered.map((o) => variantPattern(o.v.toLowerCase()))), 'gu');
  const fastPath = options.lowerCaseFastPath !== false;
  return {
    terms,
    scan(folded: string): Hit[] {
      const hits: Hit[] = [];
      const lowered = folded.toLowerCase();
      const fast = fastPath && lowerCaseIsExact(folded, lowered);
      const re = fast ? lower : caseless;
      re.lastIndex = 0;
      for (const m of (fast ? lowered : folded).matchAll(re)) {
        const whole = m[0];
        const spelling = clitic ? (m[1] ?? whole) : whole;
        const start = (m.index ?? 0) + whole.length - spelling.length;
        const end = start + spelling.length;
        // The text as written, for exact-case spellings.
        const text = fast ? folded.slice(start, end) : spelling;
        const entry = byKey.get(variantKey(text));
        if (!entry) continue;
        if (entry.exact !== null && text.replace(/[\s-]+/g, ' ') !== entry.exact.replace(/[\s-]+/g, ' ')) continue;
        hits.push({ term: entry.term, start, end });
      }
      return hits;
    },
  };
}

/** The bundled lexicon, compiled once. */
let compiled: Matcher | null = null;
/**
 * The compiled lexicon, built on first use: compiling its regular expression costs about 4 ms,
 * which the content script, loaded on every page of a news site, must not pay for its cheap check.
 */
export function lexiconMatcher(): Matcher {
  return (compiled ??= compileLexicon(LEXICON));
}

/** A language's topic lexicon (src/topic/lexicons/<lang>.json): the lexicon's shape, with its language and clitics. */
export interface LanguageLexicon extends Lexicon {
  lang: string;
  /** Clitics a spelling may carry glued to its front (Arabic و ب ل ال, Hebrew ו ה ב ל מ ש). */
  prefixes: string[];
}

/**
 * The lexicon a page in another language is read with: the English file's positive terms (place
 * and party names are shared across Latin-script languages) with the language's spellings added
 * under the same canonical names, its competing topics likewise, and the language's own terms.
 * The English file's other senses of "Gaza" (band, chef, cookbook…) are English words and stay
 * out: "chef du Hamas" is no restaurant.
 */
export function mergeLexicon(english: Lexicon, own: LanguageLexicon): Lexicon {
  const merge = <T extends { name: string; variants: string[] }>(base: readonly T[], extra: readonly T[]): T[] => {
    const out = base.map((t) => ({ ...t, variants: [...t.variants] }));
    for (const t of extra) {
      const same = out.find((b) => b.name === t.name);
      if (same) same.variants.push(...t.variants);
      else out.push({ ...t, variants: [...t.variants] });
    }
    return out;
  };
  return {
    version: 1,
    terms: merge(english.terms, own.terms),
    negative: merge(english.negative.filter((t) => t.topic !== undefined), own.negative),
  };
}
