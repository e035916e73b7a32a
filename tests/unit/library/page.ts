/**
 * An invented Gaza-war wire story written for the library's tests (no third-party text), with
 * about twenty figures of the kinds news gives: tolls since the war began, the last 24 hours,
 * soldiers, hostages, aid trucks, people displaced.
 */
import { parseHtml } from '../../../scripts/lib/dom';

const PARAGRAPHS = [
  'Israeli strikes across the central Gaza Strip killed at least 41 people overnight, the Gaza health ministry said on Wednesday, as families in Deir al-Balah dug through the rubble of two homes by hand.',
  'The ministry said 25,490 Palestinians had been killed and 63,354 wounded since the war began on 7 October, and that 178 people had been killed in the last 24 hours. It does not distinguish between civilians and fighters. About 8,000 more people are missing under the rubble, the ministry said.',
  'The Israeli military said 24 of its soldiers were killed on Monday, 21 of them when a building they were mining collapsed near Kissufim, the deadliest day for its forces since the ground offensive began. It says 221 soldiers have been killed in the ground operation.',
  'Hamas said its fighters had destroyed 14 military vehicles in Khan Younis over two days, a claim the army did not address.',
  'About 1.7 million people, nearly three quarters of the population, have been displaced, according to the UN humanitarian office, and more than 1 million are now sheltering in Rafah, a city that had about 280,000 residents before the war.',
  'Only 132 aid trucks entered the Strip through the Kerem Shalom and Rafah crossings on Tuesday, the UN agency for Palestinian refugees said, against some 500 a day before the war.',
  'Hamas-led fighters killed about 1,200 people in Israel on 7 October and took some 250 hostages, Israeli tallies say. Israel says 136 hostages remain in Gaza, of whom at least 25 are believed to be dead. Around 105 were freed during a week-long truce in November in exchange for 240 Palestinian prisoners.',
  'Mediators from Qatar and Egypt are pressing for a 30-day ceasefire under which hostages would be released in stages. Two officials briefed on the talks said a new round was expected in Cairo within days.',
  'The World Health Organization said only 15 of the territory\'s 36 hospitals were even partially working, and that Nasser hospital, the largest still open in the south, was treating 700 patients with 350 beds.',
  'The Government Media Office in Gaza said 10,600 children and 7,200 women were among the dead, and that 122 journalists, 337 medical workers and 42 civil defence workers had been killed since 7 October.',
  'In the occupied West Bank, 360 Palestinians have been killed since 7 October, the UN office said.',
];

/** The story as a news page. */
export const PAGE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Strikes kill dozens in central Gaza as truce talks resume | Daily Courier</title>
<meta property="og:site_name" content="Daily Courier">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-01-24T09:30:00Z">
<link rel="canonical" href="https://www.dailycourier.example/world/middle-east/gaza-strikes-truce-talks-2024-01-24/?utm_source=newsletter#comments">
</head><body>
<header><a href="/">Daily Courier</a><nav><a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>Strikes kill dozens in central Gaza as truce talks resume</h1>
${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}
</article></main>
<footer><p>Copyright Daily Courier. Contact us | Privacy | Terms</p></footer>
</body></html>`;

/** The page as a Document. */
export const pageDocument = (): Document => parseHtml(PAGE_HTML);
