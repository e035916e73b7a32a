/**
 * src/figures/measures.json: the measure vocabulary read by src/figures/vocabulary.ts. Beyond
 * shape: measure keys are unique, every entity, event, scope and place a measure names exists,
 * every `re:` cue compiles, and no cue is claimed by two entities or two events.
 */
import * as v from 'valibot';
import type { FigureUnit, MeasureKind, MeasuresFile } from '../../figures/vocabulary';
import { claimedTwice, Comment, CueList, ordered, sortedRecord, sortedSet, StringSet, Text, unknownRefs } from './common';
import type { Assignable, DataFileSpec } from './data-file';
import type { Problem } from './problems';

const FILE = 'src/figures/measures.json';
const KINDS = ['cumulative', 'period', 'level', 'fixed'] as const;
const UNITS = ['count', 'percent', 'hour', 'day', 'week', 'month', 'year', 'money', 'length', 'ordinal'] as const;
/** The event key of the `ceasefire` cue list (vocabulary.ts `findCeasefire`), which measures may name. */
const CEASEFIRE_EVENT = 'ceasefire';

const Entity = v.strictObject({
  $comment: Comment,
  generic: v.optional(v.boolean()),
  casualty: v.optional(v.boolean()),
  nouns: CueList,
  context: v.optional(CueList),
  events: v.optional(StringSet),
  $nearEvents: Comment,
  nearEvents: v.optional(StringSet),
  $readAs: Comment,
  readAs: v.optional(v.record(Text, Text)),
  $claimants: Comment,
  claimants: v.optional(StringSet),
});

const Scope = v.strictObject({ key: Text, label: Text, $generic: Comment, generic: v.optional(v.boolean()), start: v.optional(v.boolean()), cues: CueList });

const Measure = v.pipe(
  v.strictObject({
    key: Text,
    label: Text,
    kind: v.picklist(KINDS),
    unit: v.picklist(UNITS),
    entities: v.optional(v.pipe(v.array(v.nullable(Text)), v.checkItems((c, i, all) => all.indexOf(c) === i, 'listed twice'))),
    events: v.optional(v.pipe(v.array(v.nullable(Text)), v.checkItems((c, i, all) => all.indexOf(c) === i, 'listed twice'))),
    scopes: v.optional(StringSet),
    $comment: Comment,
    place: v.optional(Text),
    placeNear: v.optional(v.boolean()),
    notLocal: v.optional(v.boolean()),
    requires: v.optional(StringSet),
    minValue: v.optional(v.number()),
    maxValue: v.optional(v.number()),
  }),
  v.forward(v.check((m) => m.minValue === undefined || m.maxValue === undefined || m.minValue < m.maxValue, 'must be above minValue'), ['maxValue']),
);

/** The schema of measures.json. */
export const MeasuresSchema = v.strictObject({
  $comment: Comment,
  $entities: Comment,
  entities: v.record(Text, Entity),
  events: v.record(Text, CueList),
  scopes: v.array(Scope),
  places: v.objectWithRest({ $comment: Comment }, CueList),
  ceasefire: CueList,
  measures: v.array(Measure),
});

/** The file as the schema describes it. */
export type MeasuresData = v.InferOutput<typeof MeasuresSchema>;
type _Reads = Assignable<MeasuresData, MeasuresFile>;
type _Kinds = Assignable<MeasureKind, (typeof KINDS)[number]>;
type _Units = Assignable<FigureUnit, (typeof UNITS)[number]>;

const names = (rec: object): string[] => Object.keys(rec).filter((k) => !k.startsWith('$'));

function check(m: MeasuresData): Problem[] {
  const entities = new Set<string | null>([...names(m.entities), null]);
  const eventKeys = new Set<string | null>(Object.keys(m.events));
  const events = new Set<string | null>([...eventKeys, CEASEFIRE_EVENT, null]);
  const scopes = new Set<string | null>(m.scopes.map((s) => s.key));
  const places = new Set<string | null>(names(m.places));
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const d of m.measures) {
    const entry = `measure "${d.key}"`;
    if (seen.has(d.key)) problems.push({ file: FILE, entry, field: 'key', message: 'duplicate measure key' });
    seen.add(d.key);
    problems.push(
      ...unknownRefs(FILE, entry, 'entities', d.entities ?? [], entities, 'entity'),
      ...unknownRefs(FILE, entry, 'events', d.events ?? [], events, 'event'),
      ...unknownRefs(FILE, entry, 'scopes', d.scopes ?? [], scopes, 'scope'),
      ...unknownRefs(FILE, entry, 'place', d.place === undefined ? [] : [d.place], places, 'place'),
    );
  }
  for (const k of names(m.entities)) {
    const e = m.entities[k];
    const entry = `entity "${k}"`;
    problems.push(
      ...unknownRefs(FILE, entry, 'events', e?.events ?? [], eventKeys, 'event'),
      ...unknownRefs(FILE, entry, 'nearEvents', e?.nearEvents ?? [], eventKeys, 'event'),
      ...unknownRefs(FILE, entry, 'readAs', Object.entries(e?.readAs ?? {}).flat(), eventKeys, 'event'),
    );
  }
  const ents = names(m.entities).map((k) => ({ entry: `entity "${k}"`, values: m.entities[k]?.nouns ?? [] }));
  const evs = Object.entries(m.events).map(([k, cues]) => ({ entry: `event "${k}"`, values: cues }));
  return [...problems, ...claimedTwice(FILE, 'nouns', ents), ...claimedTwice(FILE, 'cues', evs)];
}

const ENTITY_ORDER = ['$comment', 'generic', 'nouns', 'context', 'events', '$nearEvents', 'nearEvents', '$readAs', 'readAs'];
const MEASURE_ORDER = ['key', 'label', 'kind', 'unit', 'entities', 'events', 'scopes', 'place', 'notLocal', 'requires', 'minValue', 'maxValue'];

/**
 * Canonical form. Kept in file order: measures (the first whose conditions hold wins), scopes
 * (a scope's position is its rank), every cue list (one alternation: the first cue that matches
 * wins), and the entities, events and places maps (their order breaks ties between equal cues).
 * Sorted: the sets a measure or an entity lists (entities, events, scopes, requires, readAs).
 */
function canonical(m: MeasuresData): MeasuresData {
  const entities = Object.fromEntries(Object.entries(m.entities).map(([k, e]) => [k, ordered({
    ...e,
    events: e.events && sortedSet(e.events),
    nearEvents: e.nearEvents && sortedSet(e.nearEvents),
    readAs: e.readAs && sortedRecord(e.readAs),
  }, ENTITY_ORDER)]));
  const measures = m.measures.map((d) => ordered({
    ...d,
    entities: d.entities && sortedSet(d.entities),
    events: d.events && sortedSet(d.events),
    scopes: d.scopes && sortedSet(d.scopes),
    requires: d.requires && sortedSet(d.requires),
  }, MEASURE_ORDER));
  return ordered({ ...m, entities, measures } as MeasuresData, ['$comment', '$entities', 'entities', 'events', 'scopes', 'places', 'ceasefire', 'measures']);
}

/** measures.json: schema, checks, canonical form. */
export const MEASURES: DataFileSpec<MeasuresData> = {
  path: FILE,
  schema: MeasuresSchema,
  nouns: { entities: 'entity', events: 'event', scopes: 'scope', places: 'place', ceasefire: 'ceasefire cue', measures: 'measure' },
  check,
  canonical,
};
