import { Fragment } from 'preact';
import type { RelatedReport } from '../../types';
import { countOf, formatDate, youRead } from '../../wording/format';
import { ArticleLink } from './ArticleLink';
import { say } from '../../wording/messages';

/**
 * The corpus reports related to the page, each opening the report page; an article of the reader's
 * library is marked "you read, 23 Jan" and opens where it was published.
 */
export function RelatedList({ related }: { related: readonly RelatedReport[] }) {
  if (related.length === 0) {
    return (
      <section class="block" aria-labelledby="related-title" data-testid="popup-no-related">
        <h2 id="related-title">{say('popup_related')}</h2>
        <p class="muted">{say('popup_related_none')}</p>
      </section>
    );
  }
  return (
    <section class="block" aria-labelledby="related-title">
      <h2 id="related-title">{say('popup_related')} <span class="muted small">({countOf('report', related.length)})</span></h2>
      <ul class="related" data-testid="popup-related">
        {related.map((r) => (
          <li key={r.id} data-testid="related-item" data-report-id={r.id} data-same-story={String(r.sameStory)} data-kept={r.keptAt !== undefined ? 'true' : undefined}>
            <ArticleLink id={r.id} url={r.url} keptAt={r.keptAt} class="related-title">{r.title}</ArticleLink>
            <p class="related-meta small">
              <span class={`story-tag ${r.sameStory ? 'story-same' : 'story-war'}`}>{r.sameStory ? say('popup_same_story') : say('popup_same_war')}</span>{' '}
              {r.keptAt !== undefined && <><span class="kept-tag" data-testid="related-read">{youRead(r.keptAt)}</span>{' '}</>}
              <span class="muted"><bdi>{r.publisher}</bdi> · {formatDate(r.date)}</span>
            </p>
            {r.reasons.length > 0 && (
              <p class="reasons small">
                <span class="why">{say('popup_why')} </span>
                {/* Each reason isolated: a Latin name ("Khan Younis") among Arabic or Hebrew ones keeps its place. */}
                {r.reasons.map((reason, i) => <Fragment key={i}>{i > 0 && ' · '}<bdi>{reason}</bdi></Fragment>)}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
