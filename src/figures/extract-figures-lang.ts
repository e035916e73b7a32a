/**
 * Extracting figures from a page in a language other than English: the same Figure records as
 * extract-figures.ts, read from the language's numbers (src/figures/numbers/) and cue file
 * (src/figures/cues/<lang>.json) rather than from English phrase patterns. Simpler than the English
 * reader on purpose: each number takes the nearest words of its sentence that say who is counted,
 * what happened to them, over what time and according to whom, and the combination is looked up in
 * the one measure vocabulary (measures.json). Pure; never throws.
 */
import type { Lang } from '../language/languages';
import type { Figure } from '../types';
import { foldWithMap, type CompiledCues, type FoldedText, type LangCue } from './language-cues';
import { cuesOf } from './cues/language-cues-data';
import { findNumbers, type FoundNumber } from './numbers/find-numbers';
import { splitSentences, type Sentence } from './sentences';
import { MEASURES, scopeLabel, type MeasureDef } from './vocabulary';
import { DEFAULT_MAX_FIGURES } from './extract-figures';

/**
 * No single strike or day of this war killed 5,000 people, nor did 7 October (about 1,200): a toll
 * that large is a running total (as in classify-measure.ts), whatever date the sentence names.
 */
const RUNNING_TOTAL_MIN = 5000;
/**
 * A count said to have risen to its number ("ارتفع إلى 2450", "auf 4.137 gestiegen") is a running
 * total from this size: the deadliest single strikes of the war were counted in hundreds.
 */
export const RISEN_TOTAL_MIN = 1000;
/** How far a rise word may stand from its number, in its clause. */
const RISE_REACH = 60;
/**
 * A cue this close after a number, with nothing but spaces or a word or two between, is the
 * number's own noun: "25 490 morts", "253 Geiseln", "62 ألفا و64 شهيدا", "1,7 millones de desplazados".
 */
const OWN_NOUN_REACH = 28;
/** Clause breaks: a cue across one says less about the figure than one inside its clause. */
const CLAUSE_BREAK = /[,;:،؛()–—]/;
/** Scopes of a span of time: a level or a fixed number is never counted over one (as in classify-measure.ts). */
const PERIOD_SCOPES = new Set(['24h', 'window']);

/** The compiled cues of a language (src/figures/cues/language-cues-data.ts), re-exported where they were first defined. */
export { cuesOf };

/**
 * A German ordinal before a stop: one to three bare digits ("7.", "22.", "150."), not the end of a
 * grouped count ("26'637.", "25.490.") or of a larger number ("5791."), which ends a sentence.
 */
const ORDINAL_STOP = /(?<![\p{Nd}][.,'’\u00a0\u202f ]?)(?<!\p{Nd})\p{Nd}{1,3}\.$/u;

/**
 * Sentences as splitSentences finds them, with a German ordinal's stop ("seit dem 7. Oktober",
 * "am 22. Januar") joined back: splitSentences ends a sentence at a stop before a capital.
 */
function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const s of splitSentences(text)) {
    const last = out[out.length - 1];
    if (last && last.paragraph === s.paragraph && ORDINAL_STOP.test(text.slice(Math.max(last.start, last.end - 12), last.end)) && /^\p{L}/u.test(text.slice(s.start, s.start + 1))) {
      last.end = s.end;
    } else out.push({ ...s });
  }
  return out;
}

/** Characters between a cue and the number. */
const gap = (c: LangCue, n: FoundNumber): number => (c.start >= n.end ? c.start - n.end : c.end <= n.start ? n.start - c.end : 0);

/** True when a clause break stands between the cue and the number. */
function acrossClause(text: string, c: LangCue, n: FoundNumber): boolean {
  const between = c.start >= n.end ? text.slice(n.end, c.start) : text.slice(c.end, n.start);
  return CLAUSE_BREAK.test(between);
}

/** True when cue `c` leads to number `m` by a link word ("los heridos a 170.999", "והפצועים ל-170,179"). */
type Leads = (c: LangCue, m: FoundNumber) => boolean;

/** True when a number of `numbers` other than `n` stands wholly within `[from, to)`. */
const numberBetween = (numbers: readonly FoundNumber[], n: FoundNumber, from: number, to: number): boolean =>
  numbers.some((o) => o !== n && o.start >= from && o.end <= to);

/** True when cue `c` leads to a number of `numbers` other than `n`: that cue is the other number's. */
const leadsAnother = (c: LangCue, n: FoundNumber, numbers: readonly FoundNumber[], leads: Leads): boolean =>
  numbers.some((o) => o !== n && o.start >= c.end && leads(c, o));

/**
 * The cue that says most about number `n`: its own noun right after it; else a noun that leads to
 * it by a link word ("y los heridos a 170.999"); else the nearest in its clause; else the nearest
 * in the sentence. Cues standing over another number's own noun slot (right after a later
 * number) belong to that number, and so do cues that lead to another number: in "los muertos
 * ascienden a 70.117 y los heridos a 170.999", "heridos" is the second number's, not the first's.
 */
function pick(cues: readonly LangCue[], n: FoundNumber, text: string, others: readonly FoundNumber[], leads: Leads, sentence: readonly FoundNumber[] = others): LangCue | null {
  if (cues.length === 0) return null;
  const leadsOther = (c: LangCue): boolean => leadsAnother(c, n, sentence, leads);
  const own = cues.filter((c) => c.start >= n.end && c.start - n.end <= OWN_NOUN_REACH && !CLAUSE_BREAK.test(text.slice(n.end, c.start)) && !numberBetween(sentence, n, n.end, c.start) && !leadsOther(c));
  if (own[0]) return own[0];
  const led = cues.filter((c) => c.end <= n.start && leads(c, n));
  if (led.length > 0) return led[led.length - 1]!;
  const theirs = (c: LangCue): boolean => leadsOther(c) || others.some((o) => o !== n && c.start >= o.end && c.start - o.end <= OWN_NOUN_REACH && !CLAUSE_BREAK.test(text.slice(o.end, c.start)) && !others.some((p) => p.start > o.end && p.end <= c.start));
  const free = cues.filter((c) => !theirs(c));
  const byDistance = (a: LangCue, b: LangCue): number => Number(acrossClause(text, a, n)) - Number(acrossClause(text, b, n)) || gap(a, n) - gap(b, n);
  return [...free].sort(byDistance)[0] ?? null;
}

/** The measure of a combination, read as the English classifier's `matches` reads it, without its English-only rules. */
function measureOf(m: MeasureDef, unit: string, c: { entity: string | null; event: string | null; scope: string | null }, value: number, places: ReadonlySet<string>): boolean {
  if (m.unit !== unit) return false;
  if (m.requires) return false;
  if (m.entities && !m.entities.includes(c.entity)) return false;
  if (m.events && !m.events.includes(c.event)) return false;
  if (m.scopes && (c.scope === null || !m.scopes.includes(c.scope))) return false;
  if ((m.kind === 'level' || m.kind === 'fixed') && c.scope !== null && PERIOD_SCOPES.has(c.scope)) return false;
  if (m.place && !places.has(m.place)) return false;
  if (m.minValue !== undefined && value < m.minValue) return false;
  if (m.maxValue !== undefined && value > m.maxValue) return false;
  return true;
}

/**
 * Every counted figure of `text`, a page in `lang`, in order of position: vague quantities ("des
 * milliers", "عشرات الآلاف") are left out, as the English reader leaves out "thousands". Returns []
 * for a language without a cue file. Never throws.
 */
export function extractFiguresIn(text: string, lang: Lang, options: { maxFigures?: number } = {}): Figure[] {
  const cues = cuesOf(lang);
  if (typeof text !== 'string' || text.length === 0 || !cues) return [];
  try {
    return extract(text, lang, cues, Math.max(0, Math.floor(options.maxFigures ?? DEFAULT_MAX_FIGURES)));
  } catch {
    return [];
  }
}

/**
 * The doer phrases of original text `[start, end)` ({@link CompiledCues.doers}), each ending at the
 * first word of what happened: in "durch israelische Angriffe getötete Palästinenser" the doer
 * is "israelische Angriffe", not the Palestinians.
 */
function doersOf(cues: CompiledCues, folded: FoldedText, start: number, end: number): (readonly [number, number])[] {
  const spans = cues.doers(folded, start, end);
  if (spans.length === 0) return [];
  const events = cues.find('events', folded, start, end);
  return spans.map(([a, b]) => [a, Math.min(b, ...events.filter((e) => e.start >= a).map((e) => e.start))] as const);
}

/** True for a cue outside every doer phrase: the doer of an attack ("Überfall der Hamas und anderer Extremisten", "בתקיפות צה\"ל") is neither counted nor telling. */
const notDoerIn = (doers: readonly (readonly [number, number])[]) => (c: LangCue): boolean => !doers.some(([a, b]) => c.start >= a && c.start < b);

/**
 * The source named last in the sentence before sentence `i`, when both are in one paragraph: "Le
 * ministère de la Santé a publié un nouveau bilan. Il fait état de 25 490 morts."
 */
function sourceBefore(cues: CompiledCues, folded: FoldedText, sentences: readonly Sentence[], i: number): string | null {
  const s = sentences[i];
  const prev = sentences[i - 1];
  if (!s || !prev || prev.paragraph !== s.paragraph) return null;
  const end = Math.min(prev.end, prev.start + 4000);
  const found = cues.find('sources', folded, prev.start, end).filter(notDoerIn(doersOf(cues, folded, prev.start, end)));
  return found[found.length - 1]?.key ?? null;
}

/** The cues and numbers of the sentence being read. */
interface Cached {
  index: number;
  found: Record<'entities' | 'events' | 'scopes' | 'sources' | 'places', LangCue[]>;
  rises: (readonly [number, number])[];
  /** Entity cues right after a partitive word ("most of them children"): a part of the count before them. */
  parts: Set<LangCue>;
  numbers: FoundNumber[];
  claims: Map<LangCue, FoundNumber>;
}

/** True when a rise word stands in the clause of `n`, within {@link RISE_REACH} characters of it. */
function risenTo(text: string, rises: readonly (readonly [number, number])[], n: FoundNumber): boolean {
  return rises.some(([a, b]) => {
    const between = b <= n.start ? text.slice(b, n.start) : a >= n.end ? text.slice(n.end, a) : null;
    return between !== null && between.length <= RISE_REACH && !CLAUSE_BREAK.test(between);
  });
}

/**
 * Verb-first wordings ("נהרגו 25,490 בני אדם ונפצעו 63,354", "استشهد 25 فلسطينيا وأصيب 60"): an
 * event word right before a number (spaces or a qualifier between) is that number's, unless it
 * stands right after an earlier number as its own noun ("25 490 morts 63 354 blessés").
 */
function claimsOf(events: readonly LangCue[], numbers: readonly FoundNumber[], text: string, folded: FoldedText, cues: CompiledCues): Map<LangCue, FoundNumber> {
  const claims = new Map<LangCue, FoundNumber>();
  for (const c of events) {
    // A dash between ("… getötet – mehr als 2.400 davon") ends a clause: the word is not the next number's.
    const m = numbers.find((x) => x.start >= c.end && cues.adjacent(folded, c.end, x.start) && !/[–—]/.test(text.slice(c.end, x.start)));
    if (m && !numbers.some((o) => o.end <= c.start && /^[\s\-־]*$/u.test(text.slice(o.end, c.start)))) claims.set(c, m);
  }
  return claims;
}

function extract(text: string, lang: Lang, cues: CompiledCues, max: number): Figure[] {
  const numbers = findNumbers(text, lang, { max }).filter((n) => !n.vague);
  if (numbers.length === 0) return [];
  const folded = foldWithMap(text);
  const sentences = sentencesOf(text);
  const figures: Figure[] = [];
  let si = 0;
  let cached = null as Cached | null;
  /** Who each number counts and what happened to them, as read, for the parts that follow it. */
  const said = new Map<FoundNumber, { entity: string | null; event: string | null }>();
  for (const n of numbers) {
    while (si < sentences.length - 1 && sentences[si]!.end <= n.start) si++;
    const s = sentences[si];
    if (!s || n.start < s.start) continue;
    if (cached?.index !== si) {
      // Long run-on "sentences" (scrapes without stops) are read in a bounded slice: the work stays linear.
      const end = Math.min(s.end, s.start + 4000);
      const notDoer = notDoerIn(doersOf(cues, folded, s.start, end));
      const found = {
        entities: cues.find('entities', folded, s.start, end).filter(notDoer),
        events: cues.find('events', folded, s.start, end),
        scopes: cues.find('scopes', folded, s.start, end),
        sources: cues.find('sources', folded, s.start, end).filter(notDoer),
        places: cues.find('places', folded, s.start, end),
      };
      const inScope = (m: FoundNumber): boolean => found.scopes.some((c) => c.start <= m.start && m.end <= c.end);
      const own = numbers.filter((m) => m.start >= s.start && m.end <= s.end && !inScope(m));
      const parts = new Set(found.entities.filter((c) => cues.partitiveBefore(folded, Math.max(s.start, c.start - 40), c.start)));
      cached = { index: si, found, rises: cues.rises(folded, s.start, end), parts, numbers: own, claims: claimsOf(found.events, own, text, folded, cues) };
    }
    const { found, rises, parts, numbers: inSentence, claims } = cached;
    // A number inside a scope phrase ("les dernières 24 heures", "منذ 7 أكتوبر") is part of the phrase.
    if (found.scopes.some((c) => c.start <= n.start && n.end <= c.end)) continue;
    if (figures.length >= max) break;
    // A time scope is shared by the figures of its sentence ("25 490 morts et 63 354 blessés depuis le 7 octobre").
    const leads: Leads = (c, m) => cues.linksTo(folded, c.end, m.start);
    const never: Leads = () => false;
    // "elevando el total a 40.005", "portant le total à 59 219": a running total the sentence leads to is its scope.
    const totalCue = found.scopes.find((c) => c.key === 'cumulative' && c.end <= n.start && leads(c, n)) ?? null;
    const scopeCue = totalCue ?? pick(found.scopes.filter((c) => !leadsAnother(c, n, inSentence, leads)), n, text, [], never);
    // A noun after "dont", "la mayoría de ellos", "כשמרבית"… names a part of the count, not what it counts.
    // So does one before it ("… 2450, most of them children and women, while the wounded reached 9200"): that noun is the earlier count's part.
    const entities = found.entities.filter((c) => (c.start < n.end || !cues.partitiveBefore(folded, n.end, c.start)) && (c.end > n.start || !parts.has(c)));
    const entityCue = pick(entities, n, text, inSentence, leads);
    // What happened is often said once for the figures of a sentence ("7 326 personnes, dont 3 000 enfants, ont été tuées"): an event word right after a later number is not held to that number, only one right after an earlier number (its own).
    const claimed = found.events.find((c) => claims.get(c) === n);
    const eventCue = claimed ?? pick(found.events.filter((c) => !claims.has(c)), n, text, inSentence.filter((o) => o.end <= n.start), leads, inSentence);
    let entity = entityCue?.key ?? null;
    let event = eventCue?.key ?? null;
    // A part of the number before it ("25 700 morts, dont 210 au cours des dernières 24 heures",
    // "بينهم 210") counts what the whole counts, unless its own noun says otherwise ("dont 10 000
    // enfants" are killed children); its time scope is its own.
    const whole = inSentence[inSentence.indexOf(n) - 1];
    const wholeSaid = whole ? said.get(whole) : undefined;
    if (whole && wholeSaid && cues.partBefore(folded, whole.end, n.start)) {
      const ownNoun = (c: LangCue | null): boolean => c !== null && c.start >= n.end && c.start - n.end <= OWN_NOUN_REACH && !CLAUSE_BREAK.test(text.slice(n.end, c.start));
      if (!ownNoun(eventCue)) event = wholeSaid.event;
      if (!ownNoun(entityCue)) entity = wholeSaid.entity;
    }
    // The total a count brings ("40 nouvelles victimes, portant le total à 40 005") counts what that count counts.
    if (totalCue && event === null && whole && wholeSaid?.event) {
      event = wholeSaid.event;
      entity ??= wholeSaid.entity;
    }
    // A number of days, months or years ("30 jours", "30 يوماً", "5 ans") counts time, never people.
    if (cues.durationAfter(folded, n.end)) entity = event = null;
    said.set(n, { entity, event });
    let scope = scopeCue?.key ?? null;
    let scopeSaid = scopeCue;
    if (scope === null && (event === 'killed' || event === 'injured') && n.value >= RISEN_TOTAL_MIN && risenTo(text, rises, n)) scope = 'cumulative';
    if ((event === 'killed' || event === 'injured') && n.value >= RUNNING_TOTAL_MIN && (scope === null || scope === '24h' || scope === 'day' || scope === 'incident' || scope === 'oct7')) {
      scope = 'cumulative';
      // The words that say so, where the sentence has them ("mardi … 25 490 morts … depuis le 7 octobre").
      scopeSaid = pick(found.scopes.filter((c) => c.key === 'cumulative'), n, text, [], never) ?? scopeCue;
    }
    // An unnamed running toll in Gaza coverage is Gaza's (as in classify-measure.ts).
    if (entity === null && (event === 'killed' || event === 'injured') && (scope === 'cumulative' || scope === '24h')) entity = 'palestinians';
    if (entity === null && scope === 'oct7' && (event === 'killed' || event === 'injured')) entity = 'people';
    const unit = n.percent ? 'percent' : 'count';
    // A place across a clause break counts only when close and with no other number between ("4137، و81 في الضفة الغربية": the West Bank is the 81's).
    const between = (p: LangCue): boolean => (p.start >= n.end ? numberBetween(inSentence, n, n.end, p.start) : numberBetween(inSentence, n, p.end, n.start));
    const places = new Set(found.places.filter((p) => !acrossClause(text, p, n) || (gap(p, n) <= OWN_NOUN_REACH && !between(p))).map((p) => p.key));
    const measure = MEASURES.find((m) => measureOf(m, unit, { entity, event, scope }, n.value, places)) ?? null;
    const sourceCue = pick(found.sources, n, text, [], never);
    const source = sourceCue?.key ?? sourceBefore(cues, folded, sentences, si);
    // A scope said across a clause break is no part of a measure that takes none ("1,7 millones de desplazados, y … el 7 de octubre").
    if (scopeSaid && !measure?.scopes && acrossClause(text, scopeSaid, n)) scopeSaid = null;
    const scopeText = scopeSaid && scopeSaid.key === scope ? text.slice(scopeSaid.start, scopeSaid.end) : scope ? (scope === 'cumulative' ? 'in total' : scopeLabel(scope)) : null;
    figures.push({
      value: n.value,
      ...(n.valueMax !== undefined ? { valueMax: n.valueMax } : {}),
      text: n.text,
      qualifier: cues.qualifierBefore(folded, n.start),
      measure: measure?.key ?? null,
      label: measure?.label ?? null,
      source,
      scope: scopeText,
      start: n.start,
      end: n.end,
      sentenceStart: s.start,
      sentenceEnd: s.end,
    });
  }
  return figures;
}
