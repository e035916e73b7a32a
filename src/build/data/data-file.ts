/**
 * What the build knows about one data file: where it is, its schema, the checks beyond shape, and
 * its canonical form. Each data file has one {@link DataFileSpec}, in a module named for the file.
 */
import * as v from 'valibot';
import { issueProblem, type EntryNouns, type Problem } from './problems';

/** What a file's checks may read of the others: their validated contents, and the seed texts. */
export interface DataContext {
  /** Validated contents by path; a file that failed its schema is absent. */
  parsed: ReadonlyMap<string, unknown>;
  /** File names of seeds/*.txt. */
  seedNames: readonly string[];
}

/** One data file: schema, checks and canonical form. */
export interface DataFileSpec<T> {
  /** Path from the repository root. */
  path: string;
  /** The shape of the file, with the checks that concern one value at a time. */
  schema: v.GenericSchema<unknown, T>;
  /** How its entries are named in messages (see {@link EntryNouns}). */
  nouns: EntryNouns;
  /** Checks across entries and files (unique ids, references), on a value that passed the schema. */
  check(value: T, ctx: DataContext): Problem[];
  /**
   * The file's canonical form: the same data with keys in the declared order and set-like lists
   * sorted. Lists whose order the code reads (first match wins, rank by position) keep their order.
   */
  canonical(value: T): T;
}

/** The result of validating one file. */
export type Validated<T> = { ok: true; value: T; problems: [] } | { ok: false; problems: Problem[] };

/** Validates a file's contents against its schema, then (when the shape holds) its checks. */
export function validateValue<T>(spec: DataFileSpec<T>, input: unknown, ctx: DataContext): Validated<T> {
  const result = v.safeParse(spec.schema, input, { abortEarly: false, abortPipeEarly: true });
  if (!result.success) return { ok: false, problems: result.issues.map((i) => issueProblem(spec.path, i, spec.nouns)) };
  const problems = spec.check(result.output, ctx);
  return problems.length === 0 ? { ok: true, value: result.output, problems: [] } : { ok: false, problems };
}

/** Compile-time check that `A` (a schema's output) can be used where the code expects `B`. */
export type Assignable<A extends B, B> = A;
