/**
 * A corpus of wire copies for the benchmark: a few hundred wire stories, each filed in several
 * editions (days or weeks apart, with that day's figures), each edition reprinted by up to fifty
 * sites with their own dateline, furniture, a sentence dropped here and there and, in some copies,
 * a toll updated by a day. That is what a library or a pack of real coverage looks like, and what
 * makes the shared terms' posting lists grow with the copies. Query pages are fresh copies of some
 * editions, with typos in names and a third of them undated. Ground truth by construction: a
 * page's right answer is any copy of its edition (the same story on another day is another event).
 * Deterministic: the same seed gives the same corpus.
 */
import type { Report } from '../../src/types';
import { mulberry32, Rng } from './prng';
import { fmt, iso, syntheticWord as word, WAR_START } from './synthetic';

/** A report or page with the edition it copies (the event of P@1). */
export interface WireCopy extends Report {
  edition: number;
}

/** A query page: a fresh copy of an edition. */
export interface WirePage {
  title: string;
  text: string;
  date: string | null;
  edition: number;
}

const PLACES = ['Khan Younis', 'Rafah', 'Deir al-Balah', 'Jabalia', 'Beit Lahia', 'Beit Hanoun', 'Nuseirat', 'Bureij', 'Maghazi', 'Shejaiya', 'Al-Mawasi', 'Gaza City', 'Tal al-Sultan', 'Zeitoun'];
const FIRST = ['Mohammed', 'Yousef', 'Ahmed', 'Binyamin', 'Avi', 'Yael', 'Omar', 'Noa', 'Khalil', 'Daniel', 'Rania', 'Itai'];
const AGENCIES = ['Reuters', 'AP', 'AFP'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
/** Wire-story lines, our own fixture text; {slots} are filled per edition, a few per copy. */
const LINES = [
  'Israeli forces pressed their assault on {place} on {weekday}, residents said, as tanks moved into the {hood} neighbourhood.',
  'The Gaza health ministry said {toll} Palestinians had been killed since October 7, including {day} in the past 24 hours.',
  'Military spokesman {person} said troops had encircled {place} and killed dozens of gunmen.',
  'Thousands fled {place} towards {place2} after a new evacuation order covering {blocks} blocks.',
  '{person2}, a resident of {hood}, said the shelling had not stopped for {nights} nights.',
  'Mediators in {city} discussed a {truce}-day ceasefire under which {hostages} hostages would be freed.',
  'The Israeli army said {soldiers} soldiers had been killed since the start of the ground operation.',
  '{trucks} aid trucks entered Gaza through the crossing near {place2}, the United Nations said.',
  'An air strike hit a school sheltering displaced families in {hood}, killing {strike} people, the civil defence said.',
  '{person} of the {agencyname} warned that fuel for hospital generators would run out within days.',
];
const PUBLISHER_WORDS = ['Daily', 'Evening', 'Coastal', 'Metro', 'World', 'Herald', 'Valley', 'Capital', 'Northern', 'Lakeside'];
const PUBLISHER_KINDS = ['Ledger', 'Post', 'Times', 'News', 'Desk', 'Online', 'Tribune', 'Star'];
const FURNITURE = ['Sign up for our daily briefing', 'More from World News', 'Reporting by {person}; Editing by {person2}', 'Share this article', 'Read more on our Middle East page'];

interface Edition {
  story: number;
  day: number;
  values: Record<string, number>;
}

interface Story {
  place: string;
  place2: string;
  person: string;
  person2: string;
  hood: string;
  city: string;
  agencyname: string;
  agency: string;
  lines: string[];
  seedLines: string[];
  title: string;
}

/** A copy's typo in a name: one letter dropped. */
function typo(rng: Rng, w: string): string {
  if (w.length < 6) return w;
  const i = rng.int(1, w.length - 2);
  return w.slice(0, i) + w.slice(i + 1);
}

function makeStory(rng: Rng, seedLines: readonly string[]): Story {
  const lines = rng.shuffle(LINES).slice(0, rng.int(5, 7));
  const place = rng.pick(PLACES);
  return {
    place, place2: rng.pick(PLACES), person: `${rng.pick(FIRST)} ${word(rng, 3)}`, person2: `${rng.pick(FIRST)} ${word(rng, 3)}`,
    hood: `Al-${word(rng, 2)}`, city: word(rng, 2), agencyname: `${word(rng, 2)} Relief Agency`, agency: rng.pick(AGENCIES),
    lines, seedLines: Array.from({ length: 4 }, () => rng.pick(seedLines)),
    title: rng.pick([`Israeli forces press on in ${place} as toll rises`, `Fighting rages in ${place}, talks stall`, `Gaza toll climbs as strikes hit ${place}`]),
  };
}

function makeEdition(rng: Rng, story: number, day: number): Edition {
  return {
    story, day,
    values: {
      toll: Math.round(3000 + 75 * (day - WAR_START) + rng.int(0, 300)), day: rng.int(30, 250), blocks: rng.int(12, 90), nights: rng.int(2, 9),
      truce: rng.pick([30, 42, 45, 60]), hostages: rng.int(20, 130), soldiers: rng.int(150, 600), trucks: rng.int(40, 400), strike: rng.int(10, 80),
    },
  };
}

/** One copy of an edition: the wire text with the copy's dateline, edits and furniture. */
function copyOf(rng: Rng, s: Story, e: Edition, noisy: boolean): { title: string; text: string; day: number } {
  const late = rng.chance(0.3) ? 1 : 0;
  const day = e.day + late;
  const v = e.values;
  const name = (n: string): string => (noisy && rng.chance(0.5) ? n.replace(/\S+$/, (last) => typo(rng, last)) : n);
  const fill = (line: string): string => line
    .replace(/\{place\}/g, s.place).replace(/\{place2\}/g, s.place2).replace(/\{hood\}/g, s.hood).replace(/\{city\}/g, s.city)
    .replace(/\{person\}/g, () => name(s.person)).replace(/\{person2\}/g, () => name(s.person2)).replace(/\{agencyname\}/g, s.agencyname)
    .replace(/\{weekday\}/g, WEEKDAYS[e.day % 7] ?? 'Monday')
    // A copy filed a day later carries the next day's toll: the same story with other numbers.
    .replace(/\{toll\}/g, fmt((v.toll ?? 0) + late * (v.day ?? 0)))
    .replace(/\{(\w+)\}/g, (_m, k: string) => String(v[k] ?? k));
  // Seed sentences with this edition's numbers, the same in every copy of it.
  const edRng = new Rng(mulberry32(e.story * 7919 + e.day));
  const seeds = s.seedLines.map((l) => l.replace(/\d[\d,]*/g, (d) => fmt(Math.max(1, Math.round(Number(d.replace(/,/g, '')) * (0.7 + edRng.next() * 0.6))))));
  const body = [...s.lines.map(fill), ...seeds].filter(() => !rng.chance(0.12));
  const date = new Date(day * 86_400_000);
  body[0] = `GAZA, ${MONTHS[date.getUTCMonth()] ?? 'Jan'} ${date.getUTCDate()} (${s.agency}) - ${body[0] ?? ''}`;
  if (rng.chance(0.7)) body.push(fill(rng.pick(FURNITURE)));
  return { title: rng.chance(0.8) ? s.title : `${s.title}: live`, text: body.join('\n\n'), day };
}

/**
 * A corpus of `size` wire copies and `pages` query pages, from `seed`: stories of 4 editions each,
 * 50 copies an edition, as many stories as `size` needs.
 */
export function nearDuplicateCorpus(size: number, pages: number, seedLines: readonly string[], seed = 7, copies = 50, editionsPerStory = 4): { reports: WireCopy[]; pages: WirePage[]; editions: number } {
  const rng = new Rng(mulberry32(seed));
  const storyCount = Math.max(1, Math.ceil(size / (copies * editionsPerStory)));
  const stories = Array.from({ length: storyCount }, () => makeStory(rng, seedLines));
  const editions: Edition[] = [];
  stories.forEach((_s, i) => {
    let day = WAR_START + rng.int(3, 600);
    for (let k = 0; k < editionsPerStory; k++) {
      editions.push(makeEdition(rng, i, day));
      day += rng.int(2, 30);
    }
  });
  const publishers = Array.from({ length: 60 }, (_x, i) => `${PUBLISHER_WORDS[i % 10] ?? ''} ${PUBLISHER_KINDS[Math.floor(i / 10) % 8] ?? ''}`);
  const reports: WireCopy[] = [];
  for (let i = 0; i < size; i++) {
    const edition = i % editions.length;
    const e = editions[edition] as Edition;
    const c = copyOf(rng, stories[e.story] as Story, e, false);
    reports.push({ id: `wire_${String(i).padStart(6, '0')}`, title: c.title, titleDerived: false, publisher: rng.pick(publishers), date: iso(c.day), url: `https://example.org/wire/${i}`, text: c.text, edition });
  }
  const queries: WirePage[] = [];
  for (let q = 0; q < pages; q++) {
    const edition = rng.int(0, editions.length - 1);
    const e = editions[edition] as Edition;
    const c = copyOf(rng, stories[e.story] as Story, e, true);
    queries.push({ title: c.title, text: c.text, date: rng.chance(0.33) ? null : iso(c.day), edition });
  }
  return { reports, pages: queries, editions: editions.length };
}
