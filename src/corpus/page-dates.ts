/**
 * When was a page written, for matching: its own date, else clues in its text. News excerpts
 * often lack a date while their text gives one: a dated line ("January 25, 2024"), a seed-style
 * " date 2024-01" marker, or the war's age ("the two-month-old war", "six months after the start
 * of the war", "day 184 of the war"), counted from the 7 October 2023 attack.
 */
import { dayNumber, MONTH_NAME as MONTH, monthNumber, pad } from '../base/dates';

/** A page's estimated day (days since 1970-01-01) and how many days it may be off. */
export interface PageDay {
  day: number;
  tolerance: number;
  /** Where the estimate comes from: the page, its text, the war's age, or the report it plainly matches. */
  source: 'page' | 'text' | 'war-age' | 'anchor';
}

/** The 7 October 2023 attack that started the war: the origin of "N months into the war". */
export const WAR_START = dayNumber('2023-10-07');
const MONTH_DAYS = 30.44;
/** "Two-month-old war" spans about two weeks either side of the two months. */
const WAR_AGE_TOLERANCE = 15;

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, eighteen: 18, twenty: 20,
};
const num = (s: string): number => WORD_NUMBERS[s.toLowerCase()] ?? Number(s);
const NUM = '(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty)';

const MARKER = /(?:^|\s)date\s+(\d{4})-(\d{2})(?:-(\d{2}))?\b/;
const MONTH_NAME = `(${MONTH})\\.?`;
const MDY = new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(20\\d\\d)\\b`, 'gi');
const DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME},?\\s+(20\\d\\d)\\b`, 'gi');
const ISO = /\b(20\d\d)-(\d{2})-(\d{2})\b/g;
const WAR_MONTHS = [
  new RegExp(`\\b${NUM}[- ]month[- ]old (?:war|conflict|offensive)`, 'i'),
  new RegExp(`\\b${NUM} months (?:after|since|into) (?:the )?(?:start of the |beginning of the |outbreak of the )?(?:war|attack|conflict|october 7|7 october)`, 'i'),
  new RegExp(`\\b${NUM} months to the day`, 'i'),
];
const WAR_DAY = [/\bday (\d{1,3}) of the war\b/i, /\bwar,? day (\d{1,3})\b/i, /\b(\d{1,3})(?:st|nd|rd|th) day of the war\b/i];

function ymd(y: number, month: string | number, d: number): number {
  const m = typeof month === 'number' ? month : monthNumber(month);
  if (m < 1 || m > 12 || d < 1 || d > 31) return -1;
  return dayNumber(`${y}-${pad(m)}-${pad(d)}`);
}

/**
 * The page's day: `date` (YYYY-MM-DD) when known; else the latest full date written in the text
 * (other than 7 October 2023, which every war report recalls); else a date marker; else the war's
 * age. Null when nothing says.
 */
export function pageDay(date: string | null, text: string): PageDay | null {
  const own = dayNumber(date);
  if (own >= 0) return { day: own, tolerance: 0, source: 'page' };
  const head = text.slice(0, 400);
  const marker = MARKER.exec(head);
  if (marker?.[3]) {
    const d = ymd(Number(marker[1]), Number(marker[2]), Number(marker[3]));
    if (d >= 0) return { day: d, tolerance: 0, source: 'text' };
  }
  let latest = -1;
  for (const m of text.matchAll(MDY)) latest = Math.max(latest, ymd(Number(m[3]), m[1] ?? '', Number(m[2])));
  for (const m of text.matchAll(DMY)) latest = Math.max(latest, ymd(Number(m[3]), m[2] ?? '', Number(m[1])));
  for (const m of text.matchAll(ISO)) latest = Math.max(latest, ymd(Number(m[1]), Number(m[2]), Number(m[3])));
  if (latest === WAR_START) latest = -1;
  if (latest >= 0) return { day: latest, tolerance: 1, source: 'text' };
  if (marker) {
    const d = ymd(Number(marker[1]), Number(marker[2]), 15);
    if (d >= 0) return { day: d, tolerance: 16, source: 'text' };
  }
  for (const re of WAR_DAY) {
    const m = re.exec(text);
    if (m) return { day: WAR_START + Number(m[1]), tolerance: 1, source: 'war-age' };
  }
  for (const [i, re] of WAR_MONTHS.entries()) {
    const m = re.exec(text);
    if (m?.[1]) return { day: Math.round(WAR_START + num(m[1]) * MONTH_DAYS), tolerance: i === 2 ? 1 : WAR_AGE_TOLERANCE, source: 'war-age' };
  }
  return null;
}
