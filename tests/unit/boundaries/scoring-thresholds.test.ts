/**
 * Boundary tests for the thresholds of the related-report scorer (src/corpus/score-related.ts) and
 * the matcher around it (src/corpus/match-reports.ts): each named threshold gets a case at its edge
 * and one just past it. Found missing by mutation testing (`npm run mutate -- --mutate
 * 'src/corpus/score-related.ts,src/corpus/match-reports.ts'`).
 *
 * The corpus is six short reports written for these tests, carrying the Gaza health ministry's
 * reported tolls (25,490 on 23 Jan 2024, 25,700 on 24 Jan 2024, 17,700 in early December 2023,
 * 33,175 on 7 Apr 2024) and its 24-hour counts (195, 210).
 *
 * To sit exactly on an evidence threshold, the page shares one specific name with the report at a
 * closeness chosen so that the evidence comes out at the wanted value (see `sharing`). The edge
 * cases are built from the exported constants, so they follow a threshold that is moved on purpose;
 * the "pinned" cases use the numbers the thresholds were measured from (doc comments of
 * score-related.ts), so that moving a threshold by accident fails a test.
 */
import { describe, expect, it } from 'vitest';
import { compileCorpus } from '../../../src/build/corpus/corpus-index';
import { candidates, loadCorpus, matchReports, MATCH_TEXT_CHARS, pageFeatureSet, type PageForMatching } from '../../../src/corpus/match-reports';
import {
  CLOSE_FIGURE, CONTRADICTING_TOTAL, DATING_TOTAL, EVIDENCE_PER_DAY, FIGURE_EVIDENCE, MAX_REASONS, MIN_EVIDENCE_DATED,
  MIN_EVIDENCE_FIGURE_DATED, MIN_EVIDENCE_UNDATED, SAME_EVENT_DAYS, scoreReport, type PageFeatureSet,
} from '../../../src/corpus/score-related';
import type { PageDay } from '../../../src/corpus/page-dates';
import type { Article, Figure, Report } from '../../../src/types';

const report = (id: string, date: string, title: string, text: string): Report =>
  ({ id, title, titleDerived: false, publisher: 'Test Wire', date, url: `https://example.org/${id}`, text });

const REPORTS: Report[] = [
  report('jan24', '2024-01-24', 'Tanks encircle Khan Younis', 'Israeli tanks encircled Khan Younis on Wednesday and shelled the Abasan crossroads. The Gaza health ministry said 25,700 Palestinians had been killed since 7 October, including 210 in the past 24 hours. Mediators in Cairo discussed a truce.'),
  report('dec05', '2023-12-05', 'Residents told to leave central Khan Younis', 'Israel ordered residents out of central Khan Younis. The health ministry said the toll had passed 17,700.'),
  report('apr07', '2024-04-07', 'Division leaves Khan Younis', 'The 98th division left Khan Younis on Sunday. The Gaza health ministry said 33,175 Palestinians had been killed since 7 October.'),
  report('nov10', '2023-11-10', 'Strikes near Al-Shifa hospital', 'Strikes hit the courtyard of Al-Shifa hospital in Gaza City. Some 2.3 million people live in the Strip.'),
  report('feb12', '2024-02-12', 'Two hostages freed in Rafah raid', 'Special forces freed two hostages in Rafah overnight. Israel says 134 hostages are still held.'),
  report('mar01', '2024-03-01', 'Crowd killed near aid convoy', 'More than 100 people were killed near an aid convoy on Al-Rashid road. The ministry said the toll had passed 30,000.'),
];
const corpus = loadCorpus(compileCorpus(REPORTS));
const JAN = 0;
const janDay = corpus.days[JAN] ?? -1;

const TOTAL = 'killed.palestinians.cumulative';
function fig(value: number, extra: Partial<Figure> = {}): Figure {
  return {
    value, text: value.toLocaleString('en-US'), qualifier: null, measure: TOTAL, label: 'Palestinians killed in Gaza since 7 October',
    source: 'Gaza health ministry', scope: null, start: 0, end: 6, sentenceStart: 0, sentenceEnd: 6, ...extra,
  };
}

const ABASAN = corpus.idOf('n:abasan') ?? -1;
const V210 = corpus.idOf('v:210') ?? -1;
const weightOf = (id: number): number => corpus.weight[id] ?? 0;

/**
 * A page sharing only the name "Abasan" with the January report, at the closeness that makes the
 * report's evidence exactly `target` (with `figures` too, whose evidence is measured first).
 */
function sharing(target: number, figures: readonly Figure[] = [], day: PageDay | null = null, exact = false): PageFeatureSet {
  const evidence = (closeness: number): number =>
    scoreReport(JAN, corpus, new Map([[ABASAN, { closeness, display: 'Abasan' }]]), figures, day).evidence;
  const base = scoreReport(JAN, corpus, new Map(), figures, day).evidence;
  const first = (target - base) / weightOf(ABASAN);
  // Floating point may land a unit or two off the target: look at the neighbouring closenesses.
  const ulp = Number.EPSILON * 2 ** Math.floor(Math.log2(first));
  let closeness = first;
  for (let i = 1; i <= 256 && evidence(closeness) !== target; i++) closeness = first + (i % 2 ? 1 : -1) * Math.ceil(i / 2) * ulp;
  if (evidence(closeness) !== target) closeness = first;
  if (exact) expect(evidence(closeness)).toBe(target);
  else expect(Math.abs(evidence(closeness) - target)).toBeLessThan(1e-9);
  return new Map([[ABASAN, { closeness, display: 'Abasan' }]]);
}

const onDay = (offset: number, source: PageDay['source'] = 'page', tolerance = 0): PageDay => ({ day: janDay + offset, tolerance, source });
const sameStory = (evidence: number, day: PageDay | null, figures: readonly Figure[] = []): boolean =>
  scoreReport(JAN, corpus, sharing(evidence, figures, day), figures, day).sameStory;
/** As {@link sameStory}, with the evidence exactly on the threshold. */
const atEdge = (evidence: number, day: PageDay | null, figures: readonly Figure[] = []): boolean =>
  scoreReport(JAN, corpus, sharing(evidence, figures, day, true), figures, day).sameStory;
const JUST = 0.01;

describe('the test corpus', () => {
  it('has dated reports and the name "Abasan" in the January one only', () => {
    expect(janDay).toBeGreaterThan(0);
    expect(ABASAN).toBeGreaterThanOrEqual(0);
    expect(Array.from(corpus.postings.list(ABASAN))).toEqual([JAN]);
  });
});

/** MIN_EVIDENCE_DATED (4): a page dated the report's day needs this much shared evidence. */
describe('MIN_EVIDENCE_DATED: same day, how much must be shared', () => {
  it('is the same story at exactly the minimum, not just under it', () => {
    expect(atEdge(MIN_EVIDENCE_DATED, onDay(0))).toBe(true);
    expect(sameStory(MIN_EVIDENCE_DATED - JUST, onDay(0))).toBe(false);
  });
  it('pinned: one rare name and a counted thing (about 4) is enough; one name (2.4) is not', () => {
    expect(sameStory(4.2, onDay(0))).toBe(true);
    expect(sameStory(2.4, onDay(0))).toBe(false);
  });
});

/**
 * EVIDENCE_PER_DAY (2) and SAME_EVENT_DAYS (3): one day apart needs no more than the same day;
 * each further day needs EVIDENCE_PER_DAY more; past SAME_EVENT_DAYS no evidence is enough.
 */
describe('days apart: SAME_EVENT_DAYS and EVIDENCE_PER_DAY', () => {
  it('one day apart needs only the same-day minimum', () => {
    expect(atEdge(MIN_EVIDENCE_DATED, onDay(1))).toBe(true);
    expect(atEdge(MIN_EVIDENCE_DATED, onDay(-1))).toBe(true);
    expect(sameStory(MIN_EVIDENCE_DATED - JUST, onDay(1))).toBe(false);
  });
  it('two days apart needs EVIDENCE_PER_DAY more, at the edge and not just under', () => {
    const needed = MIN_EVIDENCE_DATED + EVIDENCE_PER_DAY;
    expect(atEdge(needed, onDay(2))).toBe(true);
    expect(sameStory(needed - JUST, onDay(2))).toBe(false);
  });
  it('SAME_EVENT_DAYS apart is still the same story with enough evidence; one more day never is', () => {
    const needed = MIN_EVIDENCE_DATED + EVIDENCE_PER_DAY * (SAME_EVENT_DAYS - 1);
    expect(atEdge(needed, onDay(SAME_EVENT_DAYS))).toBe(true);
    expect(sameStory(needed - JUST, onDay(SAME_EVENT_DAYS))).toBe(false);
    expect(sameStory(100, onDay(SAME_EVENT_DAYS + 1))).toBe(false);
    expect(sameStory(100, onDay(-(SAME_EVENT_DAYS + 1)))).toBe(false);
  });
  it('counts days beyond the page date\'s own tolerance', () => {
    expect(sameStory(100, onDay(SAME_EVENT_DAYS + 1, 'text', 1))).toBe(true);
    expect(sameStory(100, onDay(SAME_EVENT_DAYS + 2, 'text', 1))).toBe(false);
  });
  it('pinned: the January coverage three days on (27 Jan) can match, ten days on (3 Feb) cannot', () => {
    expect(sameStory(30, onDay(3))).toBe(true);
    expect(sameStory(30, onDay(4))).toBe(false);
    expect(sameStory(30, onDay(10))).toBe(false);
  });
  it('names the days apart in the reasons within SAME_EVENT_DAYS, not beyond or for an anchored day', () => {
    const reasonsAt = (d: PageDay): string[] => scoreReport(JAN, corpus, sharing(30, [], d), [], d).reasons;
    expect(reasonsAt(onDay(0))).toContain('same day');
    expect(reasonsAt(onDay(1))).toContain('1 day apart');
    expect(reasonsAt(onDay(-SAME_EVENT_DAYS))).toContain(`${SAME_EVENT_DAYS} days apart`);
    expect(reasonsAt(onDay(SAME_EVENT_DAYS + 1)).some((r) => /apart|same day/.test(r))).toBe(false);
    expect(reasonsAt(onDay(0, 'anchor')).some((r) => /apart|same day/.test(r))).toBe(false);
  });
});

/** MIN_EVIDENCE_UNDATED (14): with no date at all, several specific things must be shared. */
describe('MIN_EVIDENCE_UNDATED: an undated page', () => {
  it('is the same story at exactly the minimum, not just under it', () => {
    expect(atEdge(MIN_EVIDENCE_UNDATED, null)).toBe(true);
    expect(sameStory(MIN_EVIDENCE_UNDATED - JUST, null)).toBe(false);
  });
  it('pinned: the same event reaches 22; the Rafah strike of another week (10.4) and 12 stay under the bar', () => {
    expect(sameStory(22, null)).toBe(true);
    expect(sameStory(10.4, null)).toBe(false);
    expect(sameStory(12, null)).toBe(false);
  });
});

/**
 * DATING_TOTAL (2%) and MIN_EVIDENCE_FIGURE_DATED (8): an undated page whose Gaza toll is within 2%
 * of the report's is from about the report's days, and needs 8 instead of 14.
 */
describe('DATING_TOTAL: a toll that dates an undated page', () => {
  const edge = 25_700 - 25_700 * DATING_TOTAL; // 25,186: 514 fewer, exactly 2%
  it('lowers the bar for a toll exactly DATING_TOTAL below the report\'s, not one death further', () => {
    expect(Number.isInteger(edge)).toBe(true);
    expect(atEdge(MIN_EVIDENCE_FIGURE_DATED, null, [fig(edge)])).toBe(true);
    expect(atEdge(MIN_EVIDENCE_FIGURE_DATED, null, [fig(edge - 1)])).toBe(false);
    expect(sameStory(MIN_EVIDENCE_FIGURE_DATED - JUST, null, [fig(edge)])).toBe(false);
  });
  it('pinned: 25,490 (a day before 25,700) dates the page; 24,900 (3% off) does not', () => {
    expect(sameStory(9, null, [fig(25_490)])).toBe(true);
    expect(sameStory(9, null, [fig(24_900)])).toBe(false);
  });
  it('only a growing total dates a page: a 24-hour count at the same closeness does not', () => {
    expect(sameStory(9, null, [fig(210, { measure: 'killed.palestinians.24h' })])).toBe(false);
  });
});

/** CLOSE_FIGURE (5%): figures of one measure this close count as shared evidence. */
describe('CLOSE_FIGURE: when a figure counts as shared', () => {
  const edge = 25_700 - 25_700 * CLOSE_FIGURE; // 24,415
  const evidenceOf = (figures: Figure[]): number => scoreReport(JAN, corpus, new Map(), figures, null).evidence;
  it('counts a toll exactly CLOSE_FIGURE below the report\'s, not one death further', () => {
    expect(Number.isInteger(edge)).toBe(true);
    expect(evidenceOf([fig(edge)])).toBeGreaterThan(0);
    expect(evidenceOf([fig(edge - 1)])).toBe(0);
  });
  it('shows an agreeing figure as the page\'s value → the report\'s, or the one value when equal', () => {
    expect(scoreReport(JAN, corpus, new Map(), [fig(25_490)], null).reasons).toContain('25,490 → 25,700');
    expect(scoreReport(JAN, corpus, new Map(), [fig(25_700)], null).reasons).toContain('25,700 (Palestinians killed in Gaza since 7 October)');
    expect(scoreReport(JAN, corpus, new Map(), [fig(25_700, { label: null })], null).reasons).toContain('25,700');
  });
  it('pinned: 25,490 against 25,700 (0.8%) is shared; 24,000 (6.6%) is not', () => {
    expect(evidenceOf([fig(25_490)])).toBeGreaterThan(0);
    expect(evidenceOf([fig(24_000)])).toBe(0);
  });
});

/**
 * FIGURE_EVIDENCE (3): a figure given at a close value weighs as much as the figure is rare, but
 * never more than FIGURE_EVIDENCE; each measure counts once.
 */
describe('FIGURE_EVIDENCE: the most one figure can weigh', () => {
  it('weighs a figure as its bucket\'s weight, capped', () => {
    const id = corpus.idOf(`f:${TOTAL}:${208}`);
    const w = scoreReport(JAN, corpus, new Map(), [fig(25_700)], null).evidence;
    expect(w).toBeGreaterThan(0);
    expect(w).toBeLessThanOrEqual(FIGURE_EVIDENCE);
    if (id !== undefined) expect(w).toBeCloseTo(Math.min(FIGURE_EVIDENCE, weightOf(id)), 5);
  });
  it('counts a measure once however often the page repeats it', () => {
    const once = scoreReport(JAN, corpus, new Map(), [fig(25_700)], null).evidence;
    expect(scoreReport(JAN, corpus, new Map(), [fig(25_700), fig(25_690)], null).evidence).toBeCloseTo(once, 9);
  });
  it('pinned: a rare toll alone (≤ 3) never makes an undated page the same story', () => {
    expect(scoreReport(JAN, corpus, new Map(), [fig(25_700)], null).sameStory).toBe(false);
  });
});

/**
 * CONTRADICTING_TOTAL (12%): an unhedged growing total further off than this says the page is
 * from another time, unless the page's own date puts it within SAME_EVENT_DAYS of the report.
 */
describe('CONTRADICTING_TOTAL: a toll that says another time', () => {
  const edge = 25_700 - 25_700 * CONTRADICTING_TOTAL; // 22,616
  const story = (f: Figure, day: PageDay): boolean => sameStory(30, day, [f]);
  it('does not contradict at exactly CONTRADICTING_TOTAL below, does one death further', () => {
    expect(Number.isInteger(edge)).toBe(true);
    expect(story(fig(edge), onDay(0, 'text'))).toBe(true);
    expect(story(fig(edge - 1), onDay(0, 'text'))).toBe(false);
  });
  it('a hedged toll ("more than 17,700") is a bound, not a contradiction', () => {
    expect(story(fig(17_700, { qualifier: 'more than' }), onDay(0, 'text'))).toBe(true);
    expect(story(fig(17_700), onDay(0, 'text'))).toBe(false);
  });
  it('the page\'s own date within SAME_EVENT_DAYS overrides the contradiction; one day more does not', () => {
    expect(story(fig(17_700), onDay(0, 'page'))).toBe(true);
    expect(story(fig(17_700), onDay(SAME_EVENT_DAYS, 'page'))).toBe(true);
    expect(sameStory(100, onDay(SAME_EVENT_DAYS + 1, 'page'), [fig(17_700)])).toBe(false);
  });
  it('pinned: 25,490 does not contradict 25,700; 17,700 (December) does for an undated page', () => {
    expect(sameStory(30, null, [fig(25_490)])).toBe(true);
    expect(sameStory(30, null, [fig(17_700)])).toBe(false);
  });
  it('only growing totals contradict: a 24-hour count far off does not', () => {
    expect(sameStory(30, null, [fig(50, { measure: 'killed.palestinians.24h' })])).toBe(true);
  });
});

/** MAX_REASONS (6) and at most three figure reasons, so shared names still show. */
describe('MAX_REASONS: how many reasons a report shows', () => {
  const all: PageFeatureSet = new Map([...corpus.forward.list(JAN)].map((id) => [id, { closeness: 1, display: corpus.displayOf(id) }]));
  it('shows at most MAX_REASONS reasons besides the date', () => {
    const undated = scoreReport(JAN, corpus, all, [], null).reasons;
    expect(undated).toHaveLength(MAX_REASONS);
    const dated = scoreReport(JAN, corpus, all, [], onDay(0)).reasons;
    expect(dated).toHaveLength(MAX_REASONS + 1);
    expect(dated.at(-1)).toBe('same day');
  });
  it('puts the most specific names first and shows "Abasan" among them', () => {
    expect(scoreReport(JAN, corpus, all, [], null).reasons).toContain('Abasan');
  });
});

describe('scores', () => {
  it('scores an unknown report index as nothing', () => {
    expect(scoreReport(-1, corpus, new Map(), [], null)).toEqual({ score: 0, sameStory: false, reasons: [], evidence: 0, specific: 0 });
    expect(scoreReport(corpus.size, corpus, new Map(), [], null).score).toBe(0);
  });
  it('scores more evidence higher, and a near date higher than a far one', () => {
    const at = (e: number, d: PageDay | null): number => scoreReport(JAN, corpus, sharing(e, [], d), [], d).score;
    expect(at(8, null)).toBeGreaterThan(at(4, null));
    expect(at(8, onDay(0))).toBeGreaterThan(at(8, null));
    expect(at(8, null)).toBeGreaterThan(at(8, onDay(30)));
    expect(at(100, onDay(0))).toBeLessThanOrEqual(1);
  });
});

function pageOf(text: string, date: string | null): PageForMatching {
  const article: Article = { title: '', text, date, publisher: 'Test Gazette', url: null, pageType: 'article', lang: 'en', truncated: false, fullLength: text.length, updates: [] };
  return { article, topic: { gaza: true, isArticle: true, score: 1, terms: [], reason: 'test' }, figures: [] };
}

/** MATCH_TEXT_CHARS (8,000): only the page's opening characters are read for features. */
describe('MATCH_TEXT_CHARS: how much of the page is read', () => {
  const filler = (n: number): string => 'x'.repeat(n);
  it('reads a number ending at the last character read, not one cut by the limit', () => {
    // " 210" as the page's last characters: the report's 24-hour count. Cut by one, it is "21".
    const inside = `${filler(MATCH_TEXT_CHARS - 4)} 210`;
    expect(inside).toHaveLength(MATCH_TEXT_CHARS);
    expect(pageFeatureSet(pageOf(inside, null), corpus).has(V210)).toBe(true);
    expect(pageFeatureSet(pageOf(`${inside}.`, null), corpus).has(V210)).toBe(true);
    const cut = `${filler(MATCH_TEXT_CHARS - 3)} 210`;
    expect(pageFeatureSet(pageOf(cut, null), corpus).has(V210)).toBe(false);
  });
});

/** matchReports: Gaza pages only, a positive limit, the same story before the same war. */
describe('matchReports', () => {
  const text = 'Israeli tanks shelled the Abasan crossroads and encircled Khan Younis, where 25,700 Palestinians had been killed since 7 October, the Gaza health ministry said, with 210 in the past 24 hours. Mediators in Cairo discussed a truce.';
  it('returns nothing for a limit of 0 and at most `limit` reports', () => {
    expect(matchReports(pageOf(text, '2024-01-24'), corpus, 0)).toEqual([]);
    expect(matchReports(pageOf(text, '2024-01-24'), corpus, 1)).toHaveLength(1);
  });
  it('puts the January report first as the same story', () => {
    const [first] = matchReports(pageOf(text, '2024-01-24'), corpus);
    expect(first).toMatchObject({ id: 'jan24', sameStory: true });
  });
  it('returns no candidates beyond the count asked for', () => {
    const set = pageFeatureSet(pageOf(text, null), corpus);
    expect(candidates(set, corpus, 1)).toEqual([JAN]);
    expect(candidates(set, corpus).length).toBeGreaterThan(1);
  });
});

/**
 * What counts once: a name's parts ("Khan") add nothing beside the whole name ("Khan Younis"), a
 * bare number ("210") nothing beside the counted thing ("210 in the past 24 hours" as "q:"), and a
 * number that is also an agreeing figure counts as the figure.
 */
describe('evidence counted once', () => {
  const id = (key: string): number => {
    const found = corpus.idOf(key);
    expect(found).toBeDefined();
    return found ?? -1;
  };
  const shares = (...keys: string[]): PageFeatureSet => new Map(keys.map((k) => [id(k), { closeness: 1, display: corpus.displayOf(id(k)) }]));
  const evidence = (set: PageFeatureSet, figures: Figure[] = []): number => scoreReport(JAN, corpus, set, figures, null).evidence;

  it('drops the parts of a whole name that is shared, keeps them when it is not', () => {
    const whole = evidence(shares('n:khan younis'));
    expect(evidence(shares('n:khan younis', 'p:khan', 'p:younis'))).toBeCloseTo(whole, 9);
    expect(evidence(shares('p:khan'))).toBeGreaterThan(0);
  });

  it('drops a bare number when the counted thing with that number is shared', () => {
    const counted = corpus.forward.list(JAN).find((f) => corpus.keyOf(f).startsWith('q:25700'));
    expect(counted).toBeDefined();
    const q = corpus.keyOf(counted ?? -1);
    expect(evidence(shares(q, 'v:25700'))).toBeCloseTo(evidence(shares(q)), 9);
    expect(evidence(shares('v:25700'))).toBeGreaterThan(0);
  });

  it('counts a number that is also an agreeing figure once, shown in the page\'s words', () => {
    const q = corpus.keyOf(corpus.forward.list(JAN).find((f) => corpus.keyOf(f).startsWith('q:25700')) ?? -1);
    const figureOnly = evidence(new Map(), [fig(25_700)]);
    expect(evidence(shares(q, 'v:25700'), [fig(25_700)])).toBeCloseTo(figureOnly, 9);
    const reasons = scoreReport(JAN, corpus, shares(q), [fig(25_700)], null).reasons;
    expect(reasons[0]).toBe(corpus.displayOf(id(q)));
    // A close but different figure keeps its "page → report" wording.
    expect(scoreReport(JAN, corpus, shares('v:25700'), [fig(25_490)], null).reasons[0]).toBe('25,490 → 25,700');
  });

  it('shows names before words, the weightier first', () => {
    const reasons = scoreReport(JAN, corpus, shares('w:tank', 'n:abasan', 'n:khan younis'), [], null).reasons;
    expect(reasons.slice(0, 2)).toEqual(['Abasan', 'Khan Younis']);
  });

  it('takes the report figure closest to the page\'s, and words a figure written in words', () => {
    const r = scoreReport(JAN, corpus, new Map(), [fig(200, { measure: 'killed.palestinians.24h', text: 'two hundred' })], null);
    expect(r.reasons[0]).toBe('two hundred → 210');
  });
});

/** The score: content from evidence (EVIDENCE_SCALE), times 0.6 + 0.4 × closeness in time (a week's scale). */
describe('the score', () => {
  const at = (e: number, d: PageDay | null): number => scoreReport(JAN, corpus, sharing(e, [], d), [], d).score;
  it('gives evidence 8 undated 0.506, on the day 0.632, a week off 0.472', () => {
    expect(at(8, null)).toBe(0.506);
    expect(at(8, onDay(0))).toBe(0.632);
    expect(at(8, onDay(7))).toBe(0.472);
    expect(at(8, onDay(-7))).toBe(0.472);
  });
  it('treats a page date within its tolerance as the same day', () => {
    expect(at(8, onDay(2, 'text', 2))).toBe(0.632);
    expect(at(8, onDay(3, 'text', 2))).toBeLessThan(0.632);
  });
});

/** candidates(): the walk over postings, repeatable, most weight first, ties by report order. */
describe('candidates', () => {
  const set = (keys: string[]): PageFeatureSet => new Map(keys.map((k) => [corpus.idOf(k) ?? -1, { closeness: 1, display: k }]));
  it('gives the same answer twice (its scratch space is cleared)', () => {
    const s = set(['n:khan younis', 'n:abasan']);
    const first = candidates(s, corpus);
    expect(candidates(s, corpus)).toEqual(first);
    expect(first[0]).toBe(JAN);
  });
  it('orders equal weights by report order, and leaves out features no report has', () => {
    const s = set(['n:khan younis']);
    const khan = Array.from(corpus.postings.list(corpus.idOf('n:khan younis') ?? -1));
    expect(candidates(s, corpus)).toEqual(khan);
    expect(candidates(new Map([[-1, { closeness: 1, display: 'x' }]]), corpus)).toEqual([]);
  });
});

describe('matchReports: what is not matched', () => {
  const text = 'Israeli tanks shelled the Abasan crossroads and encircled Khan Younis, the Gaza health ministry said.';
  it('matches nothing for a page that is not about the war', () => {
    const p = pageOf(text, '2024-01-24');
    expect(matchReports({ ...p, topic: { ...p.topic, gaza: false } }, corpus)).toEqual([]);
  });
  it('ranks the same story before a higher-scored report of the same war', () => {
    const related = matchReports(pageOf(text, '2024-01-24'), corpus);
    expect(related.length).toBeGreaterThan(1);
    const firstOther = related.findIndex((r) => !r.sameStory);
    expect(related.slice(firstOther).every((r) => !r.sameStory)).toBe(true);
    expect(related.every((r) => r.score > 0)).toBe(true);
  });
});
