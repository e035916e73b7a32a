import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/article/read-article';
import { detectTopic } from '../../../src/topic/detect-topic';
import { doc, page, STORY } from './pages';

/** An ordinary story of our own, about a city council, long enough to be read as an article. */
const COUNCIL = [
  'The city council approved three new cycle lanes on Tuesday after a debate that ran late into the evening, with residents packing the public gallery.',
  'Supporters said the lanes would make the school run safer, while shop owners on the high street warned that losing parking would cost them trade.',
  'Work on the first lane is due to start in the spring, and the council said it would publish the full plans and a timetable next month.',
  'A consultation last year drew more than 2,000 responses, most of them in favour of separating bicycles from traffic on the main roads.',
];
const GAZA_CAPTION = '<figure><img src="x.jpg" alt=""><figcaption>Palestinians inspect the rubble of a home in Khan Younis, Gaza, after an Israeli strike; the Gaza health ministry says 25,490 have been killed.</figcaption></figure>';

describe('captions, embeds and teasers weigh nothing against the body\'s own paragraphs', () => {
  it('a Gaza photo caption does not make a council story a Gaza-war article, and its figure is not the page\'s', () => {
    const a = readArticle(doc(page({ paragraphs: COUNCIL, h1: 'Council approves new cycle lanes' }).replace('<p>', `${GAZA_CAPTION}<p>`)));
    expect(a.text).not.toContain('25,490');
    expect(a.text).toContain('cycle lanes');
    expect(detectTopic(a).gaza).toBe(false);
  });

  it('a caption marked by class, a video teaser and "Read more" lines are left out; the story is kept', () => {
    const extras = '<div class="media-caption">Rescuers in Kyiv after a missile strike, Ukraine.</div><div class="video-player">Watch: floods sweep through Valencia</div><p>Read more: Ukraine says drones hit refinery</p>';
    const a = readArticle(doc(page({ paragraphs: [STORY[0]!, STORY[1]!], h1: 'Tanks push deeper into Khan Younis' }).replace('</p>', `</p>${extras}`)));
    expect(a.text).not.toMatch(/Kyiv|Valencia|refinery/);
    expect(a.text).toContain('25,490');
  });

  it('a long paragraph that happens to open with "Watch:" is prose and stays', () => {
    const long = `Watch: ${STORY[2]} ${STORY[3]}`;
    const a = readArticle(doc(page({ paragraphs: [STORY[0]!, long, STORY[1]!] })));
    expect(a.text).toContain(long.slice(0, 120));
  });
});
