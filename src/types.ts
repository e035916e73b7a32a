import type { ReferenceCheck } from './reference/format';

/**
 * The plain data that flows through Crosscheck's engine. Every engine module takes and returns
 * these shapes, so the same code runs in Node (vitest, the `analyze` CLI) and in the extension.
 */

/** A dated part of a live blog: offsets into {@link Article.text}. */
export interface ArticleUpdate {
  date: string | null;
  start: number;
  end: number;
}

/** What the page reader found on a page. */
export interface Article {
  /** Headline, or null where none could be found. */
  title: string | null;
  /** Main text: paragraphs joined by blank lines. Figure offsets index into this string. */
  text: string;
  /** Publication date as YYYY-MM-DD, or null. */
  date: string | null;
  /** Publisher's name (og:site_name, JSON-LD publisher, or the host), or null. */
  publisher: string | null;
  /** Canonical URL, or null. */
  url: string | null;
  /** `og:type` or the JSON-LD @type, lower-cased, or null: tells an article from a home page. */
  pageType: string | null;
  /** The page's language (html lang), or null. */
  lang: string | null;
  /** True when the text was cut at the analysis cap. */
  truncated: boolean;
  /** Length of the text before any cap. */
  fullLength: number;
  /** Length of the analysed text, kept where the text itself is dropped (per-tab results). */
  readLength?: number;
  /** Live-blog updates, each with its own date; empty for ordinary articles. */
  updates: ArticleUpdate[];
}

/** Verdict of the topic detector. */
export interface TopicResult {
  /** An article whose main subject is the Israel–Hamas war in Gaza. */
  gaza: boolean;
  /** A news article, not a home page, list or product page. */
  isArticle: boolean;
  /** 0..1. */
  score: number;
  /** The lexicon terms that decided it, strongest first, as a reader would write them. */
  terms: string[];
  /** Why, in one sentence a reader understands. */
  reason: string;
}

/** One quantity found in a text. */
export interface Figure {
  /** The number (the lower end of a range). */
  value: number;
  /** Upper end of a range ("between 20 and 30"), else absent. */
  valueMax?: number;
  /** The figure's words as in the text ("25,490", "half a million"). */
  text: string;
  /** "at least", "more than", "about", "nearly", "up to"… or null. */
  qualifier: string | null;
  /** Key from the measure vocabulary (src/figures/measures.json), or null when unknown. */
  measure: string | null;
  /** Readable label of the measure, or null. */
  label: string | null;
  /** Who gives the figure ("Gaza health ministry", "Israeli military"…), or null. */
  source: string | null;
  /** Time scope in words ("since 7 October", "in the last 24 hours"), or null. */
  scope: string | null;
  /** Offsets of `text` into the analysed text: text.slice(start, end) === figure text. */
  start: number;
  end: number;
  /** Offsets of the sentence the figure stands in. */
  sentenceStart: number;
  sentenceEnd: number;
  /** The check against the official series of its measure (src/reference/), where one covers it. */
  reference?: ReferenceCheck;
  /** A part of a count said beside it ("21 of the 24", "9 of the soldiers", "including 9 in an ambush"): never compared with a whole. */
  part?: true;
  /** A party's claim ("Hamas claimed", the Qassam Brigades on Israeli losses): compared only with other claims. */
  claim?: true;
}

/** A corpus report, as parsed from seeds/ plus its metadata. */
export interface Report {
  id: string;
  title: string;
  /** True when the title was derived from the text (the seed had no title line). */
  titleDerived: boolean;
  publisher: string;
  date: string;
  url: string;
  text: string;
}

/** A report as bundled: text plus what the engine precomputed at build time. */
export interface CompiledReport extends Report {
  figures: Figure[];
  /** Topic lexicon terms found in the report (canonical names). */
  terms: string[];
}

/** A corpus report related to a page. */
export interface RelatedReport {
  id: string;
  title: string;
  publisher: string;
  date: string;
  url: string;
  /** 0..1. */
  score: number;
  /** The same event, not only the same war. */
  sameStory: boolean;
  /** Why, in words a reader understands. */
  reasons: string[];
  /**
   * Set when the report is an article from the reader's library (not a bundled report): when it
   * was kept (ms since 1970), shown as "you read, 23 Jan"; its link opens `url`, the original.
   */
  keptAt?: number;
}

export type DifferenceKind = 'agrees' | 'update' | 'conflict';

/** One report's figure for a measure the page also gives. */
export interface OtherFigure {
  report: string;
  publisher: string;
  value: number;
  text: string;
  qualifier: string | null;
  date: string | null;
  source: string | null;
  sentence: string;
  /** The report's title, when it is an article from the reader's library (the card names it). */
  title?: string;
  /** Set for an article from the reader's library: when it was kept (ms since 1970). */
  keptAt?: number;
}

/** A page figure aligned with the corpus reports that give the same measure. */
export interface Alignment {
  measure: string;
  label: string;
  page: { value: number; text: string; qualifier: string | null; source: string | null; date: string | null; start: number; end: number; sentence: string };
  others: OtherFigure[];
  /**
   * When some reports differ (kind update or conflict), the reports that give the same figure;
   * `others` then lists only the differing ones. Absent otherwise.
   */
  agreeing?: OtherFigure[];
  /** agrees: every report gives the same value; update: a later (or earlier) count of a growing total; conflict: otherwise. */
  kind: DifferenceKind;
  /** For updates: later value minus earlier value, and the days between. */
  change?: number;
  days?: number;
  /** One line a reader understands ("25,700 on 24 Jan (ARN) is 210 more, 0 days later"). */
  explanation: string;
}
