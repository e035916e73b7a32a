/**
 * The measure and source vocabularies (measures.json, sources.json), typed and compiled once into
 * the regular expressions the extractor runs. The data files are the reviewed part; this module
 * only turns their cue phrases into patterns and finds them in a piece of text.
 */
import measuresData from './measures.json';
import sourcesData from './sources.json';

/** How a measure's value moves over time (see measures.json's $comment). */
export type MeasureKind = 'cumulative' | 'period' | 'level' | 'fixed';

/** Unit of a figure: a count, a share, or a length of time. */
export type FigureUnit = 'count' | 'percent' | 'hour' | 'day' | 'week' | 'month' | 'year' | 'money' | 'length' | 'ordinal';

/** One entry of the measure vocabulary. */
export interface MeasureDef {
  key: string;
  label: string;
  kind: MeasureKind;
  unit: FigureUnit;
  /** Entities it counts (null: none named); absent: any. */
  entities?: (string | null)[];
  /** Events it counts (null: none found); absent: any. */
  events?: (string | null)[];
  /** Time scopes it accepts (absent: any). */
  scopes?: string[];
  /** A place the sentence must name (a key of `places`). */
  place?: string;
  /** True when that place must stand right around the figure ("360 killed in the West Bank"), not anywhere in the sentence. */
  placeNear?: boolean;
  /** True when a local place next to the figure (a town, a camp) rules it out: a Gaza-wide measure. */
  notLocal?: boolean;
  /** Word stems the sentence must contain. */
  requires?: string[];
  /** Smallest plausible value (a population of 2.3 million, not a town's 88,000). */
  minValue?: number;
  /** Largest plausible value (the 7 October toll is about 1,200: 33,175 is another count). */
  maxValue?: number;
}

/** A time scope: a key, the words shown to a reader, and its cues. */
export interface ScopeDef {
  key: string;
  label: string;
  cues: string[];
  /** True for cues that say a running total without saying since when ('toll', 'so far'): a cue that says it, in the same clause, wins. */
  generic?: boolean;
  /** True for cues that say when a running total starts ('since late October'). */
  start?: boolean;
}

/** A cue found in a text: which key it stands for, where, and its rank (lower wins an overlap). */
export interface CueMatch {
  key: string;
  start: number;
  end: number;
  rank: number;
  text: string;
}

/** A compiled group of cues for one key. */
interface CompiledCue {
  key: string;
  rank: number;
  re: RegExp;
}

const ESCAPE = /[.*+?^${}()|[\]\\]/g;

/**
 * Turns a cue phrase into a regular-expression source. Plain phrases match on whole words,
 * case-insensitively; a space matches spaces or a hyphen ("cross border" = "cross-border"), a
 * hyphen may be absent or a space, and an apostrophe matches the typographic one too.
 */
export function cueSource(cue: string): string {
  if (cue.startsWith('re:')) return cue.slice(3);
  const body = cue
    .trim()
    .replace(ESCAPE, '\\$&')
    .replace(/\s+/g, '[\\s-]+')
    .replace(/-(?!\]|\+)/g, '[\\s-]?')
    .replace(/'/g, "['’]");
  return `(?<![A-Za-z0-9])${body}(?![A-Za-z0-9])`;
}

function compile(key: string, cues: readonly string[], rank: number): CompiledCue {
  return { key, rank, re: new RegExp(cues.map(cueSource).join('|'), 'gi') };
}

/** Finds every cue of `groups` in `text` (offsets shifted by `base`), overlaps resolved by rank. */
function findCues(groups: readonly CompiledCue[], text: string, base: number): CueMatch[] {
  const found: CueMatch[] = [];
  for (const g of groups) {
    g.re.lastIndex = 0;
    for (let m = g.re.exec(text); m !== null; m = g.re.exec(text)) {
      if (m[0].length === 0) { g.re.lastIndex++; continue; }
      found.push({ key: g.key, start: base + m.index, end: base + m.index + m[0].length, rank: g.rank, text: m[0] });
    }
  }
  return resolveOverlaps(found);
}

/**
 * Keeps, of overlapping cues, the best: lower rank first, then the longer. "since Oct. 7" (a
 * cumulative scope) beats the "Oct. 7" inside it; "single-day death toll" beats "death toll".
 */
export function resolveOverlaps(found: CueMatch[]): CueMatch[] {
  const sorted = [...found].sort((a, b) => a.rank - b.rank || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: CueMatch[] = [];
  for (const c of sorted) {
    if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** An entity of measures.json: the nouns that name it and what its counts may be. */
export interface EntityData { nouns: string[]; casualty?: boolean; claimants?: string[]; context?: string[]; generic?: boolean; events?: string[]; nearEvents?: string[]; readAs?: Record<string, string> }
/** What this module reads of measures.json (`$`-keys are reviewers' notes). */
export interface MeasuresFile {
  entities: Record<string, EntityData & { $comment?: string }>;
  events: Record<string, string[]>;
  scopes: ScopeDef[];
  places: Record<string, string[] | string>;
  ceasefire: string[];
  measures: MeasureDef[];
}
// JSON imports widen string literals ("kind": string), so one narrow cast: measures.json is
// validated against MeasuresSchema (src/build/data/measures.ts) at build time and in tests.
const M = measuresData as MeasuresFile;

/** The measures, in the order they are tried. */
export const MEASURES: readonly MeasureDef[] = M.measures;
const BY_KEY = new Map(MEASURES.map((m) => [m.key, m]));

/** The vocabulary entry of a measure key, or undefined. */
export function measureDef(key: string | null | undefined): MeasureDef | undefined {
  return key ? BY_KEY.get(key) : undefined;
}

/** The scope definitions, highest priority first. */
export const SCOPES: readonly ScopeDef[] = M.scopes;

const entityNames = Object.keys(M.entities).filter((k) => !k.startsWith('$'));
/** Entities whose nouns only count right after the number ("people", "others"). */
/** Entities whose counts are deaths and injuries: their events may come from the whole sentence. */
export const CASUALTY_ENTITIES: ReadonlySet<string> = new Set(entityNames.filter((k) => M.entities[k]?.casualty));

/** For each entity, the counters whose figures of it are a party's claims (Hamas on Israeli soldiers killed). */
export const ENTITY_CLAIMANTS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  entityNames.filter((k) => M.entities[k]?.claimants).map((k) => [k, new Set(M.entities[k]?.claimants ?? [])]),
);

export const GENERIC_ENTITIES: ReadonlySet<string> = new Set(entityNames.filter((k) => M.entities[k]?.generic));

/** For entities that are not casualties, the only events their counts take; absent: any. */
export const ENTITY_EVENTS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  entityNames.filter((k) => M.entities[k]?.events).map((k) => [k, new Set(M.entities[k]?.events ?? [])]),
);

/** For an entity with `events`, further events it takes only when said right after its count. */
export const ENTITY_NEAR_EVENTS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  entityNames.filter((k) => M.entities[k]?.nearEvents).map((k) => [k, new Set(M.entities[k]?.nearEvents ?? [])]),
);

/**
 * For an entity, events whose cue reads as another event when it counts that entity: the verb
 * that says where people shelter ("Rafah holds 1.4 million") says who holds hostages ("Hamas
 * holds 136 hostages").
 */
export const ENTITY_READ_AS: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map(
  entityNames.filter((k) => M.entities[k]?.readAs).map((k) => [k, new Map(Object.entries(M.entities[k]?.readAs ?? {}))]),
);

/** Longer nouns first: "hamas fighters" before "fighters". */
const byLength = (a: string, b: string): number => b.length - a.length;
const NOUNS = entityNames.map((k) => compile(k, [...(M.entities[k]?.nouns ?? [])].sort(byLength), 0));
const ENTITY_CONTEXT = entityNames
  .filter((k) => (M.entities[k]?.context ?? []).length > 0)
  .map((k) => compile(k, [...(M.entities[k]?.context ?? [])].sort(byLength), 0));
const EVENTS = Object.keys(M.events).map((k) => compile(k, [...(M.events[k] ?? [])].sort(byLength), 0));
const SCOPE_CUES = SCOPES.map((s, i) => compile(s.key, s.cues, i));
const PLACES = Object.entries(M.places)
  .filter(([k, v]) => !k.startsWith('$') && Array.isArray(v))
  .map(([k, v]) => compile(k, v as string[], 0));
const CEASEFIRE = [compile('ceasefire', M.ceasefire, 0)];

/** Entity nouns in `text` (the head-noun search). */
export const findNouns = (text: string, base = 0): CueMatch[] => findCues(NOUNS, text, base);
/** Entity context cues ("military death toll", "Palestinian"). */
export const findEntityContext = (text: string, base = 0): CueMatch[] => findCues(ENTITY_CONTEXT, text, base);
/** Event cues (killed, injured, held...). */
export const findEvents = (text: string, base = 0): CueMatch[] => findCues(EVENTS, text, base);
/** Time-scope cues, overlaps resolved by the scopes' priority. */
export const findScopes = (text: string, base = 0): CueMatch[] => findCues(SCOPE_CUES, text, base);
/** Place names (rafah, local places, gaza). */
export const findPlaces = (text: string, base = 0): CueMatch[] => findCues(PLACES, text, base);
/** Words for a ceasefire or pause. */
export const findCeasefire = (text: string, base = 0): CueMatch[] => findCues(CEASEFIRE, text, base);

/** The words shown for a scope key. */
export function scopeLabel(key: string): string {
  return SCOPES.find((s) => s.key === key)?.label ?? key;
}

/** What this module reads of sources.json. */
export interface SourcesFile { sources: { name: string; counter: string; cues: string[] }[]; unverified: string[] }
// sources.json is validated against SourcesSchema (src/build/data/sources.ts) at build time and in tests.
const S: SourcesFile = sourcesData;

/** Who keeps the count a source name relays ("Palestinian health officials" → gaza-authorities), or null. */
export function counterOf(source: string | null | undefined): string | null {
  if (!source) return null;
  const name = source.split(' (')[0] ?? source;
  return S.sources.find((s) => s.name === source || s.name === name)?.counter ?? null;
}
const SOURCE_CUES = S.sources.map((s) => compile(s.name, s.cues, 0));
const UNVERIFIED = [compile('unverified', S.unverified, 0)];
/** Source cues in `text`; of overlapping cues the longer wins. */
export const findSources = (text: string, base = 0): CueMatch[] => findCues(SOURCE_CUES, text, base);
/** Phrases in which a news agency says it could not verify a figure. */
export const findUnverified = (text: string, base = 0): CueMatch[] => findCues(UNVERIFIED, text, base);
