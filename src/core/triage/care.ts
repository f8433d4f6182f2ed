/**
 * The level of care: the most urgent of the red flags and of the conditions that are reasonably likely.
 * When the picture is unclear the advice leans toward seeing someone (safety first; judgement).
 * @module
 */
import type { KnowledgeBase } from '../kb/knowledge-base.ts';
import type { CareLevel, Condition } from '../kb/schema.ts';
import { careRank } from './levels.ts';
import type { Posterior } from './differential.ts';
import type { RedFlagHit, TriageResult } from './types.ts';
import { BONE_STOP_THRESHOLD, boneStressShare } from './bone-stress.ts';
import { entryLrs, matches } from './likelihood.ts';
import type { FindingValue } from './types.ts';

const isFindingValue = (v: unknown): v is FindingValue => typeof v === 'boolean' || typeof v === 'number' || typeof v === 'string';

/** A condition this likely can set the level of care. */
export const CARE_THRESHOLD = 0.25;
/** A condition the KB marks as a red flag sets the level at a lower probability. */
export const RED_FLAG_CONDITION_THRESHOLD = 0.12;
/** Pain this many weeks or longer deserves a professional look (judgement). */
export const LONG_STANDING_WEEKS = 12;

type Triage = TriageResult['triage'];

/** Support: a likelihood ratio at least this large for a finding that is present. */
const SUPPORT_LR = 2;

/** Does something known point to the condition (a present finding with a likelihood ratio of 2 or more)? */
function supported(c: Condition, get: (id: string) => unknown): boolean {
  return c.evidence.some((e) => {
    const v = get(e.finding);
    return isFindingValue(v) && v !== 'unknown' && matches(e, v) && entryLrs(e).plus >= SUPPORT_LR;
  });
}

/**
 * Decide the level of care.
 * @example decideCare(kb, [], post, (id) => undefined).level // 'doctor' when nothing is known yet
 */
export function decideCare(
  kb: KnowledgeBase, flags: readonly RedFlagHit[], post: Posterior, get: (id: string) => unknown, anyFinding: boolean,
): Triage {
  let best: Triage = { level: 'selfcare', timeframe: 'now', reason: 'Nothing in your answers needs a clinician urgently.', action: 'Look after it yourself for now and follow the advice below.' };
  const raise = (t: Triage): void => {
    if (careRank(t.level) > careRank(best.level)) best = t;
  };
  const top = flags[0];
  if (top) raise({ level: top.level, timeframe: top.timeframe, reason: top.reason, action: top.action });
  const ranked = [...post.marginal.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const [topId, topP] = ranked[0] ?? ['', 0];
  // Self-care still comes with a time frame: the leading condition's own "see someone if not better in …".
  const leader = kb.conditionById.get(topId);
  if (leader && leader.care.level === 'selfcare' && flags.length === 0) {
    best = { level: 'selfcare', timeframe: leader.care.timeframe, reason: best.reason, action: leader.care.action };
  }
  for (const [id, p] of ranked) {
    const c = kb.conditionById.get(id);
    if (!c) continue;
    const threshold = c.redFlag ? RED_FLAG_CONDITION_THRESHOLD : CARE_THRESHOLD;
    if (p < threshold && id !== topId) continue;
    // A warning-sign condition may set the level at a low probability only when something said points to it: a
    // posterior of 13% made of location and history alone ("infection is possible" with no redness, heat, wound or
    // fever) is noise, not a reason to be seen today (dev7, dev8).
    if (p < CARE_THRESHOLD && id !== topId && !supported(c, get)) continue;
    raise({ level: c.care.level, timeframe: c.care.timeframe, reason: `${c.name} is ${id === topId ? 'the most likely cause' : 'possible'} (${Math.round(p * 100)}%).`, action: c.care.action });
    // The KB's own "…unless" for this condition: a finding that calls for more care than its usual level.
    for (const x of c.care.escalate) {
      const value = get(x.finding);
      if (isFindingValue(value) && value !== 'unknown' && matches(x, value)) {
        raise({ level: x.level, timeframe: x.timeframe, reason: `${c.name} is ${id === topId ? 'the most likely cause' : 'possible'}, and ${x.reason}`, action: c.care.action });
      }
    }
  }
  // Running stops when bone stress is reasonably likely in sum (running.ts); then it must also be checked, so the
  // level of care cannot stay at self-care while the running advice says "stop until it has been checked".
  const bone = boneStressShare(kb, post);
  if (bone.p >= BONE_STOP_THRESHOLD) {
    raise({ level: 'doctor', timeframe: 'within a few days', reason: `A bone stress injury (${bone.name}) is possible (${Math.round(bone.p * 100)}%), and it needs checking before you run on it.`, action: 'Stop running for now and see a doctor or sports physio within a few days; imaging may be needed.' });
  }
  const unclear: CareLevel = 'doctor';
  if (!anyFinding) {
    raise({ level: unclear, timeframe: 'when you can', reason: 'Not enough is known yet; answer the questions to get advice that fits.', action: 'Answer a few questions first.' });
  } else if (post.other > topP) {
    raise({ level: unclear, timeframe: 'within 1–2 weeks', reason: 'Your answers do not fit one common running problem well, so a doctor or physio should take a look.', action: 'Book a doctor or physio appointment.' });
  }
  // Self-care already tried without improvement: its own "see someone if it is not better" point has passed
  // (every such account in the developer sets was labelled at least "doctor"; judgement).
  if (get('self-care-not-helping') === true) {
    raise({ level: 'doctor', timeframe: 'within 1–2 weeks', reason: 'What you have tried yourself has not helped, so a physio or doctor should take a look.', action: 'Book a physio or doctor appointment.' });
  }
  const weeks = get('duration-weeks');
  if (typeof weeks === 'number' && weeks >= LONG_STANDING_WEEKS) {
    raise({ level: 'doctor', timeframe: 'within a few weeks', reason: `Pain that has lasted ${Math.round(weeks)} weeks deserves an assessment by a physio or doctor.`, action: 'Book a physio or doctor appointment.' });
  }
  return best;
}
