/**
 * `npm run analyze` on an Arabic and a French page of our own (HTML with their `lang`, date and
 * headline as news sites mark them): each is about the Gaza war, and the ministry's toll comes out
 * with the English measure key, its source, and a `matches` check against the bulletin of its date.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'crosscheck-cli-lang-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const html = (lang: string, dir: string, date: string, title: string, paragraphs: readonly string[]): string => `<!doctype html>
<html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="${date}T10:00:00Z">
<meta property="og:site_name" content="Example News"></head>
<body><header><nav><a href="/">Example</a></nav></header>
<article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;

const AR = join(work, 'ar.html');
writeFileSync(AR, html('ar', 'rtl', '2024-01-24', 'ارتفاع حصيلة الشهداء في قطاع غزة إلى 25700', [
  'أعلنت وزارة الصحة في غزة، اليوم الأربعاء، ارتفاع حصيلة الشهداء منذ السابع من أكتوبر إلى 25 ألفاً و700 شهيد، و63 ألفاً و740 مصاباً، في ظل استمرار القصف على خان يونس.',
  'وأوضحت الوزارة أن مستشفيات القطاع استقبلت خلال الـ24 ساعة الماضية 210 شهداء، فيما لا يزال عدد من الضحايا تحت الركام.',
  'وتقول الأمم المتحدة إن نحو 1.7 مليون شخص نزحوا من منازلهم في قطاع غزة منذ بدء الحرب، وإن المساعدات التي تدخل عبر معبر رفح لا تكفي.',
]));
const FR = join(work, 'fr.html');
writeFileSync(FR, html('fr', 'ltr', '2024-01-23', 'Gaza : le bilan dépasse les 25 000 morts, selon le Hamas', [
  'Le ministère de la Santé du Hamas a fait état mardi de 25 490 morts dans la bande de Gaza depuis le 7 octobre, et de 63 354 blessés, alors que les combats se poursuivent à Khan Younès.',
  'Au moins 195 personnes ont été tuées au cours des dernières 24 heures, selon la même source. L\'armée israélienne dit poursuivre ses opérations contre le Hamas dans le sud de l\'enclave.',
  'Selon l\'ONU, près de 1,7 million de personnes sont déplacées dans le territoire palestinien, où l\'aide humanitaire entre au compte-gouttes par Rafah.',
]));

interface Line { file: string; gaza: boolean; date: string | null; figures: { value: number; measure: string | null; source: string | null; reference?: { verdict: string; bulletin: string | null } }[] }

function analyze(...files: string[]): { status: number | null; lines: Line[] } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/analyze.ts'), ...files], { encoding: 'utf8', cwd: ROOT });
  return { status: run.status, lines: run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line) };
}

describe('analyze on pages in Arabic and French', () => {
  const { status, lines } = analyze(AR, FR);

  it('prints one line per page, in order, and exits 0', () => {
    expect(status).toBe(0);
    expect(lines.map((l) => l.file)).toEqual([AR, FR]);
  });

  it('reads the Arabic page as about the Gaza war, with the toll checked against the bulletin of 24 January 2024', () => {
    const ar = lines[0]!;
    expect(ar).toMatchObject({ gaza: true, date: '2024-01-24' });
    expect(ar.figures.find((f) => f.value === 25_700)).toMatchObject({ measure: 'killed.palestinians.cumulative', source: 'Gaza health ministry', reference: { verdict: 'matches', bulletin: '2024-01-24' } });
    expect(ar.figures.find((f) => f.value === 210)).toMatchObject({ measure: 'killed.palestinians.24h', reference: { verdict: 'matches', bulletin: '2024-01-24' } });
    expect(ar.figures.find((f) => f.value === 1_700_000)).toMatchObject({ measure: 'displaced' });
  });

  it('reads the French page as about the Gaza war, with the toll checked against the bulletin of 23 January 2024', () => {
    const fr = lines[1]!;
    expect(fr).toMatchObject({ gaza: true, date: '2024-01-23' });
    expect(fr.figures.find((f) => f.value === 25_490)).toMatchObject({ measure: 'killed.palestinians.cumulative', source: 'Gaza health ministry', reference: { verdict: 'matches', bulletin: '2024-01-23' } });
    expect(fr.figures.find((f) => f.value === 63_354)).toMatchObject({ measure: 'injured.palestinians.cumulative' });
    expect(fr.figures.find((f) => f.value === 195)).toMatchObject({ measure: 'killed.palestinians.24h' });
  });
});
