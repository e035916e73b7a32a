/**
 * Every sentence Crosscheck builds from parts, as templates in one catalogue, so the interface's
 * languages plug in here later: a translation is another catalogue of the same keys, and no
 * screen glues words together itself. A template names its parameters (`{count}`, `{publisher}`);
 * a message that depends on a count has one form per plural category.
 *
 * Pure: no DOM, no browser, no `Intl.PluralRules` (loading it would cost every news page a few
 * milliseconds in the content script; each catalogue brings its own plural rule instead).
 */

/** A template, or one template per plural category of the `count` parameter. */
export type Template = string | { one: string; other: string };

/** The English catalogue: the keys every catalogue must give. */
export const EN = {
  // Counting things.
  'count.day': { one: '{count} day', other: '{count} days' },
  'count.report': { one: '{count} report', other: '{count} reports' },
  'count.publisher': { one: '{count} publisher', other: '{count} publishers' },
  'count.figure': { one: '{count} figure', other: '{count} figures' },
  'count.article': { one: '{count} article', other: '{count} articles' },
  'size.bytes': { one: '{count} byte', other: '{count} bytes' },
  // The reader's library: an article kept, wherever it is listed.
  'library.read': 'you read, {date}',
  'library.named': '“{title}”, {read}',
  // A date relative to the page's.
  'relative.same-day': 'same day',
  'relative.later': { one: '{count} day later', other: '{count} days later' },
  'relative.earlier': { one: '{count} day earlier', other: '{count} days earlier' },
  // Kinds of difference, as words.
  'kind.agrees': 'agrees',
  'kind.update': 'later update',
  'kind.conflict': 'conflict',
  // The figures table's change column.
  'change.none': 'no change',
  'change.in-days': '{change} in {days}',
  'change.vs-page': '{change} vs this page',
  // A date that is missing.
  'date.undated': 'undated',
  // The engine's explanations of one report's figure against the page's.
  'explain.said': '{publisher}, {date}: {figure}',
  'explain.same': '{said}, the same figure',
  'explain.with-parts': '{said}; {parts}',
  'explain.later-with': '{which} is {days} later with {amount}',
  'explain.which.report': 'this report',
  'explain.which.page': 'the page',
  'explain.amount.same': 'the same',
  'explain.amount.more': '{value} more',
  'explain.amount.fewer': '{value} fewer',
  'explain.more-than-page': '{value} more than the page',
  'explain.fewer-than-page': '{value} fewer than the page',
  'explain.page-said': 'This page ({date}): {figure}.',
  // Badges.
  'badge.label': '{figure} · {publisher}, {when}',
  'badge.name': 'Crosscheck, {kind}: {measure}. This page: {figure}. {others}. Show details',
  'badge.name.other': '{publisher} gives {figure} ({when})',
  // The check against an official series, by verdict: as words, as a badge's short label, and as
  // the card's one line. The wording never calls a figure false: it says which bulletin gave what.
  'ref.verdict.matches': 'matches the bulletin',
  'ref.verdict.consistent': 'fits the bulletin',
  'ref.verdict.stale': 'an earlier bulletin',
  'ref.verdict.ahead': 'a later bulletin',
  'ref.verdict.unmatched': 'no bulletin gave it',
  'ref.verdict.outside': 'outside the series',
  'ref.verdict.other-counter': 'a different counter',
  'ref.label.matches': '{publisher}, {date}',
  'ref.label.consistent': 'fits {publisher}, {date}',
  'ref.label.stale': { one: '{count} day old', other: '{count} days old' },
  'ref.label.stale.undated': 'an older bulletin',
  'ref.label.ahead': { one: '{count} day ahead', other: '{count} days ahead' },
  'ref.label.ahead.undated': 'a later bulletin',
  'ref.label.on-date': '{publisher} {value} on this date',
  'ref.label.no-value': 'no {publisher} value',
  'ref.label.ends': 'series ends {date}',
  'ref.label.starts': 'series starts {date}',
  'ref.label.outside': 'outside the series',
  'ref.label.other-counter': 'other counter · {publisher} {value}',
  'ref.label.other-counter.bare': 'other counter than {publisher}',
  'ref.label.inferred': '{label} · date inferred',
  'ref.line.matches': '{publisher} bulletin of {bulletin} gave {figure} ({when}).',
  'ref.line.consistent': '{figure} fits the {publisher} bulletin of {bulletin}: {value}.',
  'ref.line.stale': "The {publisher} bulletin of {bulletin} gave {figure}; by this page's date ({date}) it was {value}.",
  'ref.line.stale.no-date': 'The {publisher} bulletin of {bulletin} gave {figure}, an older bulletin.',
  'ref.line.ahead': "The {publisher} first gave {figure} in the bulletin of {bulletin}, {days} after this page's date ({date}).",
  'ref.line.unmatched': "No {publisher} bulletin near this page's date gave {figure}; on {date} it was {value}.",
  'ref.line.unmatched.no-value': "No {publisher} bulletin near this page's date gave {figure}.",
  'ref.line.outside.after': "This page's date ({date}) is after the series ends ({end}).",
  'ref.line.outside.before': "This page's date ({date}) is before the series starts ({start}).",
  'ref.line.outside': "This page's date is outside the series' coverage.",
  'ref.line.other-counter': "{counter} gives {figure}: a different counter from the {publisher}, which gave {value} on {date}.",
  'ref.line.other-counter.bare': '{counter} gives {figure}: a different counter from the {publisher}.',
  'ref.when.same-day': "this page's date",
  'ref.when.before': { one: "{count} day before this page's date", other: "{count} days before this page's date" },
  'ref.when.after': { one: "{count} day after this page's date", other: "{count} days after this page's date" },
  'ref.detail.on-date': "Published on this page's date ({date})",
  'ref.detail.on-date.before': 'Last published before this page ({date})',
  'ref.detail.bulletin': 'Bulletin this figure equals',
  'ref.detail.days': 'Days between',
  'ref.detail.inferred': 'This page has no date: {date} is inferred from the bulletin its figure equals.',
  'ref.source': 'Series: {publisher}, from {dataset} ({licence}).',
  'ref.name': 'Crosscheck, official count, {verdict}: {measure}. This page: {figure}. {line}',
  // The card's reports: those that give one value, grouped.
  'card.group': '{value} in {reports}:',
  'card.kind': '{kind} ({change})',
  'card.page': 'This page: {figure}',
  'card.inferred': 'date inferred',
  'popup.date.inferred': '{date} (no date on the page: inferred from the bulletin its toll equals)',
} as const satisfies Record<string, Template>;

/** A message key. */
export type MessageKey = keyof typeof EN;

/** A catalogue: every key, and how its language counts and writes numbers. */
export interface Catalogue {
  templates: Record<MessageKey, Template>;
  /** The plural category of a count in this language. */
  plural(count: number): 'one' | 'other';
  /** A number as this language writes it. */
  number(n: number): string;
}

/**
 * One number formatter, made on first use: `toLocaleString` with options builds a new one per
 * call. British grouping ("25,700"), as the corpus' English-language reports write numbers.
 */
let englishNumbers: Intl.NumberFormat | null = null;

/** English: "1 day", "0 days", "2 days"; "25,700". */
export const ENGLISH: Catalogue = {
  templates: EN,
  plural: (n) => (n === 1 ? 'one' : 'other'),
  // Whole numbers under 1,000 need no grouping: written directly, they keep the formatter (and the
  // several milliseconds its first use costs) out of a page whose badges only say "1 day later".
  number: (n) => (Number.isInteger(n) && Math.abs(n) < 1_000 ? String(n) : (englishNumbers ??= new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 })).format(n)),
};

/** Parameters of a message: text as it is shown, or numbers, which the catalogue writes. */
export type Params = Readonly<Record<string, string | number>>;

/**
 * The message `key` with its parameters filled in. A number parameter is written the catalogue's
 * way; `count` also chooses the plural form. A parameter the template names but `params` lacks
 * is left as `{name}`, so a gap shows instead of vanishing.
 */
export function say(key: MessageKey, params: Params = {}, catalogue: Catalogue = ENGLISH): string {
  const t = catalogue.templates[key];
  const template = typeof t === 'string' ? t : t[catalogue.plural(Number(params.count ?? 0))];
  return template.replace(/\{([a-z-]+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : typeof v === 'number' ? catalogue.number(v) : v;
  });
}
