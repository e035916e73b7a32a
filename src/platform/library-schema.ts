/**
 * The reader's library as stored: the valibot schema every entry is checked against when it is
 * read or imported, and the steps that upgrade an entry of an older schema version. The entry's
 * shape and meaning are in src/analysis/library-entry.ts; this file must agree with it (the type
 * checks below fail to compile when they drift apart).
 */
import * as v from 'valibot';
import type { LibraryEntry } from '../analysis/library-entry';

/** The entry schema version this code writes (LIBRARY_ENTRY_VERSION in src/analysis/library-entry.ts; a test holds them equal). */
export const ENTRY_VERSION = 1;

/** Longest string field kept, in characters: far above any title, sentence or feature, it bounds a tampered record. */
const MAX_STRING = 5_000;
const text = v.pipe(v.string(), v.maxLength(MAX_STRING));
const date = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

const figureSchema = v.object({
  value: v.pipe(v.number(), v.finite()),
  valueMax: v.optional(v.pipe(v.number(), v.finite())),
  text,
  qualifier: v.nullable(text),
  measure: text,
  label: v.nullable(text),
  source: v.nullable(text),
  scope: v.nullable(text),
  sentence: count,
  at: count,
  part: v.optional(v.literal(true)),
  claim: v.optional(v.literal(true)),
});

/** A stored entry (its version is checked against the current one by {@link readEntry}). */
export const entrySchema = v.pipe(
  v.object({
    v: v.pipe(v.number(), v.integer(), v.minValue(1)),
    url: v.pipe(text, v.url()),
    title: v.nullable(text),
    publisher: v.nullable(text),
    date: v.nullable(date),
    dateInferred: v.boolean(),
    lang: v.nullable(text),
    keptAt: v.pipe(v.number(), v.finite()),
    sentences: v.array(text),
    figures: v.array(figureSchema),
    features: v.array(v.tuple([text, text, count])),
  }),
  v.check((e) => e.figures.every((f) => f.sentence < e.sentences.length), 'a figure points past the sentences'),
);

type Stored = v.InferOutput<typeof entrySchema>;
// Compile-time agreement of the schema and the entry type, both ways.
const _toEntry = (s: Stored): LibraryEntry => s;
const _toStored = (e: LibraryEntry): Stored => e;
void _toEntry;
void _toStored;

/**
 * Upgrades of a stored entry, by the version they upgrade from: `ENTRY_UPGRADES[1]` would turn a
 * version-1 entry into version 2. Version 1 is the first, so there is none yet. Each step takes
 * and returns plain stored data; the result is validated against {@link entrySchema} afterwards.
 */
export const ENTRY_UPGRADES: Readonly<Record<number, (old: Record<string, unknown>) => Record<string, unknown>>> = {};

/** The outcome of reading one stored record. */
export type ReadResult = { ok: true; entry: LibraryEntry } | { ok: false; reason: string };

/**
 * Reads a stored record: upgrades it from an older version, then validates it. A record of a newer
 * version (written by a later Crosscheck, then the extension was downgraded) is not readable here
 * and is reported, never changed. Never throws.
 */
export function readEntry(raw: unknown, upgrades = ENTRY_UPGRADES, current = ENTRY_VERSION): ReadResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, reason: 'not an object' };
  let record = raw as Record<string, unknown>;
  if (typeof record.v !== 'number' || !Number.isInteger(record.v) || record.v < 1) return { ok: false, reason: 'no schema version' };
  if (record.v > current) return { ok: false, reason: `written by a newer version of Crosscheck (schema ${record.v})` };
  try {
    while ((record.v as number) < current) {
      const step = upgrades[record.v as number];
      if (!step) return { ok: false, reason: `no upgrade from schema ${String(record.v)}` };
      record = step(record);
    }
    if (record.v !== current) return { ok: false, reason: `upgrade ended at schema ${String(record.v)}, not ${current}` };
  } catch (e) {
    return { ok: false, reason: `upgrade failed: ${e instanceof Error ? e.message : String(e)}` };
  }
  const parsed = v.safeParse(entrySchema, record);
  if (parsed.success) return { ok: true, entry: parsed.output as LibraryEntry };
  const issue = parsed.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return { ok: false, reason: `${path ? `${path}: ` : ''}${issue.message}` };
}
