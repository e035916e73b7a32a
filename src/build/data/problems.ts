/**
 * Problems found in a data file, and their one-line messages: the file, the entry (a measure id,
 * a lexicon term, a site host, a report id) and the field, so a reviewer can go straight to the
 * line. Valibot issues are turned into the same form as the checks written by hand.
 */
import type { BaseIssue } from 'valibot';

/** One problem in one data file. */
export interface Problem {
  /** The file, from the repository root (`src/figures/measures.json`). */
  file: string;
  /** The entry, as a reader names it (`measure "killed"`), or null for the file as a whole. */
  entry: string | null;
  /** The field within the entry (`grows`, `cues[3]`), or null for the entry as a whole. */
  field: string | null;
  /** What is wrong (`expected boolean, got "yes"`). */
  message: string;
}

/** The one-line form: `src/figures/measures.json: measure "killed": field "grows": expected boolean, got "yes"`. */
export function problemText(p: Problem): string {
  return [p.file, p.entry, p.field === null ? null : `field "${p.field}"`, p.message].filter((s) => s !== null).join(': ');
}

/**
 * How the entries of a file's collections are named: the collection's key (`measures`) to the
 * noun of one entry (`measure`). An array item is named by its `key`, `name` or `id` field, else its
 * own value when it is a string (a site host), else its index; a record entry by its key.
 */
export type EntryNouns = Readonly<Record<string, string>>;

type PathItem = { key: unknown; value: unknown };

function fieldPath(items: readonly PathItem[]): string | null {
  if (items.length === 0) return null;
  return items.map((p, i) => (typeof p.key === 'number' ? `[${p.key}]` : `${i === 0 ? '' : '.'}${String(p.key)}`)).join('');
}

function entryName(item: PathItem): string {
  const v = item.value;
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    const named = (v as Record<string, unknown>).key ?? (v as Record<string, unknown>).name ?? (v as Record<string, unknown>).id;
    if (typeof named === 'string') return `"${named}"`;
  }
  if (typeof item.key === 'string') return `"${item.key}"`;
  if (typeof v === 'string') return `"${v}"`;
  if (Array.isArray(v) && typeof v[0] === 'string') return `"${v[0]}"`;
  return `#${String(item.key)}`;
}

/**
 * Locates a path in a file: the entry is the item under the first collection named in `nouns`;
 * the field is the rest of the path (or, for a string item such as a host, the collection).
 */
export function locate(path: readonly PathItem[], nouns: EntryNouns): { entry: string | null; field: string | null } {
  for (let i = 0; i + 1 < path.length; i++) {
    const noun = nouns[String(path[i]?.key)];
    const item = path[i + 1];
    if (noun === undefined || item === undefined) continue;
    const rest = path.slice(i + 2);
    const field = rest.length > 0 ? fieldPath(rest) : typeof item.value === 'object' && item.value !== null ? null : fieldPath(path.slice(0, i + 2));
    return { entry: `${noun} ${entryName(item)}`, field };
  }
  return { entry: null, field: fieldPath(path) };
}

/** A valibot issue as a {@link Problem}: type errors read `expected X, got Y`, others keep the schema's message. */
export function issueProblem(file: string, issue: BaseIssue<unknown>, nouns: EntryNouns): Problem {
  const path = (issue.path ?? []) as readonly PathItem[];
  const where = locate(path, nouns);
  let message = issue.message;
  if (issue.kind === 'schema') {
    if (issue.expected === 'never') message = 'unknown field';
    else if (issue.received === 'undefined') message = 'missing';
    else message = `expected ${issue.expected}, got ${issue.received}`;
  }
  return { file, ...where, message };
}
