import { describe, expect, it } from 'vitest';
import { detectTopic } from '../../../src/topic/detect-topic';
import { article, FILLER, GAZA_STORY } from './articles';

describe('detectTopic: Gaza-war articles', () => {
  it('recognises a story about the war, with its terms strongest first and a reason', () => {
    const r = detectTopic(GAZA_STORY);
    expect(r.gaza).toBe(true);
    expect(r.isArticle).toBe(true);
    expect(r.score).toBeGreaterThan(0.7);
    expect(r.terms[0]).toBe('Khan Younis');
    expect(r.terms).toEqual(expect.arrayContaining(['Gaza health ministry', 'Jabalia', 'Deir al-Balah']));
    expect(r.reason).toMatch(/^About the Gaza war: .*\.$/);
  });

  it('recognises one where Gaza is named only in the lede, not the headline', () => {
    const r = detectTopic(article('Deadliest day for troops since the war began', [
      'Twenty-one reservists were killed when two buildings collapsed in central Gaza, the army said, in the heaviest single loss for its forces since Hamas attacked on 7 October.',
      ...FILLER,
    ]));
    expect(r.gaza).toBe(true);
  });

  it('recognises a long story whose headline and lede do not name Gaza but whose body keeps doing', () => {
    const body = Array.from({ length: 6 }, (_, i) => `In Rafah and Nuseirat, witnesses said, the night's shelling was the heaviest in weeks; Hamas fighters were reported in street battles (${i}).`);
    const r = detectTopic(article('A night of fear in the south', [...FILLER, ...body]));
    expect(r.gaza).toBe(true);
  });

  it('reads transliterations and accents: Khan Younès, Deir al Balah, Jabalya', () => {
    const r = detectTopic(article('Khan Younès: les chars avancent', [
      'Israeli troops advanced on Khan Younès while families left Deir al Balah and Jabalya, the Palestinian Red Crescent said, describing roads choked with carts and the wounded.',
    ]));
    expect(r.gaza).toBe(true);
    expect(r.terms).toEqual(expect.arrayContaining(['Khan Younis', 'Deir al-Balah', 'Jabalia']));
  });
});

describe('detectTopic: not about the Gaza war', () => {
  it('a long story on Iran that mentions Gaza once in passing', () => {
    const r = detectTopic(article('Explosions heard in Tehran as Israel strikes Iran', [
      'Israel said it struck military sites in Iran before dawn, and Iranian state media reported explosions around Tehran and the city of Isfahan.',
      ...FILLER,
      'Iran had fired missiles at Israel weeks earlier. Iranian officials said the air defences worked, and the Revolutionary Guards promised a response.',
      'The exchange has raised fears of a wider regional war that began with the conflict in Gaza a year ago.',
    ]));
    expect(r.gaza).toBe(false);
    expect(r.terms[0]).toBe('Iran');
    expect(r.reason).toMatch(/Iran/);
  });

  it('a Hezbollah and Lebanon story that names Gaza in its lede', () => {
    const r = detectTopic(article('Hezbollah fires rockets as Israel strikes southern Lebanon', [
      'Hezbollah fired dozens of rockets into northern Israel, which struck villages across southern Lebanon in reply; the group says it acts in solidarity with Gaza.',
      'Lebanese officials said the strikes killed several people. Hezbollah said its fighters targeted army posts, and Beirut urged restraint.',
      ...FILLER,
    ]));
    expect(r.gaza).toBe(false);
    expect(r.reason).toMatch(/Lebanon and Hezbollah/);
  });

  it('a Houthi attack in the Red Sea', () => {
    const r = detectTopic(article('Houthis claim attack on tanker in the Red Sea', [
      'Yemen\'s Houthis said they fired a missile at a tanker in the Red Sea, the latest in a campaign they link to the war in Gaza, and shipping firms rerouted vessels around Africa.',
      'The Houthi movement controls Sanaa and much of western Yemen. Insurers raised premiums for ships crossing the Bab el-Mandeb strait.',
      ...FILLER,
    ]));
    expect(r.gaza).toBe(false);
  });

  it('a West Bank raid that never names Gaza', () => {
    const r = detectTopic(article('Troops raid Jenin camp', [
      'Israeli forces raided the Jenin refugee camp in the occupied West Bank, and the Palestinian health ministry in Ramallah said three people were killed.',
      ...FILLER,
    ]));
    expect(r.gaza).toBe(false);
  });

  it('Gaza province in Mozambique', () => {
    const r = detectTopic(article('Floods force thousands from homes in Gaza province', [
      'Rising water on the Limpopo river forced thousands of people from their homes in Mozambique\'s Gaza province, and officials in Xai-Xai opened schools as shelters.',
      'The governor of Gaza said the displaced needed food and clean water. Aid groups warned of cholera.',
      ...FILLER,
    ]));
    expect(r.gaza).toBe(false);
    expect(r.reason).toMatch(/Mozambique/);
  });

  it('a band called Gaza', () => {
    const r = detectTopic(article('Gaza announce a new album and tour dates', [
      'The band Gaza will release their third album in the spring, with a vinyl edition and a short run of tour dates; the guitarist said the record was the loudest they had made.',
      ...FILLER,
    ]));
    expect(r.gaza).toBe(false);
  });

  it('a restaurant called Gaza', () => {
    const r = detectTopic(article('Review: Gaza, a restaurant with a view of the harbour', [
      'Gaza, the restaurant that opened last month on the quay, serves a short menu of grilled fish; the chef bakes the bread in a wood oven and the desserts are worth the wait.',
      ...FILLER,
    ]));
    expect(r.gaza).toBe(false);
  });

  it('Ukraine, Sudan and ordinary news', () => {
    for (const [title, lede] of [
      ['Russian missiles hit Kyiv overnight', 'Russia launched missiles and drones at Kyiv, Ukrainian officials said, and rescuers searched the rubble of a clinic.'],
      ['Fighting flares in El Fasher', 'The Rapid Support Forces shelled El Fasher in Sudan\'s Darfur region, and doctors said the last hospital was overwhelmed.'],
      ['Council approves new cycle lanes', 'The city council approved three new cycle lanes after a long debate, and work is due to start in the autumn.'],
    ] as const) {
      expect(detectTopic(article(title, [lede, ...FILLER])).gaza, title).toBe(false);
    }
  });
});

describe('detectTopic: isArticle', () => {
  it('a page typed "website" is judged by its text: running prose about Gaza is an article', () => {
    const r = detectTopic({ ...GAZA_STORY, pageType: 'website' });
    expect(r.isArticle).toBe(true);
    expect(r.gaza).toBe(true);
  });

  it('a page typed "website" made of short headline lines is not an article', () => {
    const lines = ['Gaza ceasefire talks resume in Cairo', 'Markets slip as oil rises', 'Hostage families rally in Tel Aviv', 'Weather: rain all week', 'Rafah crossing reopens for aid'];
    const r = detectTopic({ ...GAZA_STORY, text: lines.join('\n'), pageType: 'website' });
    expect(r.isArticle).toBe(false);
    expect(r.gaza).toBe(false);
    expect(r.reason).toMatch(/^Not a news article/);
  });

  it('a product page is not an article', () => {
    const r = detectTopic(article('Gaza hoodie, black', ['Soft cotton hoodie with a printed map. Add to cart. In stock.'], 'product'));
    expect(r.isArticle).toBe(false);
    expect(r.gaza).toBe(false);
  });

  it('an untyped list of headlines is not an article', () => {
    const lines = ['Gaza: strikes hit Rafah', 'Hamas says talks continue', 'Markets close higher', 'Weather: rain expected', 'Sport: late winner', 'Khan Younis evacuation ordered'];
    const r = detectTopic(article('Latest news', [...lines, ...lines, ...lines], null));
    expect(r.isArticle).toBe(false);
    expect(r.gaza).toBe(false);
  });

  it('untyped running prose is an article', () => {
    expect(detectTopic({ ...GAZA_STORY, pageType: null }).isArticle).toBe(true);
  });
});
