/**
 * Synthetic corpora for the benchmark. A corpus is a set of events (an assault on a place, truce
 * talks, a withdrawal, soldiers killed, an aid crossing, a strike on a hospital), each told by
 * several reports with shifted dates, drifting figures, transliterated place names and a sentence
 * or two of the seeds with their numbers changed. Query pages are fresh tellings of some events,
 * with typos in names and a third of them undated. Ground truth by construction: a page's right
 * answer is any report of its event. Deterministic: the same seed gives the same corpus.
 */
import type { Article, Report } from '../../src/types';
import { mulberry32, Rng } from './prng';

/** A report or page with the event it tells. */
export interface SyntheticReport extends Report {
  event: number;
}

/** A query page: its text, title, date (null for undated pages) and event. */
export interface SyntheticPage {
  title: string;
  text: string;
  date: string | null;
  event: number;
}

const PLACES: readonly (readonly string[])[] = [
  ['Khan Younis', 'Khan Yunis', 'Khan Younes'], ['Rafah'], ['Deir al-Balah', 'Deir el-Balah'], ['Jabalia', 'Jabaliya'],
  ['Beit Lahia', 'Beit Lahiya'], ['Beit Hanoun', 'Beit Hanun'], ['Nuseirat', 'Nusseirat'], ['Bureij'], ['Maghazi'],
  ['Shejaiya', 'Shujaiya'], ['Al-Mawasi', 'al-Mawasi'], ['Gaza City'], ['Tal al-Sultan'], ['Zeitoun', 'Zeitoon'], ['Tel al-Hawa'],
];
const FIRST = [['Mohammed', 'Muhammad', 'Mohamed'], ['Yousef', 'Youssef', 'Yusuf'], ['Ahmed', 'Ahmad'], ['Binyamin', 'Benjamin'], ['Avi'], ['Yael'], ['Omar'], ['Noa'], ['Khalil'], ['Daniel'], ['Rania'], ['Itai']];
/** Syllables of the invented names both generators use. */
export const SYLLABLES = ['ba', 'dar', 'el', 'fa', 'gha', 'har', 'im', 'ka', 'lev', 'mar', 'naz', 'or', 'qa', 'ri', 'sha', 'tov', 'um', 'wa', 'ya', 'zel', 'ben', 'dov', 'hai', 'kur'];
const PUBLISHERS = ['Wire One', 'Daily Ledger', 'Evening Post', 'Coastal Times', 'Metro News', 'World Desk', 'Herald Online'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const CITIES = ['Cairo', 'Doha', 'Paris'];

interface EventSlots {
  kind: number;
  place: readonly string[];
  place2: readonly string[];
  person: [readonly string[], string];
  person2: [readonly string[], string];
  hood: string;
  date: number;
  toll: number;
  day: number;
  soldiers: number;
  truce: number;
  hostages: number;
  unit: number;
  trucks: number;
  city: string;
}

/** Sentences per kind of event, our own fixture text; {slots} are filled per report. */
const STORIES: readonly { title: string; lines: readonly string[] }[] = [
  { title: 'Israeli forces press assault on {place}', lines: [
    'Israeli forces pressed their assault on {place} on {weekday}, residents said, as tanks moved into the {hood} neighbourhood.',
    'The Gaza health ministry said {toll} Palestinians had been killed since October 7, including {day} in the past 24 hours.',
    'Military spokesman {person} said troops had encircled {place} and killed dozens of gunmen.',
    'Thousands fled {place} towards {place2} after a new evacuation order.',
    '{person2}, a resident of {hood}, said the shelling had not stopped for two days.'] },
  { title: 'Talks in {city} on a {truce}-day truce as fighting rages in {place}', lines: [
    'Mediators in {city} discussed a {truce}-day ceasefire under which {hostages} hostages would be freed.',
    '{person} said the proposal was the most serious in weeks but gaps remained.',
    'Fighting continued in {place}, where the health ministry said {day} people were killed in 24 hours.',
    'The death toll in Gaza has reached {toll}, the ministry said.',
    '{person2} told reporters the truce talks would resume after the weekend.'] },
  { title: 'Israeli army pulls {unit} division out of {place}', lines: [
    'The Israeli army said its {unit}th division had withdrawn from {place} after weeks of fighting.',
    'Only one brigade remains near {place2}, {person} said.',
    'Residents returning to the {hood} neighbourhood found streets destroyed.',
    'The withdrawal came as the toll in Gaza passed {toll}, according to the health ministry.',
    '{person2} said the troops would prepare for future operations.'] },
  { title: '{soldiers} Israeli soldiers killed in {place}', lines: [
    '{soldiers} Israeli soldiers were killed in {place} on {weekday} when a building collapsed, the military said.',
    'It was one of the deadliest days for Israeli troops in Gaza, {person} said.',
    'The soldiers were clearing tunnels in the {hood} area.',
    'Palestinian officials said {day} people were killed across Gaza in 24 hours, raising the toll to {toll}.',
    '{person2} said an investigation had been opened.'] },
  { title: '{trucks} aid trucks enter Gaza through {place}', lines: [
    '{trucks} aid trucks entered Gaza through the crossing near {place} on {weekday}, the United Nations said.',
    '{person} of the aid agency warned that the convoys were far below what was needed.',
    'Crowds gathered at the {hood} distribution point before dawn.',
    'The health ministry said {toll} people had been killed in the war so far.',
    '{person2} said fuel deliveries remained blocked.'] },
  { title: 'Strike on hospital in {place} kills {day}', lines: [
    'An air strike hit a hospital in {place} on {weekday}, killing {day} people, the civil defence said.',
    '{person}, a doctor at the hospital, said patients were being treated on the floor.',
    'The strike hit the {hood} wing, which sheltered displaced families.',
    'The Gaza health ministry put the overall toll at {toll}.',
    'The Israeli military said {person2} was reviewing the incident.'] },
];

/** Day number of 7 Oct 2023; a day number as YYYY-MM-DD; a count as news writes it. */
export const WAR_START = Date.UTC(2023, 9, 7) / 86_400_000;
export const iso = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);
export const fmt = (n: number): string => n.toLocaleString('en-US');

/** An invented name of `parts` syllables. */
export function syntheticWord(rng: Rng, parts: number): string {
  let w = '';
  for (let i = 0; i < parts; i++) w += rng.pick(SYLLABLES);
  return w.charAt(0).toUpperCase() + w.slice(1);
}

function typo(rng: Rng, word: string): string {
  if (word.length < 6) return word;
  const i = rng.int(1, word.length - 2);
  return rng.chance(0.5) ? word.slice(0, i) + word.slice(i + 1) : word.slice(0, i) + (word[i] ?? '') + word.slice(i);
}

function makeEvent(rng: Rng): EventSlots {
  const date = WAR_START + rng.int(3, 620);
  return {
    kind: rng.int(0, STORIES.length - 1), place: rng.pick(PLACES), place2: rng.pick(PLACES),
    person: [rng.pick(FIRST), syntheticWord(rng, 3)], person2: [rng.pick(FIRST), syntheticWord(rng, 3)],
    hood: `Al-${syntheticWord(rng, 2)}`, date, toll: Math.round(3000 + 75 * (date - WAR_START) + rng.int(0, 300)),
    day: rng.int(30, 250), soldiers: rng.int(10, 30), truce: rng.pick([30, 42, 45, 60]), hostages: rng.int(20, 130),
    unit: rng.int(30, 990), trucks: rng.int(40, 400), city: rng.pick(CITIES),
  };
}

/** A sentence of the seeds with its numbers changed by up to 30% either way. */
function seedLine(rng: Rng, seedLines: readonly string[]): string {
  return rng.pick(seedLines).replace(/\d[\d,]*/g, (d) => fmt(Math.max(1, Math.round(Number(d.replace(/,/g, '')) * (0.7 + rng.next() * 0.6)))));
}

/** Fills one telling of an event: `drift` shifts its figures and day, `noisy` adds typos. */
function tell(rng: Rng, e: EventSlots, seedLines: readonly string[], noisy: boolean): { title: string; text: string; day: number } {
  const shift = rng.int(0, 2);
  const name = ([firsts, last]: [readonly string[], string]): string => `${rng.pick(firsts)} ${noisy && rng.chance(0.5) ? typo(rng, last) : last}`;
  const fill = (s: string): string => s
    .replace(/\{place\}/g, () => rng.pick(e.place)).replace(/\{place2\}/g, () => rng.pick(e.place2))
    .replace(/\{person\}/g, () => name(e.person)).replace(/\{person2\}/g, () => name(e.person2))
    .replace(/\{hood\}/g, e.hood).replace(/\{weekday\}/g, WEEKDAYS[(e.date + shift) % 7] ?? 'Monday')
    .replace(/\{toll\}/g, fmt(e.toll + shift * e.day)).replace(/\{day\}/g, String(e.day + rng.int(0, 5)))
    .replace(/\{soldiers\}/g, String(e.soldiers)).replace(/\{truce\}/g, String(e.truce)).replace(/\{hostages\}/g, String(e.hostages))
    .replace(/\{unit\}/g, String(e.unit)).replace(/\{trucks\}/g, String(e.trucks)).replace(/\{city\}/g, e.city);
  const story = STORIES[e.kind] ?? STORIES[0];
  const lines = rng.shuffle(story?.lines ?? []).slice(0, rng.int(3, 5)).map(fill);
  const seed = seedLine(rng, seedLines);
  lines.splice(rng.int(1, lines.length), 0, seed);
  return { title: fill(story?.title ?? ''), text: lines.join('\n\n'), day: e.date + shift };
}

/** Sentences of the seeds, to mix into synthetic reports (numbers are changed per use). */
export function seedSentences(reports: readonly Report[]): string[] {
  return reports.flatMap((r) => r.text.split(/(?<=[.!?])\s+/)).filter((s) => s.length > 60 && s.length < 300);
}

/** A corpus of `size` reports (5 per event) and `pages` query pages, all from `seed`. */
export function syntheticCorpus(size: number, pages: number, seedLines: readonly string[], seed = 42): { reports: SyntheticReport[]; pages: SyntheticPage[] } {
  const rng = new Rng(mulberry32(seed));
  const events = Array.from({ length: Math.max(1, Math.ceil(size / 5)) }, () => makeEvent(rng));
  const reports: SyntheticReport[] = [];
  for (let i = 0; i < size; i++) {
    const event = i % events.length;
    const t = tell(rng, events[event] as EventSlots, seedLines, false);
    reports.push({
      id: `syn_${String(i).padStart(6, '0')}`, title: t.title, titleDerived: false, publisher: rng.pick(PUBLISHERS),
      date: iso(t.day), url: `https://example.org/syn/${i}`, text: t.text, event,
    });
  }
  return { reports, pages: queryPages(rng, events, pages, seedLines) };
}

/**
 * Articles as long as the ones a reader keeps, for the reader's-library bench (library.ts): each
 * is two tellings of its event merged (no paragraph twice) and {@link KEPT_EXTRA_SEED_LINES} more
 * seed sentences that hold numbers, about 1,500 characters, so the library entry made from it carries ~80 features
 * and ~10 figures with a measure, like the test page's entry (107 and 21, tests/unit/library).
 * `size` articles over `size / 5` events, and `pages` query pages (single noisy tellings, a third
 * undated), as {@link syntheticCorpus}.
 */
export function keptArticles(size: number, pages: number, seedLines: readonly string[], seed = 42): { reports: SyntheticReport[]; pages: SyntheticPage[] } {
  const rng = new Rng(mulberry32(seed));
  const events = Array.from({ length: Math.max(1, Math.ceil(size / 5)) }, () => makeEvent(rng));
  const withNumbers = seedLines.filter((l) => /\d/.test(l));
  const reports: SyntheticReport[] = [];
  for (let i = 0; i < size; i++) {
    const event = i % events.length;
    const e = events[event] as EventSlots;
    const first = tell(rng, e, seedLines, false);
    const second = tell(rng, e, seedLines, false);
    const paragraphs = [...new Set([...first.text.split('\n\n'), ...second.text.split('\n\n')])];
    for (let k = 0; k < KEPT_EXTRA_SEED_LINES; k++) paragraphs.splice(rng.int(1, paragraphs.length), 0, seedLine(rng, withNumbers.length > 0 ? withNumbers : seedLines));
    reports.push({
      id: `kept_${String(i).padStart(6, '0')}`, title: first.title, titleDerived: false, publisher: rng.pick(PUBLISHERS),
      date: iso(first.day), url: `https://${rng.pick(KEPT_SITES)}/world/${i}-${event}`, text: paragraphs.join('\n\n'), event,
    });
  }
  return { reports, pages: queryPages(rng, events, pages, seedLines) };
}

/** `pages` query pages: single noisy tellings of random events, a third of them undated. */
function queryPages(rng: Rng, events: readonly EventSlots[], pages: number, seedLines: readonly string[]): SyntheticPage[] {
  const queries: SyntheticPage[] = [];
  for (let q = 0; q < pages; q++) {
    const event = rng.int(0, events.length - 1);
    const t = tell(rng, events[event] as EventSlots, seedLines, true);
    queries.push({ title: t.title, text: t.text, date: rng.chance(0.33) ? null : iso(t.day), event });
  }
  return queries;
}

/** Seed sentences added to each kept article beyond its two tellings (each brings figures and names). */
export const KEPT_EXTRA_SEED_LINES = 5;
const KEPT_SITES = ['www.reuters.com', 'apnews.com', 'www.aljazeera.com', 'www.bbc.com', 'www.theguardian.com', 'www.timesofisrael.com', 'www.npr.org'];

/** An article as the page reader would give it, from a synthetic report or page. */
export function articleOf(p: { title: string; text: string; date: string | null; publisher?: string; url?: string }): Article {
  return { title: p.title, text: p.text, date: p.date, publisher: p.publisher ?? null, url: p.url ?? null, pageType: 'article', lang: 'en', truncated: false, fullLength: p.text.length, updates: [] };
}
