#!/usr/bin/env node
/**
 * `npm test`: every check Crosscheck has, in order, with one closing line `N passed, N failed`.
 *
 *   type check · lint · unit tests (vitest) · both builds with their zips, and checks of what they
 *   contain · web-ext lint of the Firefox build · end-to-end suites in real Chromium and Firefox
 *
 * A check that is a single command counts as one test; vitest suites count their own tests (read
 * from vitest's JSON report). The exit status is 1 when anything failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const tmp = mkdtempSync(join(tmpdir(), 'crosscheck-test-'));
let passed = 0;
let failed = 0;
const failures = [];

function run(cmd, args, extraEnv = {}) {
  process.stdout.write(`\n▶ ${cmd} ${args.join(' ')}\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...extraEnv } });
  return r.status === 0;
}

function step(name, ok) {
  if (ok) passed++;
  else {
    failed++;
    failures.push(name);
  }
  process.stdout.write(`${ok ? '✔' : '✘'} ${name}\n`);
}

function vitest(name, args) {
  const out = join(tmp, `${name}.json`);
  const ok = run('npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  if (!existsSync(out)) return step(`${name}: vitest produced no report`, false);
  const report = JSON.parse(readFileSync(out, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  for (const file of report.testResults ?? []) {
    for (const t of file.assertionResults ?? []) if (t.status === 'failed') failures.push(`${name}: ${t.fullName}`);
  }
  // A suite that failed to load counts as a failure even when no test inside it ran.
  const broken = (report.testResults ?? []).filter((f) => f.status === 'failed' && !(f.assertionResults ?? []).some((t) => t.status === 'failed'));
  for (const f of broken) step(`${name}: ${f.name} failed to run`, false);
  if (!ok && report.numFailedTests === 0 && broken.length === 0) step(`${name}: vitest exited with an error`, false);
}

function webExtLint() {
  const out = spawnSync('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--no-config-discovery', '--output', 'json'], { encoding: 'utf8' });
  process.stdout.write(`\n▶ web-ext lint --source-dir .output/firefox-mv2\n`);
  try {
    const report = JSON.parse(out.stdout.slice(out.stdout.indexOf('{')));
    const { errors, warnings, notices } = report.summary;
    process.stdout.write(`errors ${errors}, warnings ${warnings}, notices ${notices}\n`);
    for (const w of [...report.errors, ...report.warnings]) process.stdout.write(`  ${w.code}: ${w.message} (${w.file ?? ''})\n`);
    step('web-ext lint: 0 errors', errors === 0);
    step('web-ext lint: 0 warnings', warnings === 0);
  } catch {
    process.stdout.write(out.stdout + out.stderr);
    step('web-ext lint ran', false);
  }
}

const only = process.argv.slice(2);
const want = (s) => only.length === 0 || only.includes(s);

if (want('types')) step('type check (tsc --noEmit)', run('npx', ['tsc', '--noEmit']));
if (want('lint')) step('lint (eslint)', run('npx', ['eslint', '.']));
if (want('unit')) vitest('unit', []);
if (want('build')) {
  const built = run('npm', ['run', '--silent', 'build']);
  step('build: Chrome and Firefox with their zips', built && ['chrome-mv3/manifest.json', 'firefox-mv2/manifest.json']
    .every((f) => existsSync(join('.output', f))));
  const zips = existsSync('.output') ? readdirSync('.output').join(' ') : '';
  step('build: store zips (chrome, firefox, sources)', ['-chrome.zip', '-firefox.zip', '-sources.zip'].every((s) => zips.includes(s)));
}
if (want('build')) vitest('built', ['--config', 'vitest.built.config.ts']);
if (want('weblint')) webExtLint();
if (want('e2e')) vitest('e2e', ['--config', 'vitest.e2e.config.ts']);

rmSync(tmp, { recursive: true, force: true });
if (failures.length) process.stdout.write(`\nFailed:\n${failures.map((f) => `  - ${f}`).join('\n')}\n`);
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed > 0 ? 1 : 0);
