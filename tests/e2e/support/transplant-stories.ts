/**
 * The stories the transplant harness (transplant.ts) puts into real news-site structures: Gaza-war
 * articles of our own, shaped like wire copy, carrying real figures of January 2024 that differ
 * from the seed reports' (the seeds give 25,700 killed and 210 in 24 hours on 24 Jan 2024), and
 * non-Gaza stories for the negatives. Written for Crosscheck's tests; every figure names its source.
 */

/** One story: a headline, a date, paragraphs, and filler paragraphs (no figures) for long structures. */
export interface Story {
  id: string;
  headline: string;
  /** The article's own date, YYYY-MM-DD: the date the analysis must take. */
  date: string;
  /** Its publication time, ISO 8601 in UTC. */
  datetime: string;
  /** The date as a byline shows it. */
  dateText: string;
  /** The figures' paragraphs, in order. */
  paragraphs: readonly string[];
  /** Paragraphs without figures, cycled through when a structure has more body paragraphs than the story. */
  filler: readonly string[];
  /** A Gaza-war article (badges expected) or a negative. */
  gaza: boolean;
}

/** Figure-free sentences about the war, for long structures. */
const GAZA_FILLER = [
  'Residents described nights in crowded shelters and queues for bread that began before dawn.',
  'A doctor at a hospital in the south of the enclave said generators were running low and staff were working without rest.',
  'Families who had moved several times since the start of the war said they no longer knew where to go.',
  'Mediators said the gaps between the two sides had narrowed, but the question of a lasting end to the war remained open.',
  'Aid agencies warned that the crossings were not open long enough for convoys to reach the north of the strip.',
  'Relatives of the hostages gathered outside the defence ministry in Tel Aviv and called on the government to accept a deal.',
  'Satellite images showed whole blocks flattened, with roads cut by craters and rubble.',
  'A teacher sheltering in a school said children drew pictures of their homes and asked when they could go back.',
];

/** Khan Younis encircled, 23 Jan 2024: the ministry's 25,490 and 195 in 24 hours (the seeds: 25,700 and 210 a day later). */
const KHAN_YOUNIS: Story = {
  id: 'khan-younis-encircled',
  headline: 'Israeli tanks encircle Khan Younis as mediators press for Gaza truce',
  date: '2024-01-23',
  datetime: '2024-01-23T14:05:00Z',
  dateText: 'January 23, 2024',
  gaza: true,
  paragraphs: [
    'KHAN YOUNIS, Gaza Strip, Jan 23 (Wire) - Israeli tanks closed in around Khan Younis on Tuesday, cutting the road to the coast, as mediators from Qatar and Egypt pressed the two sides to accept a 30-day ceasefire in the Gaza war.',
    'The Gaza health ministry said 25,490 Palestinians had been killed since October 7, including 195 in the past 24 hours.',
    'Thousands of people fled the city on foot towards Rafah on the border with Egypt, where more than half of the enclave\'s 2.3 million people are now sheltering, according to United Nations figures.',
    'The Israeli military said 24 soldiers were killed on Monday, its deadliest day since the ground offensive began, 21 of them when a building they were mining collapsed.',
    'Israel launched its offensive after Hamas-led gunmen stormed southern Israel on October 7, killing some 1,200 people, according to Israeli tallies.',
    'Residents said shelling had hit the area around Nasser Hospital, the largest still working in the south of the enclave.',
    'The proposal under discussion would see hostages held in Gaza freed in stages in exchange for Palestinian prisoners, officials familiar with the talks said.',
  ],
  filler: GAZA_FILLER,
};

/** The toll passes 25,000, 22 Jan 2024: the ministry's 25,295 and 190 in 24 hours. */
const TOLL: Story = {
  id: 'toll-passes',
  headline: 'Gaza death toll climbs as fighting rages in Khan Younis',
  date: '2024-01-22',
  datetime: '2024-01-22T11:30:00Z',
  dateText: 'January 22, 2024',
  gaza: true,
  paragraphs: [
    'CAIRO, Jan 22 (Wire) - Fierce fighting raged in Khan Younis in southern Gaza on Monday as Israeli forces pushed into the west of the city, residents said.',
    'The Gaza health ministry said 25,295 Palestinians had been killed in Israeli strikes since October 7, and that 190 people had been killed in the past 24 hours.',
    'Egyptian and Qatari mediators were working on a plan that would begin with a 30-day ceasefire, two officials briefed on the talks said.',
    'Israeli Prime Minister Benjamin Netanyahu said the war would go on until Hamas was destroyed and more than 100 hostages still held in Gaza were brought home.',
    'The war began when Hamas-led gunmen attacked Israeli communities on October 7, killing about 1,200 people, Israel says.',
    'The United Nations said the fighting had forced most of the enclave\'s people from their homes, and that hunger was spreading in the north.',
  ],
  filler: GAZA_FILLER,
};

/** Nasser Hospital, 23 Jan 2024: the ministry's 25,490 and the UN's 1.7 million displaced. */
const HOSPITAL: Story = {
  id: 'nasser-hospital',
  headline: 'Patients and displaced families trapped as fighting nears Nasser Hospital in Khan Younis',
  date: '2024-01-23',
  datetime: '2024-01-23T18:40:00Z',
  dateText: 'January 23, 2024',
  gaza: true,
  paragraphs: [
    'GAZA, Jan 23 (Wire) - Patients, medics and thousands of displaced families were trapped inside Nasser Hospital in Khan Younis on Tuesday as fighting closed in, the World Health Organization said.',
    'The Gaza health ministry, which does not distinguish between civilians and combatants, said the death toll in the enclave had risen to 25,490, with 195 people killed in the past 24 hours.',
    'The Israeli military said its troops were fighting gunmen in the west of the city and had told residents of several districts to leave for the coast.',
    'Talks on a 30-day ceasefire, during which hostages would be released in exchange for Palestinian prisoners, were continuing in Cairo, two Egyptian security sources said.',
    'The United Nations agency for Palestinian refugees said about 1.7 million people, most of the enclave\'s population, had been displaced since October.',
  ],
  filler: GAZA_FILLER,
};

/** Negative: strikes on Kharkiv, with figures of its own, nothing about Gaza. */
const KHARKIV: Story = {
  id: 'kharkiv-strikes',
  headline: 'Russian missiles hit Kharkiv apartment blocks as Ukraine braces for winter',
  date: '2024-01-23',
  datetime: '2024-01-23T09:15:00Z',
  dateText: 'January 23, 2024',
  gaza: false,
  paragraphs: [
    'KYIV, Jan 23 (Wire) - Russian missiles struck apartment blocks in Kharkiv and Kyiv early on Tuesday, killing at least 11 people and wounding more than 60, Ukrainian officials said.',
    'Kharkiv governor Oleh Syniehubov said 41 missiles were fired at the region overnight, and that rescuers were still searching the rubble of a five-storey building.',
    'Ukraine\'s air force said it had shot down 21 of the missiles, while the rest hit residential areas and energy sites.',
    'More than 100,000 homes in the capital were left without heating, the city\'s mayor Vitali Klitschko said.',
    'President Volodymyr Zelenskiy called on Western allies to send more air defence systems before the coldest weeks of the year.',
  ],
  filler: [
    'Residents swept broken glass from the streets and queued at mobile kitchens set up by volunteers.',
    'Engineers worked through the day to restore power to hospitals and water pumping stations.',
    'Officials said schools in the city would teach online until the heating was back.',
  ],
};

/** Negative: Lebanon's banks and depositors, no war. */
const LEBANON_BANKS: Story = {
  id: 'lebanon-banks',
  headline: 'Lebanon\'s depositors still locked out of savings as bank talks drag on',
  date: '2024-01-22',
  datetime: '2024-01-22T08:00:00Z',
  dateText: 'January 22, 2024',
  gaza: false,
  paragraphs: [
    'BEIRUT, Jan 22 (Wire) - Lebanese depositors protested outside parliament on Monday as lawmakers again delayed a vote on a plan to restructure the country\'s banks, more than four years after the financial collapse.',
    'The Lebanese pound has lost about 98% of its value since 2019, and the World Bank says the crisis is among the worst in modern history.',
    'Caretaker economy minister Amin Salam said the government would present a new draft within 30 days.',
    'The International Monetary Fund reached a staff-level agreement for a $3 billion programme in April 2022, but the reforms it asked for have stalled.',
  ],
  filler: [
    'Shopkeepers in Hamra said most of their customers now paid in cash, in dollars.',
    'Pensioners described waiting in line for hours to withdraw small sums each month.',
    'Economists said confidence in the banking system would take years to rebuild.',
  ],
};

/** Negative: a band called Gaza. */
const GAZA_THE_BAND: Story = {
  id: 'gaza-the-band',
  headline: 'Gaza, the Salt Lake City metalcore band, announces a reunion tour',
  date: '2024-01-23',
  datetime: '2024-01-23T16:00:00Z',
  dateText: 'January 23, 2024',
  gaza: false,
  paragraphs: [
    'The Utah metalcore band Gaza said on Tuesday it would reunite for a tour of 30 dates across North America this spring, more than a decade after it split up.',
    'The band, formed in Salt Lake City in 2004, released three albums on Black Market Activities, the last of them, No Absolutes in Human Suffering, in 2012.',
    'Singer Jon Parkin said the four members had been writing new songs together since last summer, and that a record would follow the tour.',
    'Tickets for the first shows sold out within 24 hours, the band\'s label said.',
  ],
  filler: [
    'Fans on social media shared memories of sweaty basement shows and broken guitar strings.',
    'Critics have called the band one of the heaviest to come out of the Utah scene.',
    'The tour opens in Salt Lake City and ends on the West Coast.',
  ],
};

export const GAZA_STORIES: readonly Story[] = [KHAN_YOUNIS, TOLL, HOSPITAL];
export const OTHER_STORIES: readonly Story[] = [KHARKIV, LEBANON_BANKS, GAZA_THE_BAND];
