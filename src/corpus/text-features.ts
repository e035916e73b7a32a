/**
 * What a text says, as features the matcher can index and compare: names of people, places and
 * bodies ("n:khan younis"), the words of many-word names ("p:hagari", so "Hagari" meets "Daniel
 * Hagari"), content words by stem ("w:withdra"), counted things ("q:24:soldier",
 * "q:30:day:ceasefi") and bare large numbers ("v:25490"). Each feature keeps a display form for
 * the reasons shown to readers ("Khan Younis", "24 soldiers", "30-day ceasefire", "25,490").
 */
import { MONTH_NAME } from '../base/dates';
import { canonicalName, canonicalPart, fold, isHonorific, isStopword, stem } from './normalize';

/** One feature of a text with how often it occurs and how a reader would write it. */
export interface FeatureCount {
  display: string;
  count: number;
}

/** The features of one text, keyed by feature key (see the module header). */
export type TextFeatures = Map<string, FeatureCount>;

const TOKEN = /[\p{L}\p{N}]+(?:['’\-.,][\p{L}\p{N}]+)*/gu;
const NUMBER = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:-([a-z]+))?$/;
const ORDINAL = /^(\d+)(?:st|nd|rd|th)$/;
const MONTH = new RegExp(`^${MONTH_NAME}$`);
const MULTIPLIER: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
/** Words between a number and what it counts ("24 of its soldiers", "21 Israeli soldiers"). */
const COUNT_FILLER = new Set(['of', 'its', 'their', 'the', 'his', 'her', 'more', 'other', 'additional', 'israeli', 'palestinian', 'some', 'about', 'nearly', 'than', 'at', 'least']);
/** Lower-case particles inside Arabic and Dutch-style names ("Salah al-Din", "Abu Obeida"). */
const NAME_PARTICLE = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'de', 'van', 'von']);
/** Longest name kept whole, in words; longer capitalized runs are headline case, kept word by word. */
const MAX_NAME_WORDS = 4;
/** Numbers below this are too common to say anything by themselves ("two", "3 people"). */
const MIN_COUNTED = 10;

function add(out: TextFeatures, key: string, display: string, n = 1): void {
  const f = out.get(key);
  if (f) f.count += n;
  else out.set(key, { display, count: n });
}

/** A token, whether it opens a sentence, and whether only a space separates it from the one before. */
interface Tok {
  t: string;
  f: string;
  start: boolean;
  joined: boolean;
}

const UPPER = /^\p{Lu}/u;
const UPPER_AFTER_HYPHEN = /-\p{Lu}/u;
/** True for a token that opens with a capital, or has one after a hyphen ("al-Shifa"). */
function isCapitalized(tok: string): boolean {
  const c = tok.charCodeAt(0);
  // ASCII letters answer without a Unicode test: most tokens of most pages.
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122 && !tok.includes('-')) return false;
  return UPPER.test(tok) || UPPER_AFTER_HYPHEN.test(tok);
}

function emitName(out: TextFeatures, words: string[]): void {
  // Titles split a run into names: "United Nations Secretary-General António Guterres".
  const segments: string[][] = [[]];
  for (const w of words) {
    if (isHonorific(fold(w))) segments.push([]);
    else segments[segments.length - 1]?.push(w);
  }
  for (const parts of segments) {
    if (parts.length === 0) continue;
    const clean = parts.map((w) => w.replace(/['’]s$/, ''));
    const folded = clean.map(fold).join(' ');
    const canonical = canonicalName(folded);
    if (parts.length <= MAX_NAME_WORDS) add(out, `n:${canonical}`, clean.join(' '));
    if (parts.length === 1 || canonical !== folded) continue;
    for (const w of clean) {
      const f = fold(w);
      if (f.length >= 3 && !isStopword(f) && !NAME_PARTICLE.has(f)) add(out, `p:${canonicalPart(f)}`, w);
    }
  }
}

/**
 * Extracts the features of a text. `title` is read for words and counts only when it is in
 * headline case (every word capitalized), where capitals say nothing about names.
 */
export function textFeatures(text: string, title = ''): TextFeatures {
  const out: TextFeatures = new Map();
  const headlineCase = title.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3).every((w) => isCapitalized(w));
  const full = `${headlineCase ? title.toLowerCase() : title}.\n${text}`;
  const toks: Tok[] = [];
  const lowerSeen = new Set<string>();
  let last = 0;
  for (const m of full.matchAll(TOKEN)) {
    const between = full.slice(last, m.index);
    last = m.index + m[0].length;
    const start = toks.length === 0 || /[.!?:;\n][\s"“”'’)\]–—-]*$/.test(between);
    const f = fold(m[0]);
    if (!UPPER.test(m[0])) lowerSeen.add(f);
    toks.push({ t: m[0], f, start, joined: between === '' || between === ' ' });
  }
  let name: string[] = [];
  const flush = (): void => {
    if (name.length > 0) emitName(out, name);
    name = [];
  };
  for (let i = 0; i < toks.length; i++) {
    const { t, f, start, joined } = toks[i] ?? { t: '', f: '', start: false, joined: false };
    if (!joined) flush();
    // Numbers and ordinals start with a digit: other tokens skip both tests.
    const digit = f.charCodeAt(0) >= 48 && f.charCodeAt(0) <= 57;
    const num = digit ? NUMBER.exec(f) : null;
    const ord = digit && !num ? ORDINAL.exec(f) : null;
    if (num || ord) {
      flush();
      countedThing(out, toks, i, num, ord);
      continue;
    }
    // A capital is a letter, so a capitalized token has one.
    const cap = isCapitalized(t);
    const single = f.endsWith("'s") ? f.slice(0, -2) : f;
    if (cap && !(isStopword(single) && name.length === 0) && !(start && name.length === 0 && (isStopword(single) || lowerSeen.has(single)))) {
      if (start && name.length > 0) flush();
      name.push(t);
      continue;
    } else if (name.length > 0 && NAME_PARTICLE.has(f) && isCapitalized(toks[i + 1]?.t ?? '')) {
      name.push(t);
      continue;
    } else {
      flush();
      if (start && cap && isStopword(single)) continue;
    }
    if (/^\p{L}+$/u.test(f.replace(/['-]/g, '')) && f.length >= 3 && !isStopword(single)) add(out, `w:${stem(single)}`, single);
  }
  flush();
  return out;
}

function countedThing(out: TextFeatures, toks: Tok[], i: number, num: RegExpExecArray | null, ord: RegExpExecArray | null): void {
  const prev = toks[i - 1]?.f ?? '';
  const next = toks[i + 1]?.f ?? '';
  const surface = toks[i]?.t ?? '';
  if (MONTH.test(prev) || MONTH.test(next) || /^[ap]\.?m$/.test(next)) return;
  let value: number;
  let unit = '';
  let j = i + 1;
  if (ord) value = Number(ord[1]);
  else {
    const intPart = (num?.[1] ?? '').replace(/,/g, '');
    if (!num?.[1]?.includes(',') && !num?.[2] && intPart.length === 4 && /^(?:19|20)\d\d$/.test(intPart)) return;
    value = Number(`${intPart}${num?.[2] ? `.${num[2]}` : ''}`);
    unit = num?.[3] ?? '';
    const mult = MULTIPLIER[next];
    if (mult) {
      value *= mult;
      j++;
    }
  }
  value = Math.round(value * 1000) / 1000;
  if (!Number.isFinite(value) || value < MIN_COUNTED) return;
  let noun = '';
  let nounSurface = '';
  for (let k = j; k < Math.min(j + 4, toks.length); k++) {
    const w = toks[k]?.f ?? '';
    if (!toks[k]?.joined) break;
    if (COUNT_FILLER.has(w)) continue;
    if (/^\p{L}[\p{L}'-]*$/u.test(w) && !isStopword(w)) {
      noun = stem(w);
      nounSurface = toks[k]?.t ?? '';
    }
    break;
  }
  const shown = `${surface}${j > i + 1 ? ` ${toks[i + 1]?.t ?? ''}` : ''}`;
  if (value >= 100) add(out, `v:${value}`, shown);
  const base = `q:${value}:${unit ? `${unit}:` : ''}`;
  if (noun) add(out, `${base}${noun}`, `${shown} ${nounSurface}`);
  else if (unit) add(out, base, shown);
}
