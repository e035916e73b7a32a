import { describe, expect, it } from 'vitest';
import {
  isNearDuplicate, MAX_GROUP, NEAR_DUPLICATE_JACCARD, nearDuplicateGroups, shingles, signature, SIGNATURE_SIZE, similarity,
} from '../../../src/build/corpus/near-duplicates';

/** Our own wire story, in paragraphs; `n` changes its numbers and `drop` leaves a paragraph out. */
function wire(n: number, drop = -1, dateline = 'GAZA, Jan 24 (Wire) - '): string {
  const paragraphs = [
    `${dateline}Israeli forces pressed their assault on Khan Younis on Tuesday, residents said, as tanks moved into the Al-Amal neighbourhood.`,
    `The Gaza health ministry said ${25_000 + n * 210} Palestinians had been killed since October 7, including ${150 + n} in the past 24 hours.`,
    'Military spokesman Daniel Hagari said troops had encircled the city and killed dozens of gunmen in its western districts.',
    `Thousands fled towards Rafah after a new evacuation order covering ${20 + n} blocks, the United Nations said.`,
    'A resident of the neighbourhood said the shelling had not stopped for two nights and that families slept in the streets.',
    'Mediators in Cairo discussed a ceasefire under which hostages would be freed in exchange for Palestinian prisoners.',
  ];
  return paragraphs.filter((_p, i) => i !== drop).join('\n\n');
}
const OTHER = [
  'Aid agencies said trucks carrying flour waited for days at the Kerem Shalom crossing while inspections were slowed.',
  'The World Food Programme warned that famine conditions were spreading in the north, where convoys had been turned back.',
  'Doctors at Nasser hospital said generators would stop within days without fuel, and that patients lay in corridors.',
  'Mediators in Cairo discussed a ceasefire under which hostages would be freed in exchange for Palestinian prisoners.',
].join('\n\n');

/** A signature that agrees with `base` in exactly `same` positions. */
function agreeing(base: Uint32Array, same: number): Uint32Array {
  return base.map((v, i) => (i < same ? v : v ^ 1));
}

describe('shingles and signatures', () => {
  it('masks numbers: a copy with other tolls and counts has the same shingles', () => {
    expect(shingles(wire(3))).toEqual(shingles(wire(9)));
    expect(similarity(signature(shingles(wire(3))), signature(shingles(wire(9))))).toBe(1);
  });
  it('keeps a text shorter than a shingle as one shingle, and an empty text as none', () => {
    expect(shingles('Gaza toll rises').size).toBe(1);
    expect(shingles('').size).toBe(0);
  });
  it('estimates a copy with a paragraph dropped as near, another story sharing a paragraph as far', () => {
    const a = signature(shingles(wire(1)));
    expect(similarity(a, signature(shingles(wire(2, 3, 'RAFAH, Jan 25 (Agency) - '))))).toBeGreaterThan(NEAR_DUPLICATE_JACCARD);
    expect(similarity(a, signature(shingles(OTHER)))).toBeLessThan(0.3);
  });
});

describe('NEAR_DUPLICATE_JACCARD', () => {
  const base = signature(shingles(wire(0)));
  const need = Math.ceil(NEAR_DUPLICATE_JACCARD * SIGNATURE_SIZE);
  it('joins signatures agreeing in that share of positions', () => {
    expect(isNearDuplicate(base, agreeing(base, need))).toBe(true);
  });
  it('does not join signatures agreeing in one position fewer', () => {
    expect(isNearDuplicate(base, agreeing(base, need - 1))).toBe(false);
  });
});

describe('nearDuplicateGroups', () => {
  it('groups copies of one story filed on several days, apart from other stories', () => {
    const texts = [wire(0), OTHER, wire(1, 2), wire(2, 4, 'KHAN YOUNIS, Jan 26 (Other Wire) - '), `${OTHER}\n\nShare this article`, wire(3)];
    expect(Array.from(nearDuplicateGroups(texts))).toEqual([0, 1, 0, 0, 1, 0]);
  });
  it('numbers a corpus without near-duplicates as its reports', () => {
    expect(Array.from(nearDuplicateGroups([wire(0), OTHER, 'Gaza toll rises']))).toEqual([0, 1, 2]);
  });
  it(`keeps a group to MAX_GROUP (${MAX_GROUP}) copies, and puts one more in a group of its own`, () => {
    const full = nearDuplicateGroups(Array.from({ length: MAX_GROUP }, (_x, i) => wire(i)));
    expect(new Set(full).size).toBe(1);
    const over = nearDuplicateGroups(Array.from({ length: MAX_GROUP + 1 }, (_x, i) => wire(i)));
    expect(new Set(over).size).toBe(2);
  });
});
