import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/article/read-article';
import { doc, jsonLd, page } from './pages';

const UPDATES = [
  { at: '2024-01-24T21:05:00+02:00', body: 'Late update: the ministry in Gaza raised its count of the dead to 25,700, with 210 killed in the last day alone, it said in a statement.' },
  { at: '2024-01-23T08:30:00+02:00', body: 'Morning update: the military said 24 soldiers were killed on Monday, 21 of them when two buildings they were preparing to demolish collapsed.' },
];

const liveLd = (updates: typeof UPDATES, wrap: (x: unknown) => unknown = (x) => x): string => jsonLd(wrap({
  '@context': 'https://schema.org',
  '@type': 'LiveBlogPosting',
  headline: 'Gaza live: toll rises as fighting goes on in Khan Younis',
  datePublished: '2024-01-23T06:00:00+02:00',
  liveBlogUpdate: updates.map((u) => ({ '@type': 'BlogPosting', datePublished: u.at, articleBody: u.body })),
}));

describe('live blogs', () => {
  it('gives each update its own date and its place in the text', () => {
    const html = page({ head: liveLd(UPDATES), paragraphs: [UPDATES[0]!.body, 'A reader in Rafah wrote to describe the queues for water that stretched for hundreds of metres along the road.', UPDATES[1]!.body] });
    const a = readArticle(doc(html));
    expect(a.pageType).toBe('liveblogposting');
    expect(a.date).toBe('2024-01-23');
    expect(a.updates).toHaveLength(2);
    const [first, second] = a.updates;
    expect(first?.date).toBe('2024-01-24');
    expect(a.text.slice(first!.start, first!.end)).toContain('25,700');
    expect(a.text.slice(first!.start, first!.end)).toContain('queues for water');
    expect(second?.date).toBe('2024-01-23');
    expect(a.text.slice(second!.start, second!.end)).toContain('24 soldiers');
    expect(second?.end).toBe(a.text.length);
  });

  it('finds the LiveBlogPosting inside an @graph', () => {
    const html = page({ head: liveLd(UPDATES, (x) => ({ '@graph': [{ '@type': 'WebPage' }, x] })), paragraphs: UPDATES.map((u) => u.body) });
    expect(readArticle(doc(html)).updates.map((u) => u.date)).toEqual(['2024-01-24', '2024-01-23']);
  });

  it('reads the updates from JSON-LD when the page text lacks them', () => {
    const html = page({ head: liveLd(UPDATES), paragraphs: ['Loading the latest updates…'] });
    const a = readArticle(doc(html));
    expect(a.text).toContain('25,700');
    expect(a.updates).toHaveLength(2);
    for (const u of a.updates) expect(u.end).toBeGreaterThan(u.start);
  });
});
