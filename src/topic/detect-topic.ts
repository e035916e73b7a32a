import type { Article, TopicResult } from '../types';

/** Is this article about the Gaza war, and why. PLACEHOLDER: the topic work replaces it. */
export function detectTopic(article: Article): TopicResult {
  const hit = /\bGaza\b/.test(`${article.title ?? ''} ${article.text}`);
  return { gaza: hit, isArticle: true, score: hit ? 1 : 0, terms: hit ? ['Gaza'] : [], reason: '' };
}

/** Canonical lexicon terms found in a text (used to tag corpus reports). PLACEHOLDER. */
export function findTerms(text: string): string[] {
  return /\bGaza\b/.test(text) ? ['Gaza'] : [];
}

/**
 * A cheap first look for the content script: could this page be a Gaza-war article at all?
 * Looks only at the title and a sample of the text. PLACEHOLDER.
 */
export function quickCheck(title: string, sample: string): boolean {
  return /\bGaza\b|\bHamas\b|\bRafah\b|\bKhan Yo?unis\b/i.test(`${title} ${sample}`);
}
