/**
 * Corpus packs (issue 15, point 5): how curated reports are shared, as one versioned JSON file.
 *
 *   { "format": "crosscheck-pack", "version": 1, "created": "2024-01-25T08:00:00.000Z",
 *     "meta": { "title", "description"?, "reports": <count>, "texts": <any report has text>, "generator" },
 *     "reports": [ <LibraryEntry, plus an optional "text">, ... ],
 *     "hash": "sha256-<64 hex digits>" }
 *
 * The hash is SHA-256 over the UTF-8 bytes of the pack's canonical form without its `hash` field
 * ({@link canonicalJson}: JSON.stringify with every object's keys sorted). A pack is only data:
 * what is read is checked field by field, and fields this version does not know are dropped (the
 * hash still covers them). Pure: runs in Node and in the browser.
 * Entry validation is passed in (`readEntry` of src/platform/library-schema.ts): the engine does
 * not import the platform.
 */
import type { LibraryEntry } from '../analysis/library-entry';
import { canonicalJson, sha256 } from './canonical-json';

/** The `format` of every pack. */
export const PACK_FORMAT = 'crosscheck-pack';
/** The pack version this code writes and the newest it reads. Bump it when the format changes. */
export const PACK_VERSION = 1;
/**
 * Largest pack read, in bytes of UTF-8: 200 MB. The issue's scale is a library of 10,000 entries:
 * 10,000 entries as dense as our 21-figure test page (tests/unit/library/page.ts, 9.3 KB of JSON
 * each; the seeds' are 2.6 to 7.7 KB) make an 89 MB pack, 137 MB with texts of 5,000 characters.
 * 200 MB holds that with room, and stays well under what a page can hold as one string (V8: about
 * 512 M characters) and parse.
 */
export const MAX_PACK_BYTES = 200 * 1024 * 1024;
/** Longest text a pack report may carry: the reader's cap on analysed text (DEFAULT_MAX_CHARS, src/article/read-article.ts; a test holds them equal). */
export const MAX_PACK_TEXT = 100_000;
/** Longest pack title and description, in characters: a headline's length, and a paragraph's. */
export const MAX_PACK_TITLE = 200;
export const MAX_PACK_DESCRIPTION = 2_000;

/** A report in a pack: a library entry, and optionally the article's full text. */
export type PackReport = LibraryEntry & { text?: string };

/** A pack's metadata. `reports` and `texts` are computed by {@link buildPack}. */
export interface PackMeta {
  title: string;
  description?: string;
  /** The number of reports. */
  reports: number;
  /** True when at least one report carries its text. */
  texts: boolean;
  /** What made the pack ("Crosscheck 0.1.0 corpus CLI"). */
  generator: string;
}

/** What a pack read gives: its metadata, when it was made, and its validated reports. */
export interface ReadPack {
  meta: PackMeta;
  created: string;
  reports: PackReport[];
}

/** Checks one report's entry fields (callers pass readEntry of src/platform/library-schema.ts). */
export type ValidateEntry = (x: unknown) => { ok: true; entry: LibraryEntry } | { ok: false; reason: string };

/** Why a pack was not read. */
export type PackErrorKind = 'too-large' | 'not-json' | 'not-a-pack' | 'future-version' | 'hash-mismatch' | 'invalid-report';

/** A pack that cannot be read: `message` is one sentence for the user; nothing of the pack is returned. */
export class PackError extends Error {
  override readonly name = 'PackError';
  constructor(
    readonly kind: PackErrorKind,
    message: string,
    /** For 'invalid-report': the 0-based index of the first bad report. */
    readonly report?: number,
  ) {
    super(message);
  }
}

/** Every field of a library entry, in the order packs write them (the type check fails when LibraryEntry gains one). */
const ENTRY_KEYS = ['v', 'url', 'title', 'publisher', 'date', 'dateInferred', 'lang', 'keptAt', 'sentences', 'figures', 'features'] as const;
const _allKeys: Record<keyof LibraryEntry, true> = Object.fromEntries(ENTRY_KEYS.map((k) => [k, true])) as Record<(typeof ENTRY_KEYS)[number], true>;
void _allKeys;

/** "sha256-<hex>" of the canonical form of a pack without its hash. */
export async function packHash(pack: Record<string, unknown>): Promise<string> {
  const { hash: _hash, ...rest } = pack;
  return sha256(canonicalJson(rest));
}

/** A report as packs write it: the entry's own fields only (whatever else the object carries stays out), and its text if any. */
function packReportOf(report: PackReport): PackReport {
  const out = Object.fromEntries(ENTRY_KEYS.map((k) => [k, report[k]])) as unknown as PackReport;
  if (typeof report.text === 'string') out.text = report.text;
  return out;
}

/** What a caller says about a pack it builds; the counts are computed. */
export interface PackMetaInput {
  title: string;
  description?: string;
  generator?: string;
}

/**
 * Builds a pack of these reports: JSON text, its envelope's fields in the documented order with the
 * hash last, everything inside them in canonical key order. `created` defaults to now.
 */
export async function buildPack(reports: readonly PackReport[], meta: PackMetaInput, created: Date = new Date()): Promise<string> {
  const packed = reports.map(packReportOf);
  const metaJson = canonicalJson({
    title: meta.title,
    ...(meta.description ? { description: meta.description } : {}),
    reports: packed.length,
    texts: packed.some((r) => r.text !== undefined),
    generator: meta.generator ?? 'Crosscheck',
  });
  // The reports are written in canonical key order, so a reader checks the hash without copying
  // them; and serialised once, for both the canonical form and the file (a test holds the two
  // equal to packHash's).
  const reportsJson = canonicalJson(packed);
  const createdJson = JSON.stringify(created.toISOString());
  const format = JSON.stringify(PACK_FORMAT);
  const hash = await sha256(`{"created":${createdJson},"format":${format},"meta":${metaJson},"reports":${reportsJson},"version":${PACK_VERSION}}`);
  return `{"format":${format},"version":${PACK_VERSION},"created":${createdJson},"meta":${metaJson},"reports":${reportsJson},"hash":"${hash}"}`;
}

/** UTF-16 code units encoded at a time by {@link utf8Length}. */
const COUNT_CHUNK = 1 << 16;

/**
 * UTF-8 length of a string, as TextEncoder writes it (a lone surrogate as U+FFFD, 3 bytes), counted
 * a chunk at a time into one small buffer: the whole text is never encoded at once. (TextEncoder's
 * encodeInto counts 90 MB in about 0.13 s here; a loop over char codes took 1.3 s.)
 */
export function utf8Length(text: string): number {
  const encoder = new TextEncoder();
  const buffer = new Uint8Array(3 * COUNT_CHUNK);
  let bytes = 0;
  for (let i = 0; i < text.length;) {
    let end = Math.min(text.length, i + COUNT_CHUNK);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--; // never split a surrogate pair
    bytes += encoder.encodeInto(text.slice(i, end), buffer).written;
    i = end;
  }
  return bytes;
}

/**
 * A size in KB or MB to a tenth, rounded with `round`: the size of a pack up (Math.ceil) and the
 * limit down (Math.floor), so a pack one byte over never reads as "200 MB, more than 200 MB".
 */
function sizeText(bytes: number, round: (x: number) => number): string {
  const [unit, scale] = bytes < 1024 * 1024 ? ['KB', 1024] : ['MB', 1024 * 1024];
  return `${(round((bytes / scale) * 10) / 10).toLocaleString('en')} ${unit}`;
}

/**
 * Throws 'too-large' when a pack of `bytes` bytes is past `maxBytes`. Callers that know a file's
 * size before reading it (File.size, fs.stat) call this first, and never load a huge file.
 */
export function checkPackSize(bytes: number, maxBytes = MAX_PACK_BYTES): void {
  if (bytes > maxBytes) {
    throw new PackError('too-large', `This pack is ${sizeText(bytes, Math.ceil)}, more than the ${sizeText(maxBytes, Math.floor)} Crosscheck reads.`);
  }
}

/** A file that does not parse but opens like a pack was cut off (a download stopped, a copy truncated). */
const PACK_OPENING = /^\s*\{\s*"format"\s*:\s*"crosscheck-pack"/;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const notAPack = (why: string): PackError => new PackError('not-a-pack', `This file is not a Crosscheck corpus pack: ${why}.`);

/** Parses the text, telling a cut-off pack (hash-mismatch: damaged) from a file that is not JSON at all. */
function parsePackJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    if (PACK_OPENING.test(text.slice(0, 200))) {
      throw new PackError('hash-mismatch', 'This pack is damaged: it ends before its content does, so it was cut off after it was made.');
    }
    throw new PackError('not-json', 'This file is not a corpus pack: it is not valid JSON.');
  }
}

/** The format, version and hash fields, checked before anything else is trusted. */
async function checkEnvelope(data: unknown): Promise<Record<string, unknown>> {
  if (!isRecord(data) || data.format !== PACK_FORMAT) throw notAPack(`it has no "format": "${PACK_FORMAT}"`);
  const { version } = data;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw notAPack('its version is not a whole number of at least 1');
  if (version > PACK_VERSION) {
    throw new PackError('future-version', `This pack was made by a newer Crosscheck (pack version ${version}; this one reads version ${PACK_VERSION}): update Crosscheck to read it.`);
  }
  if (typeof data.hash !== 'string' || !/^sha256-[0-9a-f]{64}$/.test(data.hash)) throw notAPack('it has no "sha256-…" hash');
  let actual: string;
  try {
    actual = await packHash(data);
  } catch {
    throw notAPack('it is nested too deeply to check'); // a stack overflow on a hostile file
  }
  if (actual !== data.hash) {
    throw new PackError('hash-mismatch', 'This pack is damaged: its content does not match its hash, so it was cut off or changed after it was made.');
  }
  return data;
}

/** The metadata, with only the fields this version knows. */
function readMeta(data: Record<string, unknown>): { meta: PackMeta; created: string } {
  const { meta, created } = data;
  if (typeof created !== 'string' || Number.isNaN(Date.parse(created))) throw notAPack('its "created" is not a date');
  if (!isRecord(meta)) throw notAPack('it has no "meta"');
  const { title, description, reports, texts, generator } = meta;
  if (typeof title !== 'string' || title.length > MAX_PACK_TITLE) throw notAPack(`its title is not text of at most ${MAX_PACK_TITLE} characters`);
  if (description !== undefined && (typeof description !== 'string' || description.length > MAX_PACK_DESCRIPTION)) {
    throw notAPack(`its description is not text of at most ${MAX_PACK_DESCRIPTION} characters`);
  }
  if (typeof reports !== 'number' || typeof texts !== 'boolean' || typeof generator !== 'string' || generator.length > MAX_PACK_TITLE) {
    throw notAPack('its "meta" lacks "reports", "texts" or "generator"');
  }
  if (!Array.isArray(data.reports) || data.reports.length !== reports) throw notAPack(`its metadata counts ${reports} reports but it holds ${Array.isArray(data.reports) ? data.reports.length : 'none'}`);
  return { meta: { title, ...(description !== undefined ? { description } : {}), reports, texts, generator }, created };
}

const invalid = (i: number, total: number, why: string): PackError =>
  new PackError('invalid-report', `Report ${i + 1} of ${total} in this pack is invalid (${why}), so nothing of the pack was read.`, i);

/** Every report, validated; the first bad one rejects the whole pack. */
function readReports(raw: readonly unknown[], validate: ValidateEntry): PackReport[] {
  const seen = new Map<string, number>();
  return raw.map((r, i) => {
    if (!isRecord(r)) throw invalid(i, raw.length, 'not an object');
    const { text, ...fields } = r;
    if (text !== undefined && (typeof text !== 'string' || text.length > MAX_PACK_TEXT)) throw invalid(i, raw.length, `text: not text of at most ${MAX_PACK_TEXT.toLocaleString('en')} characters`);
    const checked = validate(fields);
    if (!checked.ok) throw invalid(i, raw.length, checked.reason);
    const first = seen.get(checked.entry.url);
    if (first !== undefined) throw invalid(i, raw.length, `same URL as report ${first + 1}`);
    seen.set(checked.entry.url, i);
    return typeof text === 'string' ? { ...checked.entry, text } : checked.entry;
  });
}

/** Options of {@link readPack}. */
export interface ReadPackOptions {
  validate: ValidateEntry;
  /** Largest pack read, in UTF-8 bytes ({@link MAX_PACK_BYTES}). */
  maxBytes?: number;
}

/**
 * Reads a pack: all or nothing. Checks, in order, its size (before parsing), that it is JSON, that
 * it is a pack, its version, its hash, its metadata, then every report; throws a {@link PackError}
 * at the first failure.
 */
export async function readPack(text: string, { validate, maxBytes = MAX_PACK_BYTES }: ReadPackOptions): Promise<ReadPack> {
  // UTF-8 takes at least a byte per UTF-16 code unit, so a string longer than the limit is past it uncounted.
  checkPackSize(text.length > maxBytes ? text.length : utf8Length(text), maxBytes);
  const data = await checkEnvelope(parsePackJson(text));
  const { meta, created } = readMeta(data);
  return { meta, created, reports: readReports(data.reports as unknown[], validate) };
}
