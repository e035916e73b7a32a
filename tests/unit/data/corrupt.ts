/** Test helper: validates the data files with one of them replaced by a corrupted copy of itself. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateAll } from '../../../src/build/data/data-files';
import { problemText } from '../../../src/build/data/problems';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** A data file's parsed contents, read fresh (tests may mutate it). */
export function readData(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`${ROOT}${path}`, 'utf8')) as Record<string, unknown>;
}

/** The problem lines when `path` is replaced by the result of `corrupt` applied to a copy of it. */
export function problemsWhen(path: string, corrupt: (data: any) => void): string[] { // eslint-disable-line @typescript-eslint/no-explicit-any -- tests reach into arbitrary JSON
  const data = readData(path);
  corrupt(data);
  return validateAll(ROOT, new Map([[path, JSON.stringify(data)]])).problems.map(problemText);
}
