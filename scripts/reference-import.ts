/**
 * `npm run reference:import -- [--dir DIR] FILE...`: replaces the vendored reference datasets
 * (data/reference/, or DIR) with newer downloads of the same files, only when all are valid.
 * Prints what changed; on a bad file prints its problems (file, row, field) and exits with 1,
 * leaving the vendored copies untouched. See src/build/reference/import-reference.ts.
 */
import { problemText } from '../src/build/data/problems';
import { ReferenceDataError } from '../src/build/reference/compile-reference';
import { importReference } from '../src/build/reference/import-reference';

const args = process.argv.slice(2);
const dirAt = args.indexOf('--dir');
const dir = dirAt >= 0 ? args[dirAt + 1] : undefined;
const files = dirAt >= 0 ? args.filter((_, i) => i !== dirAt && i !== dirAt + 1) : args;

try {
  const result = importReference(files, dir === undefined ? {} : { dir });
  for (const line of result.report) console.log(line);
  if (!result.ok) {
    console.error(`reference:import: nothing was replaced.\n${result.problems.map((p) => `  ${problemText(p)}`).join('\n')}`);
    process.exitCode = 1;
  }
} catch (err) {
  console.error(err instanceof ReferenceDataError ? err.message : `reference:import: ${(err as Error).message}`);
  process.exitCode = 1;
}
