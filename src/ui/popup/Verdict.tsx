import type { Article, TopicResult } from '../../types';
import { formatDate, formatNumber, formatScore } from '../../wording/format';
import { say } from '../../wording/messages';
import { Say } from '../common/Say';

/** The verdict's headline: whether this is a news article, and about the Gaza war. */
export function verdictTitle(topic: Pick<TopicResult, 'gaza' | 'isArticle'>): string {
  if (!topic.isArticle) return say('popup_verdict_not_article');
  return topic.gaza ? say('popup_verdict_gaza') : say('popup_verdict_not_gaza');
}

/**
 * The truncation note: how much of a long article was read. Only the read length is stated: on
 * pages too large for Readability the reader stops counting soon after the cap, so the page's full
 * length is known only as a lower bound.
 */
export function truncationNote(article: Pick<Article, 'truncated' | 'text' | 'readLength'>): string | null {
  if (!article.truncated) return null;
  const read = article.readLength ?? article.text.length;
  return read > 0
    ? say('popup_truncated', { characters: formatNumber(read) })
    : say('popup_truncated_part');
}

/** Props of {@link Verdict}. */
export interface VerdictProps {
  topic: TopicResult;
  article: Article;
  /** An undated page's date, inferred from the bulletin its toll equals. */
  inferredDate?: string | null;
}

/** What Crosscheck decided about the page, why, and what the page is (title, publisher, date). */
export function Verdict({ topic, article, inferredDate = null }: VerdictProps) {
  const note = truncationNote(article);
  const date = article.date ? formatDate(article.date) : inferredDate ? say('popup.date.inferred', { date: formatDate(inferredDate) }) : null;
  const byline = [article.publisher, date].filter(Boolean).join(' · ');
  return (
    <section class={`verdict ${topic.gaza ? 'verdict-yes' : 'verdict-no'}`} data-testid="popup-verdict" data-gaza={String(topic.gaza)} aria-labelledby="verdict-title">
      <h2 id="verdict-title">
        <span aria-hidden="true" class="verdict-icon">{topic.gaza ? '✓' : '–'}</span> {verdictTitle(topic)}
      </h2>
      <p class="verdict-score">
        <Say k="popup_score" params={{ score: <strong>{formatScore(topic.score)}</strong> }} />
      </p>
      {topic.reason && <p class="verdict-reason">{topic.reason}</p>}
      {topic.terms.length > 0 && (
        <p class="verdict-terms small">
          <span class="muted">{say('popup_terms')} </span>
          {topic.terms.slice(0, 8).join(', ')}
        </p>
      )}
      <div class="page-info">
        <p class="page-title">{article.title ?? say('popup_untitled')}</p>
        <p class="muted small">{byline || say('popup_no_byline')}</p>
      </div>
      {note && (
        <p class="note small" data-testid="popup-truncated">
          {note}
        </p>
      )}
    </section>
  );
}
