/**
 * How a page frames its story: as something that happened again ("troops withdrew from Khan Younis
 * again", "for a second time", "months after"). The same units, places and people months apart are
 * not the same story; a page that says its event repeats an earlier one needs more shared evidence
 * to be the same story as a report (score-related.ts), unless the same dated figures say so.
 */

/**
 * Words that present the page's event as a repeat of an earlier one. "Six months after the start
 * of the war" dates the page by the war's age (page-dates.ts); it repeats nothing.
 */
const REPEAT = /\b(?:again|once\s+more|anew|for\s+(?:a|the)\s+(?:second|third|fourth|fifth|another)\s+time|(?:a|the)\s+(?:second|third|fourth)\s+time|re-?entered|re-?invaded)\b|\b(?:weeks|months|a\s+year)\s+(?:after|later)\b(?!\s+(?:the\s+)?(?:start|beginning|outbreak|onset|launch|war|conflict|fighting|offensive|invasion|attacks?|assault|massacres?|october|oct|7\s+october|hamas)\b)/i;

/** The part of the page that frames its story: the headline and the opening. */
export const FRAMING_CHARS = 600;

/** True when the headline or opening presents the page's event as a repeat of an earlier one. */
export function framedAsRepeat(title: string | null, text: string): boolean {
  return REPEAT.test(`${title ?? ''}\n${text.slice(0, FRAMING_CHARS)}`);
}
