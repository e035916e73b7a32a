/**
 * The reports of an alignment grouped by the value they give, so a card says "1,200 in 2 reports:
 * Irish Times, ARN, 24 Jan" once instead of one long sentence per report. Pure.
 */
import type { Alignment, OtherFigure } from '../../types';
import { countOf, shortPublisher, youRead } from '../../wording/format';
import { say } from '../../wording/messages';
import { formatCount, shortDate } from './reference-view';

/** One report in a group: enough to open it and name it. */
export interface GroupedReport {
  report: string;
  /** Short publisher ("Irish Times/Reuters"). */
  publisher: string;
  date: string | null;
  /** For an article of the reader's library: its title and when it was read ("“Title”, you read, 23 Jan"). */
  article?: string;
}

/** An article of the reader's library, named: its title (when known) and the day it was read. */
const keptName = (o: OtherFigure, keptAt: number): string =>
  o.title ? say('library.named', { title: o.title, read: youRead(keptAt) }) : youRead(keptAt);

/** The reports that give one value. */
export interface ReportGroup {
  value: number;
  /** "1,200", or the report's own words when every report of the group writes it so ("2.3 million"). */
  text: string;
  /** "1,200 in 2 reports:" */
  head: string;
  reports: GroupedReport[];
  /** The group's distinct dates, oldest first, short ("23 Jan, 24 Jan"), or "undated". */
  dates: string;
}

const byDate = (x: string | null, y: string | null): number => ((x ?? '') < (y ?? '') ? -1 : (x ?? '') > (y ?? '') ? 1 : 0);

/**
 * Every report of the alignment (those that differ and those that agree), grouped by value: the
 * differing values first in the order the alignment gives them, each group's reports oldest first.
 * A report that gives the same value twice is listed once.
 */
export function groupReports(a: Pick<Alignment, 'others' | 'agreeing'>): ReportGroup[] {
  const groups = new Map<number, { texts: Set<string>; reports: Map<string, OtherFigure> }>();
  for (const o of [...a.others, ...(a.agreeing ?? [])]) {
    const g = groups.get(o.value) ?? { texts: new Set<string>(), reports: new Map<string, OtherFigure>() };
    groups.set(o.value, g);
    g.texts.add(o.text);
    if (!g.reports.has(o.report)) g.reports.set(o.report, o);
  }
  return [...groups].map(([value, g]) => {
    const reports = [...g.reports.values()].sort((x, y) => byDate(x.date, y.date));
    const text = g.texts.size === 1 && /\p{L}/u.test([...g.texts][0] ?? '') ? [...g.texts][0]! : formatCount(value);
    const dates = [...new Set(reports.map((r) => r.date))].sort(byDate).map(shortDate).join(', ');
    return {
      value,
      text,
      head: say('card.group', { value: text, reports: countOf('report', reports.length) }),
      reports: reports.map((r) => ({
        report: r.report, publisher: shortPublisher(r.publisher), date: r.date,
        ...(r.keptAt !== undefined ? { article: keptName(r, r.keptAt) } : {}),
      })),
      dates,
    };
  });
}
