/**
 * The figure cues of a language other than English (src/figures/cues/<lang>.json), typed and
 * compiled: the words that say what a number counts (entities, events), over what time (scopes),
 * who gives it (sources), how it is hedged (qualifiers) and where (places). The keys are the
 * English vocabulary's (measures.json, sources.json), so a French "tués" and an Arabic "شهيد" lead
 * to the same measure key as the English "killed", and the official-counts check reads them alike.
 * Adding a language is adding a file here and its topic lexicon, not code.
 */
import type { Lang } from '../language/languages';

/** A language's cue file. */
export interface LanguageCuesFile {
  $comment: string;
  lang: Lang;
  /**
   * Clitics a word may carry glued to its front (Arabic و ف ب ل ك and the article ال, Hebrew
   * ו ה ב ל מ ש כ): a cue matches after one of them too, so "والشهداء" is "شهداء".
   */
  prefixes: string[];
  entities: Record<string, string[]>;
  events: Record<string, string[]>;
  scopes: Record<string, string[]>;
  /** By the canonical source names of sources.json. */
  sources: Record<string, string[]>;
  qualifiers: Record<string, string[]>;
  places: Record<string, string[]>;
  /**
   * Words that lead from a noun to its number when the noun comes first: "y los heridos a 170.999",
   * "והפצועים ל-170,179", "et celui des blessés à 63 354", "die der Verletzten auf 62.680". A cue
   * followed by one of them and a number is that number's, not the noun of the number before it.
   */
  links: string[];
  /**
   * Words that introduce a part of a count: "dont", "la mayoría de ellos", "darunter", "بينهم",
   * "כשמרבית". A noun after one ("35.562 muertos, la mayoría de ellos niños") names the part, not
   * what the number before it counts.
   */
  partitives: string[];
  /**
   * Words that name an attack and are followed by its doer: "Überfall der", "frappes de",
   * "ataques de", "בתקיפות", "غارات". A party named in the few words after one ("bei Angriffen der
   * israelischen Armee", "בתקיפות צה\"ל", "Überfall der Hamas und anderer Extremisten") is the doer:
   * neither who a number counts nor who tells it.
   */
  agents: string[];
  /**
   * Units of time: a number right before one counts time, never people ("30 jours", "30 يوماً",
   * "30 Tagen", "30 ימים", "5 ans"). Such a number is a figure without a measure, as English
   * durations are.
   */
  durations: string[];
  /**
   * Words that say a count has come to its number: "ارتفع", "gestiegen", "s'élève", "asciende",
   * "עלה". A count of the killed or injured said to have risen to 1,000 or more is a running
   * total (no single strike of this war killed so many), as English reads "rose to".
   */
  rises: string[];
}

/** The kinds of cue a file lists. */
export const CUE_KINDS = ['entities', 'events', 'scopes', 'sources', 'qualifiers', 'places'] as const;
/** One of {@link CUE_KINDS}. */
export type CueKind = (typeof CUE_KINDS)[number];

/** A cue found in a text. */
export interface LangCue {
  key: string;
  start: number;
  end: number;
  text: string;
}

/** A language's cues compiled: one expression per kind, and the key of each spelling. */
export interface CompiledCues {
  lang: Lang;
  /** The cues of a kind in `text[start, end)`, with offsets into the original text. */
  find(kind: CueKind, text: FoldedText, start?: number, end?: number): LangCue[];
  /** The qualifier ending right before offset `at` of the original text, or null. */
  qualifierBefore(text: FoldedText, at: number): string | null;
  /**
   * True when the original text from `from` to `to` is only a link word (and perhaps a
   * qualifier): a cue ending at `from` leads to the number starting at `to`.
   */
  linksTo(text: FoldedText, from: number, to: number): boolean;
  /**
   * True when the original text from `from` to `to` is only spaces, hyphens and perhaps a
   * qualifier: a cue ending at `from` stands right before the number starting at `to` ("נהרגו
   * לפחות 25,490", "وأصيب 63 ألفا").
   */
  adjacent(text: FoldedText, from: number, to: number): boolean;
  /**
   * The doer phrases of original text `[start, end)`: each agent word with the words after it (at
   * most five, up to a number or a punctuation mark), as original offsets.
   */
  doers(text: FoldedText, start: number, end: number): [number, number][];
  /**
   * True when the original text from `from` to `to` ends in a partitive word, perhaps with a
   * qualifier after it: the number at `to` is a part of the one before ("25 700 morts, dont 210
   * au cours des dernières 24 heures", "بينهم 210", "darunter mindestens 210").
   */
  partBefore(text: FoldedText, from: number, to: number): boolean;
  /** True when a unit of time follows the original text's offset `at`, with only spaces or a hyphen between. */
  durationAfter(text: FoldedText, at: number): boolean;
  /** The rise words ({@link LanguageCuesFile.rises}) in original text `[start, end)`, as original offsets. */
  rises(text: FoldedText, start: number, end: number): [number, number][];
  /** True when a partitive word ends in the original text from `from` to `to`, with at most six words after it ("dont des femmes et des enfants", "la mitad de las víctimas son niños y mujeres"). */
  partitiveBefore(text: FoldedText, from: number, to: number): boolean;
}

/** A text folded for cue matching, with the way back to the original's offsets. */
export interface FoldedText {
  original: string;
  folded: string;
  /** The original offset of each folded character (and, last, the original's length). */
  toOriginal: Int32Array;
  /** The folded offset of each original offset (and of its end). */
  toFolded: Int32Array;
}

/** One character folded: "" for a combining mark (Arabic harakat, Hebrew niqqud, accents). */
export function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return ch.toLowerCase();
  if (ch === 'ى') return 'ي';
  if (ch === 'ة') return 'ه';
  if (ch === 'ـ') return ' ';
  if (/[‘’ʼ`´]/.test(ch)) return "'";
  if (/[‐‑‒–—―−]/.test(ch)) return '-';
  const base = ch.normalize('NFD').replace(/\p{M}+/gu, '');
  if (base.length === 0) return '';
  const lower = base.toLowerCase();
  return lower.length === 1 ? lower : ch;
}

/**
 * Each code unit met, folded ({@link foldChar}) to the one code unit it becomes (every fold is at
 * most one), or -1 when it is dropped: a page writes a few hundred distinct characters, and
 * folding one costs a normalization and regular expressions. Kept in a typed table below U+3000
 * (Latin, Greek, Cyrillic, Hebrew, Arabic and the punctuation; stored plus 2, so 0 is not met yet) and in an array
 * above. The folded text is built as code units and made a string once: a 60,000-character
 * article folded in 0.5–1 ms, against 2 ms built by adding a character at a time (Node).
 */
const FOLDED_LOW = new Int32Array(0x3000);
const FOLDED_HIGH: (number | undefined)[] = [];
/** Code units made a string at a time (a call's arguments stay few). */
const CHUNK = 4096;

function foldedUnit(s: string, i: number, code: number): number {
  const known = code < 0x3000 ? FOLDED_LOW[code]! - 2 : FOLDED_HIGH[code];
  if (known !== undefined && known !== -2) return known;
  const c = foldChar(s[i]!);
  const f = c === '' ? -1 : c.charCodeAt(0);
  if (code < 0x3000) FOLDED_LOW[code] = f + 2;
  else FOLDED_HIGH[code] = f;
  return f;
}

/**
 * Folds text for cue matching: case, accents and the other combining marks (Arabic harakat and
 * hamza seats, Hebrew niqqud) dropped, Arabic alef maqsura and ta marbuta read as ya and ha (news
 * writes "مستشفى"/"مستشفي", "الصحة"/"الصحه"), the tatweel as a space, curly apostrophes and dashes
 * as ' and -. Dropping marks moves offsets, so the way back is kept.
 */
export function foldWithMap(s: string): FoldedText {
  const units = new Uint16Array(s.length);
  const toOriginal = new Int32Array(s.length + 1);
  const toFolded = new Int32Array(s.length + 1);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    toFolded[i] = n;
    const f = foldedUnit(s, i, s.charCodeAt(i));
    if (f < 0) continue;
    toOriginal[n] = i;
    units[n++] = f;
  }
  toFolded[s.length] = n;
  toOriginal[n] = s.length;
  let folded = '';
  for (let at = 0; at < n; at += CHUNK) folded += String.fromCharCode.apply(null, units.subarray(at, Math.min(n, at + CHUNK)) as unknown as number[]);
  return { original: s, folded, toOriginal: toOriginal.subarray(0, n + 1), toFolded };
}

/** A cue phrase folded as the text is. */
export function foldCue(s: string): string {
  return foldWithMap(s).folded;
}

const ESCAPE = /[.*+?^${}()|[\]\\]/g;

/**
 * A cue's pattern: words folded like the text; a space matches any run of spaces, hyphens or
 * tatweels; a final "*" lets the word go on ("bless*" is blessé, blessés, blessées); "#" stands for
 * a number in any digits ("الـ# ساعة").
 */
export function langCueSource(cue: string): string {
  const stem = cue.endsWith('*');
  const words = foldCue(stem ? cue.slice(0, -1) : cue).trim().split(/[\s-]+/);
  const body = words.map((w) => w.replace(ESCAPE, '\\$&').replace(/#/g, '[\\p{Nd}]+')).join('[\\s\\-־]*');
  return stem ? `${body}\\p{L}*` : body;
}

/** The matches of global expression `re` in original text `[start, end)`, as original offsets; none for no expression. */
function spansOf(re: RegExp | null, t: FoldedText, start: number, end: number): [number, number][] {
  if (!re) return [];
  const from = t.toFolded[start] ?? 0;
  const slice = t.folded.slice(from, t.toFolded[end] ?? t.folded.length);
  return [...slice.matchAll(re)].map((m) => [t.toOriginal[from + m.index]!, t.toOriginal[from + m.index + m[0].length - 1]! + 1]);
}

const sortLongestFirst = (cues: readonly string[]): string[] => [...cues].sort((a, b) => b.length - a.length);

/** Compiles a language's cues. Throws only on a malformed file (a test checks ours). */
export function compileCues(file: LanguageCuesFile): CompiledCues {
  const prefix = file.prefixes.length > 0 ? `(?:(?:${sortLongestFirst(file.prefixes.map(foldCue)).map((p) => p.replace(ESCAPE, '\\$&')).join('|')})[\\-־]?)?` : '';
  const compiled = new Map<CueKind, { keys: string[]; re: RegExp }>();
  for (const kind of CUE_KINDS) {
    // One capturing group per spelling, longest first across keys: the expression takes the first
    // alternative that matches at a position, so "depuis le 7 octobre" wins over "le 7 octobre".
    const spellings = Object.entries(file[kind]).flatMap(([key, cues]) => cues.map((cue) => ({ key, cue })));
    spellings.sort((a, b) => b.cue.length - a.cue.length);
    const src = spellings.map((s) => `(${langCueSource(s.cue)})`).join('|');
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${prefix}(?:${src || '(?!)'})(?![\\p{L}\\p{N}])`, 'gu');
    compiled.set(kind, { keys: spellings.map((s) => s.key), re });
  }
  const qualifiers = Object.entries(file.qualifiers).map(([key, cues]) => ({
    key,
    re: new RegExp(`(?<![\\p{L}\\p{N}])${prefix}(?:${sortLongestFirst(cues).map(langCueSource).join('|')})[\\s\\-־(]*$`, 'u'),
  }));
  /** A list's words as one alternation, longest first (one that matches nothing when empty). */
  const anyOf = (words: readonly string[]): string => sortLongestFirst(words).map(langCueSource).join('|') || '(?!)';
  const anyQualifier = anyOf(Object.values(file.qualifiers).flat());
  const anyPartitive = anyOf(file.partitives);
  const link = file.links.length === 0 ? null : new RegExp(
    `^\\s+(?:${anyOf(file.links)})(?:[\\s\\-־]+|[\\-־]?)(?:(?:${anyQualifier})[\\s\\-־]*)?$`, 'u');
  const agents = file.agents.length === 0 ? null : new RegExp(
    `(?<![\\p{L}\\p{N}])${prefix}(?:${anyOf(file.agents)})(?![\\p{L}\\p{N}])(?:[\\s\\-־]+[\\p{L}'"״׳]+){0,5}`, 'gu');
  const riseRe = file.rises.length === 0 ? null : new RegExp(`(?<![\\p{L}\\p{N}])${prefix}(?:${anyOf(file.rises)})(?![\\p{L}\\p{N}])`, 'gu');
  const partRe = file.partitives.length === 0 ? null : new RegExp(
    `(?<![\\p{L}\\p{N}])${prefix}(?:${anyPartitive})[\\s\\-־:]*(?:(?:${anyQualifier})[\\s\\-־]*)?$`, 'u');
  const duration = file.durations.length === 0 ? null : new RegExp(
    `^[\\s\\-־]*${prefix}(?:${anyOf(file.durations)})(?![\\p{L}\\p{N}])`, 'u');
  const adjacent = new RegExp(`^[\\s\\-־]*(?:(?:${anyQualifier})[\\s\\-־]*)?$`, 'u');
  const partitive = file.partitives.length === 0 ? null : new RegExp(
    `(?<![\\p{L}\\p{N}])${prefix}(?:${anyPartitive})(?:[\\s\\-־]+[\\p{L}'"]+){0,6}[\\s\\-־]*$`, 'u');
  return {
    lang: file.lang,
    find(kind, t, start = 0, end = t.original.length) {
      const c = compiled.get(kind);
      if (!c || c.keys.length === 0) return [];
      const out: LangCue[] = [];
      const from = t.toFolded[start] ?? 0;
      const slice = t.folded.slice(from, t.toFolded[end] ?? t.folded.length);
      for (const m of slice.matchAll(c.re)) {
        const g = m.slice(1).findIndex((x) => x !== undefined);
        if (g < 0 || m[0].length === 0) continue;
        const a = t.toOriginal[from + (m.index ?? 0)]!;
        const b = t.toOriginal[from + (m.index ?? 0) + m[0].length - 1]! + 1;
        out.push({ key: c.keys[g]!, start: a, end: b, text: t.original.slice(a, b) });
      }
      return out;
    },
    linksTo(t, from, to) {
      if (!link || to <= from || to - from > 40) return false;
      return link.test(t.folded.slice(t.toFolded[from] ?? 0, t.toFolded[to] ?? 0));
    },
    doers: (t, start, end) => spansOf(agents, t, start, end),
    rises: (t, start, end) => spansOf(riseRe, t, start, end),
    durationAfter(t, at) {
      if (!duration) return false;
      const f = t.toFolded[at] ?? 0;
      return duration.test(t.folded.slice(f, f + 40));
    },
    adjacent(t, from, to) {
      if (to < from || to - from > 40) return false;
      return adjacent.test(t.folded.slice(t.toFolded[from] ?? 0, t.toFolded[to] ?? 0));
    },
    partBefore(t, from, to) {
      if (!partRe || to <= from) return false;
      return partRe.test(t.folded.slice(t.toFolded[Math.max(from, to - 40)] ?? 0, t.toFolded[to] ?? 0));
    },
    partitiveBefore(t, from, to) {
      if (!partitive || to <= from) return false;
      return partitive.test(t.folded.slice(t.toFolded[Math.max(from, to - 40)] ?? 0, t.toFolded[to] ?? 0));
    },
    qualifierBefore(t, at) {
      const f = t.toFolded[at] ?? 0;
      const before = t.folded.slice(Math.max(0, f - 40), f);
      return qualifiers.find((q) => q.re.test(before))?.key ?? null;
    },
  };
}
