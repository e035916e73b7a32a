// @vitest-environment happy-dom
/**
 * Boundary tests for src/ui/badges/locate-figure.ts: where a badge goes when the figure's text
 * stands more than once in the live page. Found missing by mutation testing (`npm run mutate --
 * --mutate src/ui/badges/locate-figure.ts`): the tie-break (first occurrence on equal context),
 * the eight words of context compared, the 160 characters looked back, the 24 characters a
 * hyphenated word may run on, and the rule that a figure stands alone among digits.
 *
 * Sentences written for these tests, with the Gaza health ministry's tolls of 23 and 24 January
 * 2024 (25,490 and 25,700) and its 24-hour counts (195, 210).
 */
import { describe, expect, it } from 'vitest';
import { indexText, locateFigure, type TextIndex } from '../../../src/ui/badges/locate-figure';

/** A fresh body holding one paragraph per string (built as text nodes, no markup parsing). */
function pageOf(...paragraphs: string[]): HTMLElement {
  document.body.replaceChildren();
  for (const text of paragraphs) {
    const p = document.createElement('p');
    p.textContent = text;
    document.body.append(p);
  }
  return document.body;
}

/** The text from the start of the spot's paragraph to the badge position. */
function before(spot: ReturnType<typeof locateFigure>): string {
  return spot ? spot.node.data.slice(0, spot.offset) : '';
}

const place = (index: TextIndex, figure: string, sentence: string, taken = new Set<number>()) => locateFigure(index, figure, sentence, taken);

/**
 * The tie-break: when two occurrences match the sentence equally well, the first one in the page
 * gets the badge (reading order; a later equal match is usually a pull quote or a repeat).
 */
describe('tie-break between equally good occurrences', () => {
  it('takes the first of two identical sentences, then the second once the first is taken', () => {
    const s = 'The ministry said 25,490 people had been killed.';
    const index = indexText(pageOf(s, s));
    const taken = new Set<number>();
    const first = place(index, '25,490', s, taken);
    expect(first?.node).toBe(index.chunks[0]?.node);
    expect(before(first)).toBe('The ministry said 25,490');
    const second = place(index, '25,490', s, taken);
    expect(second?.node).toBe(index.chunks[1]?.node);
    expect(place(index, '25,490', s, taken)).toBeNull();
  });

  it('takes a later occurrence when its context matches better (one more word in place)', () => {
    const s = 'Health officials said 25,490 people had been killed.';
    const index = indexText(pageOf('Officials said 25,490 people had been killed.', s));
    expect(place(index, '25,490', s)?.node).toBe(index.chunks[1]?.node);
  });
});

/**
 * Context: up to the eight words just before the figure are compared, position by position; the
 * other words of the sentence count a tenth each. So a ninth word back in place does not count.
 */
describe('how much context is compared', () => {
  const eight = 'one two three four five six seven eight';
  it('an eighth word back in place decides between otherwise equal occurrences', () => {
    const s = `${eight} 195`;
    // Each paragraph ends with a full stop, so the first one's last word does not run into the next.
    const index = indexText(pageOf(`zero two three four five six seven eight 195.`, `${eight} 195.`));
    expect(place(index, '195', s)?.node).toBe(index.chunks[1]?.node);
  });
  it('a ninth word back in place does not, beyond what any shared word adds', () => {
    const s = `nine ${eight} 195`;
    // Both paragraphs contain "nine": only its position differs, which is not compared.
    const index = indexText(pageOf(`nine x ${eight} 195.`, `nine ${eight} 195.`));
    expect(place(index, '195', s)?.node).toBe(index.chunks[0]?.node);
  });
  it('words of the sentence anywhere before the figure count a little', () => {
    const s = 'Gaza officials, citing hospitals, said 210 died.';
    const index = indexText(pageOf('They said 210 died.', 'In Gaza, hospitals said 210 died.'));
    expect(place(index, '210', s)?.node).toBe(index.chunks[1]?.node);
  });
});

/** The page text looked at before an occurrence: 160 characters. Words further back do not count. */
describe('how far back the page is read', () => {
  it('reads a sentence word just within 160 characters, not one just beyond', () => {
    const s = 'Khan Younis 25,700';
    const within = `Khan ${'x'.repeat(160 - 'Khan '.length - 1)} 25,700`;
    const beyond = `Khan ${'x'.repeat(160 - 'Khan '.length)} 25,700`;
    // The occurrence whose "Khan" lies within the 160 characters wins over one where it does not.
    const index = indexText(pageOf(beyond, within));
    expect(place(index, '25,700', s)?.node).toBe(index.chunks[1]?.node);
    const reversed = indexText(pageOf(within, beyond));
    expect(place(reversed, '25,700', s)?.node).toBe(reversed.chunks[0]?.node);
  });
});

/** A figure must stand alone among digits, and its badge goes after a hyphenated word. */
describe('where the badge goes', () => {
  it('skips occurrences inside a longer number, on either side', () => {
    const s = 'The toll reached 25,490.';
    const index = indexText(pageOf('Code 125,490 and 25,4901 aside, the toll reached 25,490.'));
    expect(before(place(index, '25,490', s))).toBe('Code 125,490 and 25,4901 aside, the toll reached 25,490');
  });
  it('puts the badge after a hyphenated word ("30-day") and not after a plain hyphen', () => {
    const index = indexText(pageOf('Qatar proposed a 30-day truce; 30 - 40 trucks a day entered.'));
    expect(before(place(index, '30', 'Qatar proposed a 30-day truce.'))).toBe('Qatar proposed a 30-day');
    // With "30-day" taken (its badge after "day"), the next 30 gets its badge right after it.
    expect(before(place(index, '30', 'then 30 - 40 trucks entered', new Set(['Qatar proposed a 30-day'.length]))))
      .toBe('Qatar proposed a 30-day truce; 30');
  });
  it('returns null for a figure not on the page or empty', () => {
    const index = indexText(pageOf('The ministry said 25,490 had been killed.'));
    expect(place(index, '25,700', 'x')).toBeNull();
    expect(place(index, '', 'x')).toBeNull();
  });
  it('finds the text node a spot falls in across several nodes', () => {
    const body = pageOf('On 23 January the ministry said 25,490.', 'On 24 January it said 25,700.', 'And 210 in a day.');
    const index = indexText(body);
    const spot = place(index, '25,700', 'it said 25,700');
    expect(spot?.node).toBe(index.chunks[1]?.node);
    expect(spot?.offset).toBe('On 24 January it said 25,700'.length);
    expect(place(index, '210', '210')?.node).toBe(index.chunks[2]?.node);
    expect(place(index, '25,490', 'said 25,490')?.node).toBe(index.chunks[0]?.node);
  });
  it('stops indexing at maxChars', () => {
    const body = pageOf('The ministry said 25,490.', 'Later 25,700.');
    expect(indexText(body, 5).chunks).toHaveLength(1);
    expect(indexText(body).chunks).toHaveLength(2);
  });
});
