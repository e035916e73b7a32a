/**
 * Decides what a figure counts: its entity (Palestinians, soldiers, hostages...), event (killed,
 * injured, held...), time scope and unit, each read from the closest words that say it, then
 * looks the combination up in the measure vocabulary (measures.json). General cues, not
 * item-specific patterns: "killed 178 Palestinians in the past 24 hours", "the Palestinian death
 * toll rose to 25,295" and "more than 25,000 people have been killed" take the same road.
 */
import type { Quantity } from './find-quantities';
import { appositionTail, partitiveEntity, PARTITIVE_WHOLE, RESTATED_EVENTS, RESTATES_PREVIOUS } from './phrase-links';
import { pickCue, type Regions } from './regions';
import { CASUALTY_ENTITIES, ENTITY_EVENTS, ENTITY_NEAR_EVENTS, ENTITY_READ_AS, GENERIC_ENTITIES, MEASURES, SCOPES, scopeLabel, type CueMatch, type MeasureDef } from './vocabulary';

/** The cues found in the part of a sentence read for a figure. */
export interface SentenceCues {
  nouns: CueMatch[];
  entityContext: CueMatch[];
  events: CueMatch[];
  scopes: CueMatch[];
  places: CueMatch[];
  ceasefire: CueMatch[];
}

/** What the classifier decided, with the parts it decided from. */
export interface Classification {
  measure: MeasureDef | null;
  entity: string | null;
  event: string | null;
  scope: string | null;
  /** The scope in words, as the text says it where that is more exact ("since late October"). */
  scopeText: string | null;
}

/** No single strike or day of this war killed 5,000 people: a death toll that large is a running total. */
const RUNNING_TOTAL_MIN = 5000;
/** "have been killed", "has since died": a present perfect reports a running total. */
const PRESENT_PERFECT = /\b(?:have|has)\s+(?:now\s+|also\s+|since\s+|so\s+far\s+)?(?:been\s+)?(?:killed|died|injured|wounded)\b/i;
/** "Gaza's 2.3 million people", "the enclave's 2.3 million": the possessive names a population. */
const POSSESSIVE_POPULATION = /(?:gaza|enclave|strip|territory)['’]s\s+(?:entire\s+|whole\s+|estimated\s+|total\s+)?$/i;
/** Words that place a casualty count in Gaza when nothing else names who died. */
const GAZA_CONTEXT = /\b(?:gaza|gazans?|palestinians?|ministry|health\s+(?:officials|authorit\w*)|medical\s+officials|enclave)\b/i;
/** A count of a group named before ("eight of them"). */
const OF_THEM = /^\s+of\s+(?:them|those|whom|these)\b/i;
/** How far after a figure's noun a place name still says where the count is ("killed in Rafah"). */
const LOCAL_REACH = 20;
const TIME_UNITS = new Set(['day', 'week', 'month']);
/** "a ceasefire of 30 days", "a truce lasting up to six weeks". */
const CEASEFIRE_OF = /\b(?:ceasefire|cease-fire|truce|pause|halt|lull|halted|paused|suspended)\s+(?:of|for|lasting)\s+(?:up\s+to\s+|about\s+|around\s+|at\s+least\s+)?$/i;
/** Events said next to the number only. */
const NEAR_ONLY = new Set(['population', 'sheltering', 'displaced', 'prewar']);
/** Entities a count joined by "and" to the one before it takes from it. */
const SHARED_NOUN_ENTITIES = new Set(['palestinians', 'people', 'soldiers', 'israelis']);
/** Scopes of a count over a span of time: such a count is not a level or a fixed number. */
const PERIOD_SCOPES = new Set(['24h', 'window']);
/** "including", "among them" right before a later figure: that figure is a part, and its phrase is its own. */
const PART_LEAD = /\b(?:including|among\s+(?:them|whom|those|these))\s+(?:[a-z]+\s+){0,2}$/i;
/** A word that sets the clause after it against the one before: its scope is its own. */
const CONTRAST = /\b(?:while|whereas|but|although|though)\b|;/i;
/** "the number of", "the toll of", "the count of" right before a noun: the noun is what a later figure counts. */
const NUMBER_OF = /\b(?:number|toll|count|tally|total)\s+of\s+(?:[A-Za-z-]+\s+)?$/i;
/** …when the figure is what that number has come to ("has risen to", "rose to", "reached", "stands at"). */
const COUNT_VERB_BEFORE = /\b(?:(?:has|have|had)\s+)?(?:risen|rose|climbed|jumped|increased|grown|grew|reached|hit|stands?|stood|now\s+stands?)\s+(?:to|at)?\s*(?:more\s+than\s+|at\s+least\s+|nearly\s+|about\s+)?$/i;
/** A number and at most two words before a cue: the cue names that number's noun ("240 Palestinian prisoners"). */
const NUMBER_BEFORE = /(?:\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million))\s+(?:[A-Za-z-]+\s+){0,2}$/i;

/**
 * "three more soldiers", "12 additional deaths": an increment. ("another 72,000 wounded" is not
 * one: "another" there adds a second count to the first.)
 */
const INCREMENT_AFTER = /^\s+(?:more|additional|new|further)\b/i;

/** What the other figures of the sentence say, for the figure being classified. */
export interface Neighbours {
  /** The other figures of the sentence, with their phrases. */
  others?: readonly Regions[];
  /** The previous figure in the sentence: where it ends and what event it counts. */
  previous?: { end: number; event: string | null; entity?: string | null } | null;
}

function entityOf(text: string, r: Regions, cues: SentenceCues): string | null {
  const head = cues.nouns.filter((m) => m.start >= r.end && m.end <= r.headEnd);
  const specific = head.find((m) => !GENERIC_ENTITIES.has(m.key));
  if (specific) return specific.key;
  if (head[0]) return head[0].key;
  // "The number of journalists killed ... has risen to 119": the clause's subject names who.
  const subject = cues.nouns.find((m) => m.start >= r.clauseStart && m.end <= r.start && NUMBER_OF.test(text.slice(Math.max(r.clauseStart, m.start - 30), m.start)));
  if (subject && COUNT_VERB_BEFORE.test(text.slice(subject.end, r.start))) return subject.key;
  // A context word right after a later number names that number's noun, not this figure's:
  // in "105 were released ... for 240 Palestinian prisoners", the 105 are not Palestinians.
  // (One after an earlier number may still say who is counted: "24 soldiers ..., bringing the
  // toll to 220".)
  const ownNoun = (m: CueMatch): boolean => {
    if (m.start < r.end) return true;
    const from = Math.max(r.winStart, m.start - 40);
    const n = NUMBER_BEFORE.exec(text.slice(from, m.start));
    if (!n) return true;
    const at = from + n.index;
    return at >= r.start && at < r.end;
  };
  return pickCue(cues.entityContext, r, 'sentence', ownNoun)?.key ?? null;
}

function eventOf(text: string, q: Quantity, r: Regions, cues: SentenceCues, entity: string | null): string | null {
  if (TIME_UNITS.has(q.unit)) {
    // "30-day ceasefire", "a truce of 30 days"; never "the two-month-old war".
    if (/^[-\s]*\w+[-\s]+old\b/i.test(text.slice(q.end, q.end + 20))) return null;
    const after = cues.ceasefire.some((m) => m.start >= r.end && m.start - r.end <= 50 && m.start <= r.afterEnd);
    const before = CEASEFIRE_OF.test(text.slice(Math.max(r.clauseStart, r.start - 50), r.start));
    return after || before ? 'ceasefire' : null;
  }
  const before = text.slice(Math.max(r.winStart, r.start - 40), r.start).replace(/(?:more\s+than|over|some|about|around|nearly|almost)\s+$/i, '');
  if (POSSESSIVE_POPULATION.test(before)) return 'population';
  const allowed = entity ? ENTITY_EVENTS.get(entity) : undefined;
  const nearEvents = entity ? ENTITY_NEAR_EVENTS.get(entity) : undefined;
  // "around 30 of whom are believed to be dead": a death right after a hostage count is theirs.
  if (nearEvents) {
    const m = pickCue(cues.events, r, 'near', (c) => nearEvents.has(c.key) && c.start >= r.end);
    if (m) return m.key;
  }
  const readAs = entity ? ENTITY_READ_AS.get(entity) : undefined;
  const keyOf = (m: CueMatch): string => readAs?.get(m.key) ?? m.key;
  const reach = entity === null || CASUALTY_ENTITIES.has(entity) || allowed ? 'sentence' : 'near';
  const tail = appositionTail(text, r);
  // Where people are (population, sheltering, displaced) is said next to the number, not anywhere
  // in the sentence: "1.1 million people – half the population of Gaza" is not the population.
  // An apposition restating the figure is stepped over: "1.9 million people, or 85%, have fled".
  const near = (m: CueMatch): boolean =>
    (m.start >= r.beforeStart && m.end <= r.afterEnd) || (tail !== null && m.start >= tail[0] && m.end <= tail[1]);
  const accept = (m: CueMatch): boolean => (!allowed || allowed.has(keyOf(m))) && (!NEAR_ONLY.has(m.key) || near(m));
  const found = pickCue(cues.events, r, reach, accept);
  if (tail && (!found || (found.start > r.afterEnd && !NEAR_ONLY.has(found.key)))) {
    // The verb right after the apposition says what the figure counts.
    const t = cues.events.find((m) => NEAR_ONLY.has(m.key) && m.start >= tail[0] && m.end <= tail[1] && accept(m));
    if (t) return keyOf(t);
  }
  if (found && keyOf(found) === 'taken' && allowed?.has('held')) {
    // "132 hostages abducted on October 7 remain in Gaza": the main verb after the participle decides.
    const later = cues.events.find((m) => m.start >= found.end && m.end <= r.clauseEnd && keyOf(m) === 'held');
    if (later) return 'held';
  }
  return found ? keyOf(found) : null;
}

/**
 * The figure's time scope. A cue in another figure's own phrase is that figure's when it stands
 * before a later figure in another clause ("100 were killed ..., as the overall death toll
 * passed 30,000"; but "21 died when a blast brought down two buildings" is the 21's) or after
 * one set against this one ("62,681 injured, while 178 were killed in the last 24 hours"); a
 * scope after figures joined by "and" is shared ("183 killed and 377 wounded over 24 hours").
 */
function scopeOf(text: string, cues: SentenceCues, r: Regions, others: readonly Regions[]): CueMatch | undefined {
  const owned = (m: CueMatch): boolean => others.some((o) => {
    if (o.start <= r.start) return false;
    if (m.start >= r.end && m.start >= o.beforeStart && m.end <= o.start && /[,;]/.test(text.slice(r.end, m.start))) return true;
    // "24 soldiers were killed, 21 of them when a building collapsed": the part's phrase is its own.
    // So is a part's: "15 soldiers were killed, including 9 in an ambush".
    return m.start >= o.end && m.end <= o.afterEnd && (CONTRAST.test(text.slice(r.end, o.start)) || OF_THEM.test(text.slice(o.end, o.end + 20)) || PART_LEAD.test(text.slice(r.end, o.start)));
  });
  const picked = pickCue(cues.scopes, r, 'sentence', (m) => !owned(m));
  // "since the start of the aggression on the Strip on October 7, 2023, to 67,074": the date is the
  // start of the count the "since" phrase opened, not the day of the attack.
  if (picked && SCOPES[picked.rank]?.key === 'oct7') {
    const since = cues.scopes.find((m) => SCOPES[m.rank]?.start === true && m.start < picked.start && picked.start - m.start <= SINCE_DATE_REACH && !/[,;.]/.test(text.slice(m.start, picked.start)));
    if (since) return since;
  }
  if (!picked || !SCOPES[picked.rank]?.generic) return picked;
  // "The military's death toll since late October rose to 221": a cue that says the span, in the
  // clause, or one that says when the count starts, in the sentence, wins over "toll".
  const inClause = (m: CueMatch): boolean => m.start >= r.clauseStart && m.end <= r.clauseEnd;
  const said = cues.scopes.filter((m) => {
    const def = SCOPES[m.rank];
    return !def?.generic && (inClause(m) || def?.start === true) && (m.end <= r.start || m.start >= r.end) && !owned(m);
  });
  return said.sort((a, b) => Number(inClause(b)) - Number(inClause(a)) || distance(a, r) - distance(b, r))[0] ?? picked;
}

/**
 * How far from the "since" that opens a phrase its start date may stand, in characters: in "since
 * the start of the Israeli aggression on the Strip on October 7" the date is 58 characters on.
 */
export const SINCE_DATE_REACH = 70;

/** Characters between a cue and the figure. */
const distance = (m: CueMatch, r: Regions): number => (m.start >= r.end ? m.start - r.end : r.start - m.end);

/** A named town or camp in the phrases around the figure, or "the city" right after its noun. */
function isLocal(p: CueMatch, r: Regions): boolean {
  if (p.key === 'gaza' || p.start < r.beforeStart) return false;
  return p.key === 'generic' ? p.end <= Math.min(r.afterEnd, r.headEnd + LOCAL_REACH) : p.end <= r.afterEnd;
}

/** "In the West Bank, 469 Palestinians...": a place fronting the clause, a comma and at most three words before the figure. */
const FRONTED = /^[^.;:,]{0,20},\s*(?:[a-z]+\s+){0,3}$/i;
function fronts(text: string, p: CueMatch, r: Regions): boolean {
  return p.end <= r.start && r.start - p.end <= 60 && FRONTED.test(text.slice(p.end, r.start));
}

function matches(text: string, m: MeasureDef, q: Quantity, c: { entity: string | null; event: string | null; scope: string | null }, r: Regions, cues: SentenceCues, sentenceLower: string): boolean {
  const unit = q.unit === 'count' ? 'count' : q.unit;
  if (m.unit !== unit) return false;
  if (m.entities && !m.entities.includes(c.entity)) return false;
  if (m.events && !m.events.includes(c.event)) return false;
  if (m.scopes && (c.scope === null || !m.scopes.includes(c.scope))) return false;
  // "450,000 have fled Rafah in the past week" counts a span of time, not how many are there.
  if ((m.kind === 'level' || m.kind === 'fixed') && c.scope !== null && PERIOD_SCOPES.has(c.scope)) return false;
  if (m.place && !cues.places.some((p) => p.key === m.place && (!m.placeNear || isLocal(p, r) || fronts(text, p, r)))) return false;
  // A town or camp named right before the figure or just after its noun makes the count local.
  if (m.notLocal && cues.places.some((p) => isLocal(p, r))) return false;
  if (m.requires && !m.requires.every((w) => sentenceLower.includes(w))) return false;
  if (m.minValue !== undefined && q.value < m.minValue) return false;
  if (m.maxValue !== undefined && q.value > m.maxValue) return false;
  return true;
}

/**
 * Classifies the quantity `q` of `text` from the cues of its sentence (read in the window of
 * `r`). `previousEntity` is what the figure before it counted, for "eight of them".
 */
export function classifyMeasure(
  text: string, q: Quantity, r: Regions, cues: SentenceCues, previousEntity: string | null = null, neighbours: Neighbours = {},
): Classification {
  const sentence = text.slice(r.winStart, r.winEnd);
  let entity = entityOf(text, r, cues);
  if (entity === null || GENERIC_ENTITIES.has(entity)) entity = partitiveEntity(text, r, cues.nouns, neighbours.others ?? []) ?? entity;
  // "Eight of them died": them are whoever the previous figure counted.
  if (entity === null && OF_THEM.test(text.slice(r.end, r.end + 20))) entity = previousEntity;
  let event = eventOf(text, q, r, cues, entity);
  // "1.9 million people, or about 85% of the population, have fled": the share restates the count.
  const prev = neighbours.previous;
  if (q.unit === 'percent' && prev?.event && RESTATED_EVENTS.has(prev.event) && RESTATES_PREVIOUS.test(text.slice(prev.end, r.start))) event = prev.event;
  const scopeCue = event === 'population' || event === 'ceasefire' ? undefined : scopeOf(text, cues, r, neighbours.others ?? []);
  let scope = scopeCue?.key ?? null;
  // "another 200" or "three more soldiers" is an increment, never the running total.
  const increment = INCREMENT_AFTER.test(text.slice(r.end, r.end + 25));
  if (increment && (scope === 'cumulative' || (scopeCue !== undefined && SCOPES[scopeCue.rank]?.start === true))) scope = null;
  // No single day or strike of this war killed 5,000: a toll that large is the running total.
  if ((event === 'killed' || event === 'injured') && !increment && q.value >= RUNNING_TOTAL_MIN && (scope === '24h' || scope === 'day' || scope === 'incident')) scope = 'cumulative';
  // "10 of Hamas's estimated 30,000 fighters were killed": the whole is not what was killed.
  if ((event === 'killed' || event === 'injured') && PARTITIVE_WHOLE.test(text.slice(Math.max(r.winStart, r.start - 50), r.start))) event = null;
  if ((event === 'killed' || event === 'injured') && scope === null && !increment) {
    const clause = text.slice(r.clauseStart, r.clauseEnd);
    if (q.value >= RUNNING_TOTAL_MIN || PRESENT_PERFECT.test(clause)) scope = 'cumulative';
  }
  if (entity === null && (event === 'killed' || event === 'injured')) {
    // "attacks killed 210 people and wounded 394": a count joined to the one before shares its noun.
    const joined = prev?.entity && SHARED_NOUN_ENTITIES.has(prev.entity) && /^[^,;:.()]{0,60}\s(?:and|while)\s+(?:[a-z]+\s+){0,2}$/i.test(text.slice(prev.end, r.start));
    if (joined) entity = prev.entity ?? null;
    else if (scope === 'oct7') entity = 'people';
    // An unnamed running toll in Gaza coverage is Gaza's; one above 5,000 can be no other
    // (Israel's own tolls are in the low thousands and name soldiers or militants).
    else if ((scope === 'cumulative' || scope === '24h') && (GAZA_CONTEXT.test(sentence) || q.value >= RUNNING_TOTAL_MIN)) entity = 'palestinians';
    // "About 200 were killed in the past day alone", right after the Gaza toll: the same people.
    else if (scope === '24h' && previousEntity === 'palestinians') entity = 'palestinians';
  }
  // People killed on 7 October were killed in Israel, whatever else the sentence names.
  if (scope === 'oct7' && entity === 'palestinians' && !cues.nouns.some((m) => m.key === 'palestinians' && m.start >= r.end && m.end <= r.headEnd)) entity = 'people';
  const c = { entity, event, scope };
  const lower = sentence.toLowerCase();
  const measure = MEASURES.find((m) => matches(text, m, q, c, r, cues, lower)) ?? null;
  let scopeText: string | null = null;
  if (scopeCue && scope === scopeCue.key) {
    scopeText = /^(?:since|in|over|during|within|before|prior)\b/i.test(scopeCue.text) ? scopeCue.text.replace(/\s+/g, ' ') : (SCOPES[scopeCue.rank]?.label ?? scope);
  } else if (scope) scopeText = scope === 'cumulative' ? 'in total' : scopeLabel(scope);
  return { measure, entity, event, scope, scopeText };
}
