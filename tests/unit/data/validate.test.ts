import { describe, expect, it } from 'vitest';
import { DATA_FILES, validateAll } from '../../../src/build/data/data-files';
import { problemText } from '../../../src/build/data/problems';
import { problemsWhen, ROOT } from './corrupt';

describe('data files', () => {
  it('all validate', () => {
    const { parsed, problems } = validateAll(ROOT);
    expect(problems.map(problemText)).toEqual([]);
    expect([...parsed.keys()]).toEqual(DATA_FILES.map((f) => f.path));
  });

  it('a file that is not JSON is named', () => {
    const { problems } = validateAll(ROOT, new Map([['src/sites/news-sites.json', '{ "domains": [ }']]));
    expect(problems.map(problemText)).toEqual([expect.stringMatching(/^src\/sites\/news-sites\.json: not JSON: /)]);
  });
});

describe('measures.json', () => {
  const F = 'src/figures/measures.json';
  const at = (d: { measures: { key: string }[] }, key: string) => d.measures.find((m) => m.key === key) as Record<string, unknown>;

  it('rejects a wrong type', () => {
    expect(problemsWhen(F, (d) => { at(d, 'displaced').notLocal = 'yes'; })).toEqual([`${F}: measure "displaced": field "notLocal": expected boolean, got "yes"`]);
  });
  it('rejects a missing field and an unknown one', () => {
    expect(problemsWhen(F, (d) => { delete at(d, 'displaced').kind; at(d, 'displaced').grows = true; })).toEqual([
      `${F}: measure "displaced": field "kind": missing`,
      `${F}: measure "displaced": field "grows": unknown field`,
    ]);
  });
  it('rejects a duplicate measure key', () => {
    expect(problemsWhen(F, (d) => { d.measures.push({ ...at(d, 'displaced') }); })).toEqual([`${F}: measure "displaced": field "key": duplicate measure key`]);
  });
  it('rejects a cue whose regular expression does not compile', () => {
    expect(problemsWhen(F, (d) => { d.events.killed.push('re:(unclosed'); })).toEqual([
      expect.stringMatching(/^src\/figures\/measures\.json: event "killed": field "\[\d+\]": regular expression does not compile: .*Unterminated group/),
    ]);
  });
  it('rejects references to an unknown scope, entity, event or place', () => {
    expect(problemsWhen(F, (d) => {
      const m = at(d, 'displaced');
      Object.assign(m, { scopes: ['someday'], entities: ['martians'], place: 'atlantis' });
      d.entities.hostages.nearEvents = ['vanished'];
    })).toEqual([
      `${F}: measure "displaced": field "entities": unknown entity "martians"`,
      `${F}: measure "displaced": field "scopes": unknown scope "someday"`,
      `${F}: measure "displaced": field "place": unknown place "atlantis"`,
      `${F}: entity "hostages": field "nearEvents": unknown event "vanished"`,
    ]);
  });
  it('rejects a noun claimed by two entities', () => {
    expect(problemsWhen(F, (d) => { d.entities.children.nouns.push('hostages'); })).toEqual([`${F}: entity "children": field "nouns": "hostages" is also in entity "hostages"`]);
  });
});

describe('sources.json', () => {
  const F = 'src/figures/sources.json';
  it('rejects a missing counter, a duplicate name and a cue of two sources', () => {
    expect(problemsWhen(F, (d) => { delete d.sources[1].counter; })).toEqual([`${F}: source "Palestinian health officials": field "counter": missing`]);
    expect(problemsWhen(F, (d) => { d.sources.push({ ...d.sources[0], cues: ['x-ray'] }); })).toEqual([`${F}: source "Gaza health ministry": field "name": duplicate source name`]);
    expect(problemsWhen(F, (d) => { d.sources[1].cues.push('health ministry'); })).toEqual([`${F}: source "Palestinian health officials": field "cues": "health ministry" is also in source "Gaza health ministry"`]);
  });
  it('rejects a bad regular expression', () => {
    expect(problemsWhen(F, (d) => { d.unverified.push('re:[z-a]'); })).toEqual([expect.stringMatching(/^src\/figures\/sources\.json: unverified cue "re:\[z-a\]": field "unverified\[\d+\]": regular expression does not compile/)]);
  });
});

describe('lexicon.json (topic)', () => {
  const F = 'src/topic/lexicon.json';
  it('rejects a missing spelling list, a wrong type and an unknown kind', () => {
    expect(problemsWhen(F, (d) => { delete d.terms[0].variants; d.terms[1].weight = '3'; d.terms[2].kind = 'city'; })).toEqual([
      `${F}: term "Gaza": field "variants": missing`,
      `${F}: term "Gaza Strip": field "weight": expected number, got "3"`,
      `${F}: term "Gaza City": field "kind": expected ("place" | "actor" | "event" | "people"), got "city"`,
    ]);
  });
  it('rejects a duplicate name and a spelling listed twice up to case and hyphens', () => {
    expect(problemsWhen(F, (d) => { d.terms[2].name = 'Gaza'; })).toEqual([`${F}: term "Gaza": field "name": duplicate term name`]);
    expect(problemsWhen(F, (d) => { d.negative[0].variants.push('gaza-STRIP'); })).toEqual([
      expect.stringMatching(/^src\/topic\/lexicon\.json: negative term "[^"]+": field "variants": "gaza-STRIP" is the same spelling as "[^"]+" of term "Gaza Strip"$/),
    ]);
  });
  it('rejects a negative term with both a topic and a sense', () => {
    expect(problemsWhen(F, (d) => { d.negative[0].sense = 'band'; d.negative[0].topic ??= 'other war'; })).toEqual([
      expect.stringMatching(/^src\/topic\/lexicon\.json: negative term "[^"]+": field "topic": needs a topic or a sense, not both$/),
    ]);
  });
});

describe('lexicon-data.json', () => {
  const F = 'src/corpus/lexicon-data.json';
  it('rejects a share for an unknown measure and a share above 1', () => {
    expect(problemsWhen(F, (d) => { d.generic['f:killed.martians'] = 0.5; d.generic.gaza = 1.5; })).toEqual([
      `${F}: share "gaza": field "generic.gaza": expected a share in (0, 1]`,
    ]);
    expect(problemsWhen(F, (d) => { d.generic['f:killed.martians'] = 0.5; })).toEqual([
      `${F}: share "f:killed.martians": field "generic.f:killed.martians": unknown measure "killed.martians" (not in src/figures/measures.json)`,
    ]);
  });
  it('rejects a word in two synonym groups and an upper-case honorific', () => {
    expect(problemsWhen(F, (d) => { d.synonyms.find((g: string[]) => g[0] === 'hostage').push('truce'); })).toEqual([`${F}: synonym group "hostage": field "synonyms": "truce" is also in group "ceasefire"`]);
    expect(problemsWhen(F, (d) => { d.honorifics.push('Sir'); })).toEqual([expect.stringMatching(/^src\/corpus\/lexicon-data\.json: honorific "Sir": field "honorifics\[\d+\]": must be lower-case$/)]);
  });
});

describe('news-sites.json', () => {
  const F = 'src/sites/news-sites.json';
  const last = (d: { domains: string[] }) => `domains[${d.domains.length - 1}]`;
  it('rejects a scheme, upper case, a duplicate and a covered subdomain', () => {
    let field = '';
    expect(problemsWhen(F, (d) => { d.domains.push('https://example.org'); field = last(d); })).toEqual([
      `${F}: site "https://example.org": field "${field}": must be a host without a scheme`,
    ]);
    expect(problemsWhen(F, (d) => { d.domains.push('Example.org'); field = last(d); })).toEqual([`${F}: site "Example.org": field "${field}": must be lower-case`]);
    expect(problemsWhen(F, (d) => { d.domains.push('example.org/news'); field = last(d); })).toEqual([`${F}: site "example.org/news": field "${field}": expected a host name such as "example.com" (no port, path or wildcard)`]);
    expect(problemsWhen(F, (d) => { d.domains.push('bbc.com'); field = last(d); })).toEqual([`${F}: site "bbc.com": field "${field}": listed twice`]);
    expect(problemsWhen(F, (d) => { d.domains.push('edition.cnn.com'); field = last(d); })).toEqual([`${F}: site "edition.cnn.com": field "${field}": already covered by "cnn.com"`]);
  });
});

describe('reports.json', () => {
  const F = 'seeds/reports.json';
  const ID = '001_04e031c6b96cc0b5';
  it('rejects a date that is not YYYY-MM-DD or not a date, and a url that is not http(s)', () => {
    expect(problemsWhen(F, (d) => { d.reports[ID].date = '24/01/2024'; })).toEqual([`${F}: report "${ID}": field "date": expected a date YYYY-MM-DD`]);
    expect(problemsWhen(F, (d) => { d.reports[ID].date = '2024-02-30'; })).toEqual([`${F}: report "${ID}": field "date": is not a calendar date`]);
    expect(problemsWhen(F, (d) => { d.reports[ID].url = 'ftp://example.org/x'; })).toEqual([`${F}: report "${ID}": field "url": expected an http(s) URL`]);
  });
  it('rejects a seed without an entry and an entry without a seed', () => {
    expect(problemsWhen(F, (d) => { delete d.reports[ID]; })).toEqual([`${F}: report "${ID}": no entry for seeds/${ID}.txt`]);
    expect(problemsWhen(F, (d) => { d.reports['003_ffff'] = d.reports[ID]; })).toEqual([`${F}: report "003_ffff": no seeds/003_ffff.txt for this entry`]);
  });
  it('rejects an empty publisher', () => {
    expect(problemsWhen(F, (d) => { d.reports[ID].publisher = ''; })).toEqual([`${F}: report "${ID}": field "publisher": must not be empty`]);
  });
});
