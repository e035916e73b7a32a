/**
 * Decides what a figure counts: its entity (Palestinians, soldiers, hostages...), event (killed,
 * injured, held...), time scope and unit, each read from the closest words that say it, then
 * looks the combination up in the measure vocabulary (measures.json). General cues, not
 * item-specific patterns: "killed 178 Palestinians in the past 24 hours", "the Palestinian death
 * toll rose to 25,295" and "more than 25,000 people have been killed" take the same road.
 */
import type { Quantity } from './find-quantities';
import { pickCue, type Regions } from './regions';
import { ENTITY_EVENTS, GENERIC_ENTITIES, MEASURES, SCOPES, scopeLabel, type CueMatch, type MeasureDef } from './vocabulary';

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

/** Entities whose counts are deaths and injuries: their events may come from the whole sentence. */
const CASUALTIES = new Set(['palestinians', 'people', 'israelis', 'soldiers', 'militants', 'children']);
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
const CEASEFIRE_OF = /\b(?:ceasefire|cease-fire|truce|pause|halt|lull)\s+(?:of|for|lasting)\s+(?:up\s+to\s+|about\s+|around\s+|at\s+least\s+)?$/i;
/** Events said next to the number only. */
const NEAR_ONLY = new Set(['population', 'sheltering', 'displaced']);

function entityOf(q: Quantity, r: Regions, cues: SentenceCues): string | null {
  const head = cues.nouns.filter((m) => m.start >= r.end && m.end <= r.headEnd);
  const specific = head.find((m) => !GENERIC_ENTITIES.has(m.key));
  if (specific) return specific.key;
  if (head[0]) return head[0].key;
  void q;
  return pickCue(cues.entityContext, r)?.key ?? null;
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
  const reach = entity === null || CASUALTIES.has(entity) || allowed ? 'sentence' : 'near';
  // Where people are (population, sheltering, displaced) is said next to the number, not anywhere
  // in the sentence: "1.1 million people – half the population of Gaza" is not the population.
  const accept = (m: CueMatch): boolean =>
    (!allowed || allowed.has(m.key)) &&
    (!NEAR_ONLY.has(m.key) || (m.start >= r.beforeStart && m.end <= r.afterEnd));
  return pickCue(cues.events, r, reach, accept)?.key ?? null;
}

function scopeOf(cues: SentenceCues, r: Regions): CueMatch | undefined {
  return pickCue(cues.scopes, r);
}

/** A named town or camp in the phrases around the figure, or "the city" right after its noun. */
function isLocal(p: CueMatch, r: Regions): boolean {
  if (p.key === 'gaza' || p.start < r.beforeStart) return false;
  return p.key === 'generic' ? p.end <= Math.min(r.afterEnd, r.headEnd + LOCAL_REACH) : p.end <= r.afterEnd;
}

function matches(m: MeasureDef, q: Quantity, c: { entity: string | null; event: string | null; scope: string | null }, r: Regions, cues: SentenceCues, sentenceLower: string): boolean {
  const unit = q.unit === 'count' ? 'count' : q.unit;
  if (m.unit !== unit) return false;
  if (m.entities && !m.entities.includes(c.entity)) return false;
  if (m.events && !m.events.includes(c.event)) return false;
  if (m.scopes && (c.scope === null || !m.scopes.includes(c.scope))) return false;
  if (m.place && !cues.places.some((p) => p.key === m.place)) return false;
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
export function classifyMeasure(text: string, q: Quantity, r: Regions, cues: SentenceCues, previousEntity: string | null = null): Classification {
  const sentence = text.slice(r.winStart, r.winEnd);
  let entity = entityOf(q, r, cues);
  // "Eight of them died": them are whoever the previous figure counted.
  if (entity === null && OF_THEM.test(text.slice(r.end, r.end + 20))) entity = previousEntity;
  const event = eventOf(text, q, r, cues, entity);
  const scopeCue = event === 'population' || event === 'ceasefire' ? undefined : scopeOf(cues, r);
  let scope = scopeCue?.key ?? null;
  if ((event === 'killed' || event === 'injured') && scope === null) {
    const clause = text.slice(r.clauseStart, r.clauseEnd);
    if (q.value >= RUNNING_TOTAL_MIN || PRESENT_PERFECT.test(clause)) scope = 'cumulative';
  }
  if (entity === null && (event === 'killed' || event === 'injured')) {
    if (scope === 'oct7') entity = 'people';
    // An unnamed running toll in Gaza coverage is Gaza's; one above 5,000 can be no other
    // (Israel's own tolls are in the low thousands and name soldiers or militants).
    else if ((scope === 'cumulative' || scope === '24h') && (GAZA_CONTEXT.test(sentence) || q.value >= RUNNING_TOTAL_MIN)) entity = 'palestinians';
  }
  // People killed on 7 October were killed in Israel, whatever else the sentence names.
  if (scope === 'oct7' && entity === 'palestinians' && !cues.nouns.some((m) => m.key === 'palestinians' && m.start >= r.end && m.end <= r.headEnd)) entity = 'people';
  const c = { entity, event, scope };
  const lower = sentence.toLowerCase();
  const measure = MEASURES.find((m) => matches(m, q, c, r, cues, lower)) ?? null;
  let scopeText: string | null = null;
  if (scopeCue && scope === scopeCue.key) {
    scopeText = /^(?:since|in|over|during|within|before|prior)\b/i.test(scopeCue.text) ? scopeCue.text.replace(/\s+/g, ' ') : (SCOPES[scopeCue.rank]?.label ?? scope);
  } else if (scope) scopeText = scope === 'cumulative' ? 'in total' : scopeLabel(scope);
  return { measure, entity, event, scope, scopeText };
}
