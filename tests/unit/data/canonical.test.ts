import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalText, DATA_FILES, validateAll } from '../../../src/build/data/data-files';
import { formatJson, WIDTH } from '../../../src/build/data/format-json';
import { readData, ROOT } from './corrupt';

const { parsed } = validateAll(ROOT);

describe('data files are in canonical form (fix with `npm run data:format`)', () => {
  for (const spec of DATA_FILES) {
    it(spec.path, () => {
      expect(readFileSync(`${ROOT}${spec.path}`, 'utf8')).toEqual(canonicalText(spec, parsed.get(spec.path)));
    });
  }

  it('a hand edit that breaks the form is caught: an unsorted site list', () => {
    const sites = DATA_FILES.find((s) => s.path === 'src/sites/news-sites.json');
    const data = readData('src/sites/news-sites.json') as { domains: string[] };
    data.domains.reverse();
    expect(sites && canonicalText(sites, data)).not.toEqual(formatJson(data));
  });

  it('canonical form is stable: formatting twice changes nothing', () => {
    for (const spec of DATA_FILES) {
      const once = canonicalText(spec, parsed.get(spec.path));
      expect(canonicalText(spec, JSON.parse(once)), spec.path).toEqual(once);
    }
  });
});

describe('formatJson', () => {
  it('writes short values on one line and long ones item per line, 2 spaces, trailing newline', () => {
    expect(formatJson({ a: [1, 2], b: { c: null } })).toBe('{ "a": [1, 2], "b": { "c": null } }\n');
    const long = { words: Array.from({ length: 30 }, (_, i) => `word${i}`) };
    const text = formatJson(long);
    expect(text.split('\n')[1]).toBe('  "words": [');
    expect(text.split('\n')[2]).toBe('    "word0",');
    expect(text.endsWith('  ]\n}\n')).toBe(true);
    expect(Math.max(...text.split('\n').map((l) => l.length))).toBeLessThanOrEqual(WIDTH);
    expect(JSON.parse(text)).toEqual(long);
  });
});
