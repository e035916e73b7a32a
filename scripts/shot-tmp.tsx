import { readFileSync, writeFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { render } from 'preact';
const { window, document } = parseHTML('<!doctype html><html lang="en"><head></head><body><main id="app" class="popup"></main></body></html>');
Object.assign(globalThis, { window, document });
const { Timeline } = await import('../src/ui/popup/Timeline');
const { FigureTable } = await import('../src/ui/popup/FigureTable');
const { alignment, article, figure, other } = await import('../tests/unit/ui/fixtures');
const { check, REFERENCE, STALE } = await import('../tests/unit/ui/reference-fixtures');
const analysis = {
  article: article({ date: '2023-11-24' }), inferredDate: null,
  figures: [figure('13,000', 18, { reference: STALE }), figure('217', 60, { measure: 'killed.soldiers.ground-operation', label: 'Israeli soldiers killed since the ground operation', reference: check({ series: '360info-idf-killed', onDate: { date: '2024-01-23', value: 217 } }) })],
  alignments: [alignment({ page: { ...alignment().page, value: 13_000, text: '13,000', date: '2023-11-24', start: 18 }, others: [other({ value: 14_800, text: '14,800', date: '2023-11-26' })] })],
};
const h = (await import('preact')).h;
render(h('div', null, h(FigureTable, { alignments: analysis.alignments, figures: analysis.figures, reference: REFERENCE }), h(Timeline, { analysis, reference: REFERENCE })), document.getElementById('app')!);
const css = ['src/ui/common/base.css', 'src/ui/common/timeline.css', 'src/ui/popup/popup.css'].map((f) => readFileSync(f, 'utf8').replace(/@import[^;]+;/g, '')).join('\n');
writeFileSync('/tmp/uidev/popup.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${css}</style></head><body>${document.body.innerHTML}</body></html>`);
