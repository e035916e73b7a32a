/**
 * Normalizing words and names so that spellings of one thing meet: case, diacritics and quotes
 * folded, a light stemmer, the synonym and alias tables of lexicon-data.json, the names table
 * (names.json: Khan Younès, Jan Yunis and Chan Junis are Khan Younis), and a consonant
 * "skeleton" that joins transliterations the table does not list (Khan Younis / Khan Yunnis,
 * Binyamin / Benjamin, Salaheddin / Salah al-Din). Pure functions; the tables are data.
 */
import lexicon from './lexicon-data.json';
import { nameOf } from './names';

/** Text with nothing {@link fold} changes but case: ASCII without the backtick. */
const PLAIN = /^[\u0000-\u005f\u0061-\u007f]*$/;

/** Lower case, no diacritics, straight quotes and hyphens. */
export function fold(s: string): string {
  // Most words of an English page are plain ASCII: lower case is all that changes them.
  if (PLAIN.test(s)) return s.toLowerCase();
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-');
}

/** English function words and news furniture: never evidence of anything. */
const STOP = new Set(
  ('a an the and or but if of in on at to for from by with without into onto over under after before since until as is are was were be been being ' +
    'has have had do does did not no nor so than that this these those there their they them its it he she his her him we our us you your i ' +
    'who whom which what when where why how all any some more most many much such other another also only just very can could would should will ' +
    'may might must shall one two three four five six seven eight nine ten first second last new said says say told according while about ' +
    'against between during through up down out off again further then once here both each few own same too s t now amid around near per via ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec week weeks day days month months year years today yesterday tomorrow').split(' '),
);

/** True for a function word (already folded). */
export function isStopword(word: string): boolean {
  return STOP.has(word);
}

const SYNONYM = new Map<string, string>();
for (const group of lexicon.synonyms) for (const w of group) SYNONYM.set(w.replace(/-/g, ''), group[0] ?? w);
const ALIAS = new Map<string, string>(Object.entries(lexicon.aliases));
const HONORIFIC = new Set(lexicon.honorifics);

/** True for a title word stripped from the front of a name ("Prime", "Minister", "Rear", "Admiral"…). */
export function isHonorific(word: string): boolean {
  return HONORIFIC.has(word);
}

/**
 * A light stemmer: synonyms first, then common English suffixes, then a cut at 7 letters.
 * Truncation stemming is crude but robust for news English (withdraw/withdrawal/withdrawn all give
 * "withdra"; militants "militan" stays apart from military "militar").
 */
export function stem(word: string): string {
  let w = word.replace(/['-]/g, '');
  const syn = SYNONYM.get(w);
  if (syn) return syn;
  const cut = w.replace(/(?:ations?|ingly|ings?|edly|ies|ied|ers?|ed|es|ly)$/, '');
  if (cut.length >= 4) w = cut;
  if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w.slice(0, 7);
}

/**
 * The canonical spelling of a folded name: the names table's name for any of its spellings
 * ("khan younes" -> "khan younis", "tsahal" -> "idf"), else lexicon-data.json's aliases
 * ("u.s." -> "united states"), else the name itself.
 */
export function canonicalName(folded: string): string {
  const n = folded.replace(/\s+/g, ' ').trim();
  return nameOf(n) ?? ALIAS.get(n) ?? n;
}

/**
 * The canonical spelling of one word of a longer name ("p:" features): lexicon-data.json's
 * aliases only. The names table reads whole names: "Hagari" alone is Daniel Hagari, but the
 * word "Hagari" of "Daniel Hagari" stays a word.
 */
export function canonicalPart(folded: string): string {
  const n = folded.replace(/\s+/g, ' ').trim();
  return ALIAS.get(n) ?? n;
}

/**
 * The consonant skeleton of a folded name: Arabic and Hebrew articles dropped ("al-", "el-",
 * "ad-"), vowels, h and w removed, j/y, c/k/q, ph/f, ts/tz/z and doubled letters joined:
 * "khan younis", "khan yunis" and "khan younes" all give "knyns". Used only for names whose
 * skeleton has at least 4 letters, where collisions between distinct names are rare.
 */
export function skeleton(foldedName: string): string {
  return foldedName
    .split(/[\s-]+/)
    .filter((t) => !/^(?:al|el|ad|ed|ar|as|ash|an|at|az)$/.test(t))
    .join('')
    .replace(/[^a-z]/g, '')
    .replace(/j/g, 'y')
    .replace(/ph/g, 'f')
    .replace(/t[sz]/g, 'z')
    .replace(/[cq]/g, 'k')
    .replace(/(?!^)[aeiouhw]/g, '')
    .replace(/^[aeiouhw]/, '')
    .replace(/(.)\1+/g, '$1');
}
