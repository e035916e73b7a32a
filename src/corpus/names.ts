/**
 * Names across scripts and spellings (src/corpus/names.json): each place, body and person of the
 * war under one canonical English name, with its spellings in English, French, Spanish, German,
 * Arabic and Hebrew. The matcher's features use it so that "Khan Younès", "Jan Yunis", "خان يونس"
 * and "ח'אן יונס" are one feature, "n:khan younis", and a page in any of these languages meets an
 * English report of the same event. Pure functions over the bundled table; the scanner is
 * compiled on first use (background only: nothing here is in the content script).
 *
 * How text is compared (the same for the table's spellings and the page's words):
 * - accents and other marks dropped, apostrophes (’ ׳) and gershayim (״) unified, Arabic letter
 *   forms unified (ة → ه, ى → ي, tatweel dropped; hamza forms fold to their seat with the marks);
 * - words are letters and digits with apostrophes and gershayim inside (l'UNRWA, ח'אן, צה"ל);
 *   hyphens and the maqaf are spaces ("al-Shifa" is "al Shifa"); dotted abbreviations lose their
 *   dots ("U.S." is "US", "EE.UU." is "EEUU"); a name's words must follow each other with only
 *   spaces or hyphens between them;
 * - the Arabic article ال is not part of a word ("السنوار" is "سنوار"), so clitics before it fold too
 *   (بالسنوار, للسنوار);
 * - the first word of a name may carry a clitic of the table's list (Arabic و ب ل ف ك…, Hebrew
 *   ו ה ב ל מ ש…: بخان يونس, ברפיח) or a French elision (l'UNRWA, d'Israël), its last word an
 *   English possessive (Netanyahu's); a Hebrew name of several words, or an acronym with gershayim,
 *   that starts with the article ה may lose it behind ב ל כ (בגדה המערבית, לאו"ם);
 * - case is ignored, except in spellings of up to three capital letters ("WHO", "UN", "US", "OMS"),
 *   which are read only in capitals: "who", "un" and "us" are words.
 */
import data from './names.json';

/** What a name names: reviewers read it; the code does not. */
export type NameKind = 'place' | 'body' | 'person' | 'country';

/** The spelling languages of the table (the engine's languages). */
export type NameLang = 'en' | 'fr' | 'es' | 'de' | 'ar' | 'he';

/** One entry of the table. */
export interface NameEntry {
  /** The canonical English name; its feature is `n:` and its folded form ({@link nameId}). */
  name: string;
  kind: NameKind;
  note?: string;
  spellings: Partial<Record<NameLang, string[]>>;
}

/** The file's shape (validated by NamesSchema, src/build/data/names.ts). */
export interface NamesTable {
  $comment?: string;
  version: number;
  /** Clitics glued to the front of a name's first word, by script. */
  clitics: { ar: string[]; he: string[] };
  /** French elided words before a name ("l'", "d'"). */
  elisions: string[];
  names: NameEntry[];
}

/** The bundled table. One narrow cast: names.json is validated against its schema at build time and in tests. */
export const NAMES: NamesTable = data as NamesTable;

const HEBREW = /[\u0590-\u05FF]/;

/**
 * Folds a text for comparing names, keeping case (see the module header). Keeps most offsets:
 * only marks, tatweel and the dots of abbreviations are removed.
 */
export function foldForNames(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\p{M}\u0640]+/gu, '')
    .replace(/[\u2018\u2019\u02bc`´\u05F3]/g, "'")
    .replace(/\u05F4/g, '"')
    .replace(/[\u2010-\u2015\u05BE]/g, '-')
    .replace(/\u0629/g, '\u0647')
    .replace(/\u0649/g, '\u064A')
    .replace(/\u0671/g, '\u0627')
    .replace(/(?<![A-Za-z0-9])(?:[A-Za-z]{1,2}\.){2,}/g, (m) => m.replace(/\./g, ''));
}

/** A word of a folded text. */
export interface NameToken {
  /** As written (folded, case kept). */
  raw: string;
  /** As compared: lower case, without the Arabic article. */
  key: string;
  /** Where it starts and ends in the folded text. */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['"][\p{L}\p{N}]+)*/gu;

/** The compared form of one lower-case word: without the Arabic article. */
function wordKey(lower: string): string {
  return lower.length > 3 && lower.startsWith('\u0627\u0644') ? lower.slice(2) : lower;
}

/** The words of a folded text ({@link foldForNames}). */
export function nameTokens(folded: string): NameToken[] {
  const out: NameToken[] = [];
  // Lower-casing a folded text keeps its length (its marks are gone), save for rare letters: then word by word.
  const lowered = folded.toLowerCase();
  const whole = lowered.length === folded.length;
  for (const m of folded.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    out.push({ raw: m[0], key: wordKey(whole ? lowered.slice(start, end) : m[0].toLowerCase()), start, end });
  }
  return out;
}

/** Whether only spaces or hyphens separate token `i` from the one before. */
function joined(folded: string, toks: readonly NameToken[], i: number): boolean {
  const prev = toks[i - 1];
  const cur = toks[i];
  if (!prev || !cur || cur.start === prev.end) return false;
  for (let k = prev.end; k < cur.start; k++) {
    const c = folded.charCodeAt(k);
    if (c !== 0x2d && !/\s/.test(folded.charAt(k))) return false;
  }
  return true;
}

/** The feature name of an entry: its canonical name folded as names are ("khan younis", "deir al-balah"). */
export function nameId(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The compared form of a whole spelling: its words' keys joined by spaces. */
export function spellingKey(spelling: string): string {
  return nameTokens(foldForNames(spelling)).map((t) => t.key).join(' ');
}

/** A spelling of up to three capital letters: read only as written ("WHO", not "who"). */
export function isCasedSpelling(spelling: string): boolean {
  const letters = foldForNames(spelling).replace(/[^\p{L}]/gu, '');
  return letters.length <= 3 && /^\p{Lu}+$/u.test(letters);
}

/** One spelling as the scanner holds it. */
interface CompiledSpelling {
  keys: string[];
  /** For a cased spelling, its one word as written; else null. */
  cased: string | null;
  entry: number;
}

/** A compiled table: spellings by first word, longest first. */
export interface NameScanner {
  byFirst: Map<string, CompiledSpelling[]>;
  clitics: string[];
  elisions: string[];
  ids: string[];
  names: string[];
}

/** Compiles a table (the bundled one by default, see {@link nameScanner}). */
export function compileNames(table: NamesTable): NameScanner {
  const byFirst = new Map<string, CompiledSpelling[]>();
  const ids = table.names.map((e) => nameId(e.name));
  const put = (keys: string[], cased: string | null, entry: number): void => {
    const first = keys[0];
    if (first === undefined) return;
    const list = byFirst.get(first) ?? [];
    if (!list.some((s) => s.entry === entry && s.cased === cased && s.keys.join(' ') === keys.join(' '))) list.push({ keys, cased, entry });
    byFirst.set(first, list);
  };
  table.names.forEach((e, entry) => {
    for (const spelling of Object.values(e.spellings).flat()) {
      const toks = nameTokens(foldForNames(spelling));
      const keys = toks.map((t) => t.key);
      const cased = isCasedSpelling(spelling) ? toks.map((t) => t.raw).join(' ') : null;
      put(keys, cased, entry);
      const head = keys[0] ?? '';
      // The Hebrew article absorbed by a clitic: ב + הגדה is בגדה.
      if (HEBREW.test(head) && head.startsWith('\u05D4') && head.length > 2 && (keys.length > 1 || head.includes('"'))) put([head.slice(1), ...keys.slice(1)], null, entry);
    }
  });
  for (const list of byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  const clitics = [...table.clitics.ar, ...table.clitics.he].sort((a, b) => b.length - a.length);
  return { byFirst, clitics, elisions: table.elisions.map((e) => e.toLowerCase()), ids, names: table.names.map((e) => e.name) };
}

let compiled: NameScanner | null = null;
/** The bundled table, compiled on first use. */
export function nameScanner(): NameScanner {
  return (compiled ??= compileNames(NAMES));
}

/** The forms a name's first word may stand for besides itself: without a clitic or an elision, without a possessive. */
function otherForms(tok: NameToken, scanner: NameScanner): { key: string; raw: string }[] {
  const lower = tok.key === tok.raw.toLowerCase() ? tok.key : tok.raw.toLowerCase();
  const code = lower.charCodeAt(0);
  const forms: { key: string; raw: string }[] = [];
  if (code >= 0x0590 && code <= 0x06ff) {
    for (const c of scanner.clitics) {
      if (lower.length - c.length >= 2 && lower.startsWith(c)) forms.push({ key: wordKey(lower.slice(c.length)), raw: tok.raw.slice(c.length) });
    }
    return forms;
  }
  const apostrophe = lower.indexOf("'");
  if (apostrophe < 0) return forms;
  if (scanner.elisions.includes(lower.slice(0, apostrophe + 1))) forms.push({ key: lower.slice(apostrophe + 1), raw: tok.raw.slice(apostrophe + 1) });
  if (lower.endsWith("'s")) forms.push({ key: lower.slice(0, -2), raw: tok.raw.slice(0, -2) });
  return forms;
}

/** One name found in a text. */
export interface FoundName {
  /** The entry's feature name ({@link nameId}): "khan younis". */
  id: string;
  /** The entry's canonical name: "Khan Younis". */
  name: string;
  count: number;
}

/** Whether spelling `sp` continues at token `i` of `folded` (its first word already matched). */
function continues(sp: CompiledSpelling, folded: string, toks: readonly NameToken[], i: number): boolean {
  for (let j = 1; j < sp.keys.length; j++) {
    const t = toks[i + j];
    if (!t || !joined(folded, toks, i + j)) return false;
    if (t.key !== sp.keys[j] && !(j === sp.keys.length - 1 && t.key === `${sp.keys[j] ?? ''}'s`)) return false;
  }
  return true;
}

/** The longest of `list` (sorted longest first) longer than `best` that continues at token `i`, else `best`. */
function longer(list: readonly CompiledSpelling[] | undefined, raw: string, best: CompiledSpelling | null, folded: string, toks: readonly NameToken[], i: number): CompiledSpelling | null {
  if (!list) return best;
  for (const sp of list) {
    if (best && sp.keys.length <= best.keys.length) return best;
    if (sp.cased !== null && raw !== sp.cased) continue;
    if (continues(sp, folded, toks, i)) return sp;
  }
  return best;
}

/** The longest spelling that starts at token `i`, or null. */
function spellingAt(folded: string, toks: readonly NameToken[], i: number, scanner: NameScanner): CompiledSpelling | null {
  const tok = toks[i];
  if (!tok) return null;
  let best = longer(scanner.byFirst.get(tok.key), tok.raw, null, folded, toks, i);
  // Most words carry no clitic or apostrophe: only those that could are looked at again.
  const c = tok.raw.charCodeAt(0);
  if ((c >= 0x0590 && c <= 0x06ff) || tok.raw.includes("'")) {
    for (const f of otherForms(tok, scanner)) best = longer(scanner.byFirst.get(f.key), f.raw, best, folded, toks, i);
  }
  return best;
}

/**
 * The table's names in a text, in any of their spellings, with how often each occurs. At each
 * word the longest spelling wins ("Gaza City" before "Gaza"), and its words are not read again.
 */
export function findNames(text: string, scanner: NameScanner = nameScanner()): FoundName[] {
  const folded = foldForNames(text);
  const toks = nameTokens(folded);
  const counts = new Map<number, number>();
  for (let i = 0; i < toks.length; i++) {
    const sp = spellingAt(folded, toks, i, scanner);
    if (!sp) continue;
    counts.set(sp.entry, (counts.get(sp.entry) ?? 0) + 1);
    i += sp.keys.length - 1;
  }
  return [...counts].map(([entry, count]) => ({ id: scanner.ids[entry] ?? '', name: scanner.names[entry] ?? '', count }));
}

/**
 * The entry id a whole phrase names, or undefined: "khan younes", "jan yunis", "benjamin
 * netanyahu", "al-shifa", "بخان يونس" → "khan younis", "khan younis", "netanyahu",
 * "shifa hospital", "khan younis". Cased spellings are read only in capitals: the folded "un" of a
 * French sentence's opening "Un" is no United Nations.
 */
export function nameOf(phrase: string, scanner: NameScanner = nameScanner()): string | undefined {
  const folded = foldForNames(phrase);
  const toks = nameTokens(folded);
  const sp = spellingAt(folded, toks, 0, scanner);
  return sp && sp.keys.length === toks.length ? scanner.ids[sp.entry] : undefined;
}
