import { describe, expect, it } from 'vitest';
import { readPlainText } from '../../../src/article/read-article';

describe('readPlainText', () => {
  it('reads the seed format: date marker, then paragraphs', () => {
    const a = readPlainText(' date 2024-01-24 Families queue for flour in Rafah. Photograph: Jane Doe/Getty Images\n\nTalks on a month-long truce went on in Cairo, officials said.\n\nThe ministry said 210 people were killed in a day.\n');
    expect(a.date).toBe('2024-01-24');
    expect(a.title).toBeNull();
    expect(a.text).toBe('Talks on a month-long truce went on in Cairo, officials said.\n\nThe ministry said 210 people were killed in a day.');
  });

  it('reads a title line followed by a blank line', () => {
    const a = readPlainText('Troops leave Khan Younis after four months\n\nThe army said its division had completed its mission.\r\n\r\nResidents began to return to see what was left.');
    expect(a.title).toBe('Troops leave Khan Younis after four months');
    expect(a.text.split('\n\n')).toHaveLength(2);
    expect(a.text).not.toContain('\r');
  });

  it('takes an opening dateline as the date', () => {
    const a = readPlainText('Thursday, January 25, 2024\n\nThe toll rose again, the ministry said in its daily statement.');
    expect(a.date).toBe('2024-01-25');
    expect(a.text).toBe('The toll rose again, the ministry said in its daily statement.');
  });

  it('does not take a lede that carries a date as a dateline', () => {
    const a = readPlainText('On January 25, 2024 the toll rose again, the ministry said in a statement issued late in the day.');
    expect(a.date).toBeNull();
    expect(a.text).toContain('the toll rose again');
  });

  it('caps long text at a space and says so', () => {
    const raw = 'Twenty-five thousand four hundred and ninety. '.repeat(1000);
    const full = readPlainText(raw).text;
    const a = readPlainText(raw, { maxChars: 1000 });
    expect(a.truncated).toBe(true);
    expect(a.text.length).toBeLessThanOrEqual(1000);
    expect(a.fullLength).toBeGreaterThan(1000);
    expect(full.startsWith(a.text)).toBe(true);
    expect(full[a.text.length]).toMatch(/\s/);
  });

  it('gives an empty article for empty input', () => {
    expect(readPlainText('')).toMatchObject({ text: '', title: null, date: null, fullLength: 0, truncated: false });
  });
});
