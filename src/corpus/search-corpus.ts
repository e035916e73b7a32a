/**
 * The popup's search box: words in, reports out. Each query word is a concept matched through the
 * index as a word stem or a name, exactly, as part of a name of the names table in any spelling
 * ("Khan Younès", "خان يونس"), by transliteration skeleton or by fuse.js ("yunis" finds "Younis"); reports are ranked by how many concepts they carry, their IDF weight, and
 * whether the concepts meet in one sentence or in the title.
 */
import { fuzzyNames } from './fuzzy-lookup';
import type { LoadedCorpus } from './load-corpus';
import { nameOf } from './names';
import { fold, isStopword, skeleton, stem } from './normalize';

/** One hit of the popup's corpus search. */
export interface SearchHit {
  id: string;
  title: string;
  publisher: string;
  date: string;
  /** 0..1. */
  score: number;
  /** For an article from the reader's library: its original address and when it was kept (ms since 1970). */
  url?: string;
  keptAt?: number;
}

/** Longest query read, in words: the search box is for a few words, not a pasted article. */
export const MAX_QUERY_WORDS = 8;
/** Longest run of query words read as one name of the names table ("Salah al-Din Street"). */
const MAX_NAME_WORDS = 4;
/** Candidates checked for concepts meeting in a sentence: the text scan is the costly part. */
const PROXIMITY_CHECKED = 40;

interface Concept {
  word: string;
  ids: Map<number, number>;
}

function conceptsOf(query: string, corpus: LoadedCorpus): Concept[] {
  const words = fold(query).split(/[^\p{L}\p{N}'-]+/u).filter((w) => w.length > 1 && !isStopword(w)).slice(0, MAX_QUERY_WORDS);
  const concepts: Concept[] = words.map((word) => ({ word, ids: new Map() }));
  const put = (c: Concept | undefined, id: number | undefined, closeness: number): void => {
    if (c && id !== undefined && (c.ids.get(id) ?? 0) < closeness) c.ids.set(id, closeness);
  };
  words.forEach((word, i) => {
    const c = concepts[i];
    put(c, corpus.idOf(`w:${stem(word)}`), 1);
    put(c, corpus.idOf(`n:${word}`), 1);
    put(c, corpus.idOf(`p:${word}`), 1);
    const next = words[i + 1];
    if (next) {
      const pair = corpus.idOf(`n:${word} ${next}`);
      put(c, pair, 1);
      put(concepts[i + 1], pair, 1);
    }
    for (let k = Math.min(MAX_NAME_WORDS, words.length - i); k >= 1; k--) {
      const name = nameOf(words.slice(i, i + k).join(' '));
      if (name === undefined) continue;
      const id = corpus.idOf(`n:${name}`);
      for (let j = i; j < i + k; j++) put(concepts[j], id, 1);
      break;
    }
    if (c && c.ids.size === 0) {
      for (const id of corpus.skeletonIds(skeleton(word))) put(c, id, 0.9);
      if (c.ids.size === 0) for (const hit of fuzzyNames(word, corpus)) put(c, hit.id, hit.closeness);
    }
  });
  return concepts;
}

/** Whether a concept appears in a folded text (by name or by word stem). */
function mentions(c: Concept, corpus: LoadedCorpus, text: string, stems: Set<string>): boolean {
  for (const id of c.ids.keys()) {
    const key = corpus.keyOf(id);
    if (key.startsWith('w:') ? stems.has(key.slice(2)) : text.includes(key.slice(2))) return true;
  }
  return false;
}

/** How many concepts a text mentions at all, and the most that meet in one sentence. */
function meet(concepts: readonly Concept[], corpus: LoadedCorpus, text: string): { any: number; together: number } {
  let together = 0;
  const seen = new Set<Concept>();
  for (const sentence of fold(text).split(/(?<=[.!?])\s+|\n+/)) {
    const stems = new Set(sentence.split(/[^\p{L}'-]+/u).map(stem));
    const here = concepts.filter((c) => mentions(c, corpus, sentence, stems));
    for (const c of here) seen.add(c);
    together = Math.max(together, here.length);
  }
  return { any: seen.size, together };
}

/** Fuzzy search of the corpus by words. Never throws; an empty or unmatched query gives no hits. */
export function searchCorpus(query: string, corpus: LoadedCorpus, limit = 10): SearchHit[] {
  const concepts = conceptsOf(query, corpus).filter((c) => c.ids.size > 0);
  if (concepts.length === 0 || limit <= 0) return [];
  const hits = new Map<number, { covered: number; weight: number }>();
  for (const c of concepts) {
    const best = new Map<number, number>();
    for (const [id, closeness] of c.ids) {
      const w = Math.max(0.2, corpus.weight[id] ?? 0) * closeness;
      for (const r of corpus.postings.list(id)) if ((best.get(r) ?? 0) < w) best.set(r, w);
    }
    for (const [r, w] of best) {
      const h = hits.get(r) ?? { covered: 0, weight: 0 };
      h.covered += 1;
      h.weight += w;
      hits.set(r, h);
    }
  }
  const maxWeight = concepts.reduce((a, c) => a + Math.max(0.2, ...[...c.ids.keys()].map((id) => corpus.weight[id] ?? 0)), 0);
  const ranked = [...hits].sort((a, b) => b[1].covered - a[1].covered || b[1].weight - a[1].weight || a[0] - b[0]);
  const scored = ranked.slice(0, Math.max(PROXIMITY_CHECKED, limit)).map(([r, h]) => {
    const inText = meet(concepts, corpus, `${corpus.catalogue.summary(r).title}.\n${corpus.texts.text(r)}`);
    const together = concepts.length > 1 ? inText.together : 1;
    // The index keeps a report's salient words only; the text says whether it mentions the rest.
    const coverage = Math.max(h.covered, inText.any) / concepts.length;
    const score = coverage * (0.55 + 0.25 * Math.min(1, h.weight / Math.max(maxWeight, 1e-9)) + 0.2 * (together / concepts.length));
    return { r, score: Math.min(1, Math.max(0, score)) };
  });
  scored.sort((a, b) => b.score - a.score || a.r - b.r);
  return scored.slice(0, limit).map(({ r, score }) => {
    const rep = corpus.catalogue.summary(r);
    const kept = rep.keptAt !== undefined ? { url: rep.url, keptAt: rep.keptAt } : {};
    return { id: rep.id, title: rep.title, publisher: rep.publisher, date: rep.date, score: Math.round(score * 1000) / 1000, ...kept };
  });
}

/** Searches every segment ({@link searchCorpus}) and merges the hits by score (segments in order on ties). */
export function searchCorpora(query: string, corpora: readonly LoadedCorpus[], limit = 10): SearchHit[] {
  return corpora.flatMap((c) => searchCorpus(query, c, limit)).sort((a, b) => b.score - a.score).slice(0, limit);
}
