import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { buildReports, reportId, type ReportsFile } from '../../src/build/corpus/build-reports';
import type { Article } from '../../src/types';

/**
 * A plain-text article in the seeds/ format keeps its metadata in a reports.json beside it. When
 * the file has an entry there, its title, date, publisher and URL fill what the text itself lacks,
 * the same way the corpus compiler joins them.
 */
export function withSidecarMetadata(file: string, raw: string, article: Article): Article {
  const metaFile = join(dirname(file), 'reports.json');
  if (!existsSync(metaFile)) return article;
  const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as ReportsFile;
  const id = reportId(file);
  const entry = meta.reports[id];
  if (!entry) return article;
  const [report] = buildReports([{ name: basename(file), raw }], { reports: { [id]: entry } });
  if (!report) return article;
  return {
    ...article,
    title: article.title ?? report.title,
    date: article.date ?? report.date,
    publisher: article.publisher ?? report.publisher,
    url: article.url ?? report.url,
  };
}
