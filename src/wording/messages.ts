/**
 * Every sentence Crosscheck builds from parts, as templates with named parameters (`{count}`,
 * `{publisher}`); a message that depends on a count has one form per plural category of the
 * language. The messages themselves live in the browser's own catalogues,
 * `public/_locales/<lang>/messages.json`, one per interface language with the same keys (a key's
 * dots and hyphens become underscores there, and a counted message's forms are `<name>__<category>`).
 * The engine's messages are also written here in English ({@link EN}): the engine runs in Node
 * (the CLI, the tests) where there is no browser catalogue, and the English messages.json must
 * agree with them (tests/unit/wording/locales.test.ts). The extension's pages and content script
 * read the browser's catalogue through src/platform/i18n.ts.
 *
 * Owns the active catalogue: English until {@link setCatalogue} installs the interface's.
 * Pure: no DOM, no browser, no `Intl.PluralRules` (each locale brings its own plural rule, see
 * locale.ts: loading Intl's would cost every news page a few milliseconds in the content script).
 */
import type EnglishMessages from '../../public/_locales/en/messages.json';
import { directionOf, FORMAT_LOCALE, PLURAL_RULES, type Locale, type PluralCategory } from './locale';

/** A template, or one template per plural category of the `count` parameter. */
export type Template = string | ({ other: string } & Partial<Record<PluralCategory, string>>);

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
  // A figure with its hedge ("at least 25,490"): the engine's qualifiers (src/figures/qualifiers.ts).
  'qualifier.at-least': 'at least {figure}',
  'qualifier.more-than': 'more than {figure}',
  'qualifier.about': 'about {figure}',
  'qualifier.nearly': 'nearly {figure}',
  'qualifier.up-to': 'up to {figure}',
  'qualifier.less-than': 'less than {figure}',
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
  // A series' publisher as a badge names it in passing: the common noun its name ends with.
  'ref.short.ministry': 'ministry',
  'ref.short.office': 'office',
  'ref.short.military': 'military',
  'ref.short.series': 'series',
  'ref.publisher.unknown': 'official series',
  'ref.source': 'Series: {publisher}, from {dataset} ({licence}).',
  'ref.name': 'Crosscheck, official count, {verdict}: {measure}. This page: {figure}. {line}',
  // The card's reports: those that give one value, grouped.
  'card.group': '{value} in {reports}:',
  'card.kind': '{kind} ({change})',
  'card.page': 'This page: {figure}',
  'card.inferred': 'date inferred',
  'popup.date.inferred': '{date} (no date on the page: inferred from the bulletin its toll equals)',
  // Lists: "A, B and C" ({list} grows by 'list.item', the last joins by 'list.last').
  'list.item': '{list}, {item}',
  'list.last': '{list} and {item}',
  // Why a page is or is not about the Gaza war (src/topic/detect-topic.ts): {terms} is a list of
  // the lexicon's names, {term} one of them, {label} a competing topic's name.
  'topic.failed': 'The page could not be analysed.',
  'topic.none': 'Nothing in it is about the Gaza war.',
  'topic.no-core': 'It names {terms} but no place or party of the Gaza war such as Gaza or Hamas.',
  'topic.other-sense': '"Gaza" here is {label}, not the war ({terms}).',
  'topic.other-topic': 'It is mainly about {label} ({terms}), not the Gaza war.',
  'topic.passing': 'It mentions {term} only in passing ({mentions} in {words}, {where}).',
  'topic.no-context': 'It names {terms} but no party or event of the war (Israel, Hamas, hostages, a ceasefire).',
  'topic.too-little': 'It says too little about the Gaza war to be about it ({terms}).',
  'topic.about': 'About the Gaza war: it names {terms}, with {term} {where}.',
  'topic.where.headline': 'in the headline',
  'topic.where.opening': 'in the opening',
  'topic.where.not-headline': 'not in the headline',
  'topic.where.not-opening': 'not in the headline or opening',
  'topic.mentions': { one: '{count} time', other: '{count} times' },
  'topic.words': { one: '{count} word', other: '{count} words' },
  'topic.not-article': 'Not a news article ({why}). {reason}',
  // Whether a page is a news article at all (src/topic/page-kind.ts).
  'topic.kind.declared': 'the page declares itself "{type}"',
  'topic.kind.empty-article': 'it declares itself an article but has almost no text',
  'topic.kind.little-prose': 'it has too little running prose',
  'topic.kind.short-lines': 'it is mostly short lines, like a list or home page',
  'topic.kind.prose': 'it is mostly running prose',
  // Why two figures of one measure differ as they do (src/compare/classify-difference.ts); {days}
  // is a count of days ('count.day'), {page} and {report} the two counters' names.
  'reason.same': 'same figure',
  'reason.counters': 'different counters ({page} and {report})',
  'reason.fixed': 'a count that should not change',
  'reason.days-apart': 'counts of different days, {days} apart',
  'reason.periods-apart': 'counts of different periods, {days} apart',
  'reason.same-day': 'different counts on the same day',
  'reason.undated': "probably another day's count (the page gives no date)",
  'reason.smaller-later': 'the total is smaller on the later date',
  'reason.growing': 'a later count of a growing total',
  // Why a report is related to the page (src/corpus/score-related.ts), besides the names both give:
  // a figure both give ({measure} is its label), two close figures, and the days between them.
  'related.figure': '{figure} ({measure})',
  'related.figure-close': '{page} → {report}',
  'related.same-day': 'same day',
  'related.days-apart': { one: '{count} day apart', other: '{count} days apart' },
  // A report that has no publisher's name, where a sentence names it.
  'explain.another-report': 'another report',
} as const satisfies Record<string, Template>;

/** A key of the engine's messages. */
export type EngineKey = keyof typeof EN;

/** A message name of messages.json without its plural suffix. */
type BaseName<K> = K extends `${infer B}__${PluralCategory}` ? B : K;

/** A key of the interface's own messages, as named in messages.json (`popup_options`). */
export type UiKey = BaseName<keyof typeof EnglishMessages & string>;

/** A message key: an engine key (`count.day`) or a messages.json name (`popup_options`). */
export type MessageKey = EngineKey | UiKey;

/** A catalogue: its locale, its messages by name, and how its language counts and writes numbers. */
export interface Catalogue {
  locale: Locale;
  /** The message called `name` in messages.json (`count_day__one`); '' when there is none. */
  text(name: string): string;
  /** The plural category of a count in this language. */
  plural(count: number): PluralCategory;
  /** A number as this language writes it. */
  number(n: number): string;
}

/** A key's name in messages.json: `ref.label.on-date` → `ref_label_on_date`. */
export const messageName = (key: string): string => key.replace(/[.-]/g, '_');

/** The messages.json entries of a set of templates: `{ count_day__one: '{count} day', … }`. */
export function flattenTemplates(templates: Readonly<Record<string, Template>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, t] of Object.entries(templates)) {
    if (typeof t === 'string') out[messageName(key)] = t;
    else for (const [category, text] of Object.entries(t)) out[`${messageName(key)}__${category}`] = text;
  }
  return out;
}

/**
 * One number formatter, made on first use: `toLocaleString` with options builds a new one per
 * call. British grouping ("25,700"), as the corpus' English-language reports write numbers.
 */
let englishNumbers: Intl.NumberFormat | null = null;
let englishTexts: Record<string, string> | null = null;

/** English, from {@link EN}: "1 day", "0 days", "2 days"; "25,700". */
export const ENGLISH: Catalogue = {
  locale: 'en',
  text: (name) => (englishTexts ??= flattenTemplates(EN))[name] ?? '',
  plural: PLURAL_RULES.en,
  // Whole numbers under 1,000 need no grouping: written directly, they keep the formatter (and the
  // several milliseconds its first use costs) out of a page whose badges only say "1 day later".
  number: (n) => (Number.isInteger(n) && Math.abs(n) < 1_000 ? String(n) : (englishNumbers ??= new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 })).format(n)),
};

/**
 * The catalogue of `locale` whose messages `text` gives (the browser's i18n, or a messages.json
 * read in a test). English numbers keep {@link ENGLISH}'s fast path; other locales make their
 * formatter on first use.
 */
export function catalogueOf(locale: Locale, text: (name: string) => string): Catalogue {
  let numbers: Intl.NumberFormat | null = null;
  // Each message read once: a page's badges say the same few dozen messages over and over, and
  // every read of the browser's catalogue is an extension API call (7 ms a page in Chromium
  // before this cache, npm run bench's A/B: analysed → badges 6.9 → 13.1 ms).
  const read = new Map<string, string>();
  return {
    locale,
    text: (name) => {
      let t = read.get(name);
      if (t === undefined) read.set(name, (t = text(name)));
      return t;
    },
    plural: PLURAL_RULES[locale],
    number: locale === 'en' ? ENGLISH.number : (n) => (numbers ??= new Intl.NumberFormat(FORMAT_LOCALE[locale], { maximumFractionDigits: 2 })).format(n),
  };
}

let active: Catalogue = ENGLISH;

/** Makes `c` the catalogue every message and format uses from now on (the interface's language). */
export function setCatalogue(c: Catalogue): void {
  active = c;
}

/** The catalogue in use. */
export function activeCatalogue(): Catalogue {
  return active;
}

/** Parameters of a message: text as it is shown, or numbers, which the catalogue writes. */
export type Params = Readonly<Record<string, string | number>>;

/** The template of `key` in `c` for these parameters ('' when it has none): a `count` picks the plural form. */
function templateOf(key: string, params: Params, c: Catalogue): string {
  const name = messageName(key);
  if (params.count === undefined) return c.text(name);
  return c.text(`${name}__${c.plural(Math.abs(Number(params.count)))}`) || c.text(`${name}__other`);
}

/**
 * The message `key` with its parameters filled in. A number parameter is written the catalogue's
 * way; `count` also chooses the plural form (a message is counted exactly when it takes a
 * `count`). A parameter the template names but `params` lacks is left as `{name}`, so a gap shows
 * instead of vanishing; a message the catalogue lacks is said in English, else as its key.
 * In a right-to-left language, a text parameter written in a left-to-right script only (a
 * place's, a publisher's or an article's name from a page or a report: "Khan Younis", "Reuters")
 * is isolated (U+2068 … U+2069), so its Latin run cannot reorder the Arabic or Hebrew words
 * around it; English and the other languages are said as written.
 */
export function say(key: MessageKey, params: Params = {}, catalogue: Catalogue = active): string {
  return sayIn(key, params, catalogue, ENGLISH);
}

/** {@link say} with another English catalogue to fall back on (the background's messages). */
export function sayFrom(key: string, params: Params, english: Catalogue, catalogue: Catalogue = active): string {
  return sayIn(key, params, catalogue, english);
}

/** First strong left-to-right letter, and any right-to-left one (Hebrew, Arabic and their presentation forms). */
const LTR_LETTER = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/;
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/** `text` isolated for a right-to-left sentence when it holds left-to-right letters and no right-to-left ones. */
export function isolate(text: string): string {
  return LTR_LETTER.test(text) && !RTL_LETTER.test(text) && !text.startsWith('\u2068') ? `\u2068${text}\u2069` : text;
}

function sayIn(key: string, params: Params, catalogue: Catalogue, english: Catalogue): string {
  const template = templateOf(key, params, catalogue) || (catalogue === english ? '' : templateOf(key, params, english)) || key;
  const rtl = directionOf(catalogue.locale) === 'rtl';
  return template.replace(/\{([a-z-]+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : typeof v === 'number' ? catalogue.number(v) : rtl ? isolate(v) : v;
  });
}
