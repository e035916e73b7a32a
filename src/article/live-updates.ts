/**
 * Live blogs: placing each JSON-LD `liveBlogUpdate` in the page's text so every update keeps its
 * own date ({@link ArticleUpdate}: offsets into the text). A live blog runs for days; the figures
 * of its 8 a.m. update and of its midnight update are different days' counts.
 */
import type { ArticleUpdate } from '../types';
import { normalizeDate } from '../base/dates';
import type { LiveUpdateNode } from './json-ld';
import { collapseSpaces } from './whitespace';

/**
 * Characters of an update's body used to find it in the page text. Long enough to be unique
 * (two updates rarely open with the same 80 characters), short enough to survive a page that
 * rewrites the end of a paragraph (a "Read more" link, a trailing embed).
 */
const PROBE_CHARS = 80;

const squash = (s: string): string => collapseSpaces(s).trim();

/** Where one update's text starts in the page text, or -1. */
function locate(text: string, u: LiveUpdateNode): number {
  for (const part of [u.body, u.headline]) {
    const probe = squash(part ?? '').slice(0, PROBE_CHARS);
    if (probe.length < 20) continue;
    const at = text.indexOf(probe);
    if (at >= 0) return at;
  }
  return -1;
}

/**
 * The updates found in `text`, in text order, each running to the next one's start (the last to
 * the end). Updates that cannot be found in the text are left out rather than guessed.
 */
export function placeUpdates(text: string, updates: readonly LiveUpdateNode[]): ArticleUpdate[] {
  const found = updates
    .map((u) => ({ start: locate(text, u), date: normalizeDate(u.date) }))
    .filter((u) => u.start >= 0)
    .sort((a, b) => a.start - b.start);
  const placed: ArticleUpdate[] = [];
  for (let i = 0; i < found.length; i++) {
    const u = found[i];
    if (!u || (i > 0 && u.start === found[i - 1]?.start)) continue;
    placed.push({ date: u.date, start: u.start, end: found[i + 1]?.start ?? text.length });
  }
  return placed;
}

/**
 * Paragraphs built from the updates themselves (headline, then body), for live blogs whose page
 * text lacks them (rendered by script after load, or collapsed behind "show more").
 */
export function updatesAsParagraphs(updates: readonly LiveUpdateNode[]): string[] {
  const out: string[] = [];
  for (const u of updates) {
    const head = squash(u.headline ?? '');
    const body = (u.body ?? '').split(/\n\s*\n/).map(squash).filter(Boolean);
    if (head && !(body[0] ?? '').startsWith(head)) out.push(head);
    out.push(...body);
  }
  return out;
}
