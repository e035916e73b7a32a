import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCorpus } from '../../../src/build/corpus/corpus-index';
import { loadCorpus, matchReports } from '../../../src/corpus/match-reports';
import type { Report } from '../../../src/types';
import { loadReportsFromDir } from '../../../scripts/lib/read-seeds';
import { page } from './fixtures';

/** Our own wire story as filed on three days (editions), each reprinted by four sites with their own furniture. */
const EDITIONS = [
  { date: '2024-03-04', toll: 30_410, day: 90, blocks: 24 },
  { date: '2024-03-09', toll: 30_878, day: 82, blocks: 31 },
  { date: '2024-03-15', toll: 31_341, day: 71, blocks: 47 },
];
function wire(e: (typeof EDITIONS)[number], copy: number): string {
  const paragraphs = [
    `Israeli forces pressed their assault on Bani Suheila on ${copy % 2 ? 'Monday' : 'Tuesday'}, residents said, as tanks moved into the Al-Qarara neighbourhood.`,
    `The Gaza health ministry said ${e.toll.toLocaleString('en-US')} Palestinians had been killed since October 7, including ${e.day} in the past 24 hours.`,
    'Military spokesman Avichay Adraee said troops had encircled the town and killed dozens of gunmen in its eastern districts.',
    `Thousands fled towards Deir al-Balah after a new evacuation order covering ${e.blocks} blocks, the United Nations said.`,
    'A resident of the neighbourhood said the shelling had not stopped for two nights and that families slept in the streets.',
    'Aid agencies said trucks carrying flour waited for days at the crossing while inspections were slowed.',
    'Doctors at the town clinic said generators would stop within days without fuel, and that patients lay in corridors.',
    'Mediators in Cairo discussed a truce under which hostages would be freed in exchange for Palestinian prisoners.',
  ];
  // Copies 1 and 2 leave out a paragraph, as sites trimming a wire story do.
  return [...paragraphs.filter((_p, i) => i !== copy * 3 || copy === 0 || copy === 3), ['Share this article', 'More from World News', 'Sign up for our briefing', ''][copy] ?? ''].join('\n\n').trim();
}

describe('matching against wire copies', () => {
  const seeds = loadReportsFromDir(resolve(import.meta.dirname, '../../../seeds'));
  const copies: Report[] = EDITIONS.flatMap((e, k) => [0, 1, 2, 3].map((c) => ({
    id: `wire_${k}_${c}`, title: 'Tanks push into Bani Suheila as Gaza toll rises', titleDerived: false,
    publisher: `Site ${c}`, date: e.date, url: `https://example.org/${k}/${c}`, text: wire(e, c),
  })));
  const corpus = loadCorpus(JSON.parse(JSON.stringify(compileCorpus([...seeds, ...copies]))));
  const copyOf = (k: number): string => wire(EDITIONS[k] ?? { date: '', toll: 0, day: 0, blocks: 0 }, 3);

  it('puts the twelve copies in one group, and each seed in its own', () => {
    const wireGroups = new Set(copies.map((c) => corpus.groups.of[corpus.catalogue.indexOf(c.id) ?? -1]));
    expect(wireGroups.size).toBe(1);
    expect(corpus.groups.count).toBe(seeds.length + 1);
  });
  it('finds the edition of the page\'s day first', () => {
    for (const k of [0, 1, 2]) {
      const top = matchReports(page('Tanks push into Bani Suheila', copyOf(k), EDITIONS[k]?.date ?? null), corpus)[0];
      expect(top?.id).toMatch(new RegExp(`^wire_${k}_`));
      expect(top?.sameStory).toBe(true);
    }
  });
  it('finds the edition of the page\'s figures when the page is undated', () => {
    for (const k of [0, 1, 2]) {
      const top = matchReports(page('Tanks push into Bani Suheila', copyOf(k), null), corpus)[0];
      expect(top?.id).toMatch(new RegExp(`^wire_${k}_`));
    }
  });
  it('still lists other copies of the story after the best one', () => {
    const related = matchReports(page('Tanks push into Bani Suheila', copyOf(1), EDITIONS[1]?.date ?? null), corpus, 5);
    expect(related.filter((r) => r.id.startsWith('wire_')).length).toBeGreaterThan(1);
  });
  it('refuses an index of the previous format', () => {
    const compiled = compileCorpus(seeds);
    expect(() => loadCorpus({ ...compiled, index: { ...compiled.index, format: 'crosscheck-index/2' as never } })).toThrow(/unknown format/);
  });
});
