/**
 * `npm run data:format`: rewrites every data file into its canonical form (see data-files.ts).
 * Refuses, listing the problems, when a file does not validate: only valid data has a canonical form.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { canonicalText, DATA_FILES, validateAll } from './data-files';
import { problemText } from './problems';

const root = resolve(import.meta.dirname, '..', '..', '..');
const { parsed, problems } = validateAll(root);
if (problems.length > 0) {
  console.error(problems.map(problemText).join('\n'));
  process.exit(1);
}
for (const spec of DATA_FILES) {
  const path = join(root, spec.path);
  const text = canonicalText(spec, parsed.get(spec.path));
  if (readFileSync(path, 'utf8') === text) continue;
  writeFileSync(path, text);
  console.log(`formatted ${spec.path}`);
}
