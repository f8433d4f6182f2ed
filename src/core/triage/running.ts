/**
 * Can I run? stop / modify / continue, with the rule that decided it. Red flags and possible bone stress
 * injuries mean stop (a stress fracture run on can become a full fracture: warden-2014); otherwise the most
 * cautious advice among the conditions that are reasonably likely, so doubt leans toward caution.
 * @module
 */
import type { KnowledgeBase } from '../kb/knowledge-base.ts';
import type { CareLevel, RunningAdvice } from '../kb/schema.ts';
import { RED_FLAG_CONDITION_THRESHOLD } from './care.ts';
import type { Posterior } from './differential.ts';
import { careRank, runRank } from './levels.ts';
import { BONE_STOP_THRESHOLD, boneStressShare } from './bone-stress.ts';
import { redFlagRules } from './red-flag-rules/index.ts';
import type { RedFlagHit, TriageResult } from './types.ts';

/** A pain score (0–10, at rest or walking) at or above this is severe: running advice is never "continue". */
export const SEVERE_PAIN = 7;
/** Conditions at least this likely take part in the running decision. */
export const RUN_THRESHOLD = 0.2;

type Running = TriageResult['running'];

/**
 * Decide the running advice.
 * @example decideRunning(kb, [], post, true).advice // 'modify'
 */
export function decideRunning(
  kb: KnowledgeBase, flags: readonly RedFlagHit[], post: Posterior, anyFinding: boolean, level: CareLevel = 'selfcare',
  painScore?: number,
): Running {
  // Every warning sign means stop, except a pattern the rule itself says is safe to run below (rule.running).
  const flag = flags.find((f) => (redFlagRules.find((r) => r.id === f.id)?.running ?? 'stop') === 'stop');
  if (flag) {
    return { advice: 'stop', rule: `red-flag:${flag.id}`, reason: `Stop running until a clinician has checked this: ${flag.reason}` };
  }
  const mild = flags[0];
  // Whatever set it, a same-day level of care means no running until that visit (safety first; judgement).
  if (careRank(level) >= careRank('urgent')) {
    return { advice: 'stop', rule: 'urgent-care', reason: 'You should be seen today; do not run until a clinician has checked it.' };
  }
  const ranked = [...post.marginal.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const { p: boneP, name: boneName } = boneStressShare(kb, post);
  if (boneP >= BONE_STOP_THRESHOLD) {
    return { advice: 'stop', rule: 'bone-stress-possible', reason: `A bone stress injury (${boneName}) is possible (${Math.round(boneP * 100)}%); running on it can turn it into a fracture, so stop until it has been checked.` };
  }
  if (!anyFinding) {
    return { advice: 'modify', rule: 'not-enough-information', reason: 'Until we know more, keep runs short and easy and stop if the pain builds.' };
  }
  const [topId, topP] = ranked[0] ?? ['', 0];
  if (post.other > topP) {
    return { advice: 'modify', rule: 'unclear-picture', reason: 'The picture is unclear, so keep runs short and easy until someone has looked at it; stop if the pain builds or you start to limp.' };
  }
  let advice: RunningAdvice = 'continue';
  let reason = '';
  let rule = 'most-likely-condition';
  for (const [id, p] of ranked) {
    const c = kb.conditionById.get(id);
    if (!c) continue;
    // A condition likely enough to set the level of care also has a say in running (as in care.ts).
    if (p < (c.redFlag ? Math.min(RUN_THRESHOLD, RED_FLAG_CONDITION_THRESHOLD) : RUN_THRESHOLD) && id !== topId) continue;
    if (reason === '' || runRank(c.running.advice) > runRank(advice)) {
      advice = c.running.advice;
      reason = `${c.name}: ${c.running.guidance}`;
      rule = id === topId ? 'most-likely-condition' : 'most-cautious-of-likely-conditions';
    }
  }
  if (mild && advice === 'continue') {
    return { advice: 'modify', rule: `red-flag:${mild.id}`, reason: `Run only below the point where it starts until a clinician has checked it: ${mild.reason}` };
  }
  // Severe everyday pain is above any pain-monitoring limit for running on (Thomeé's model as used by
  // silbernagel-2007 puts more than 5/10 in the high-risk zone): never "continue", whatever the condition.
  if (advice === 'continue' && painScore !== undefined && painScore >= SEVERE_PAIN) {
    return { advice: 'modify', rule: 'severe-pain', reason: `Your pain is ${painScore}/10, which is too much to keep running on as normal: cut right back (or rest) until it is 3/10 or less, and stop if it builds.` };
  }
  return { advice, rule, reason };
}
