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
import type { FindingValue, RedFlagHit, TriageResult } from './types.ts';

/** A pain score (0–10, at rest or walking) at or above this is severe: running advice is never "continue". */
export const SEVERE_PAIN = 7;
/** Conditions at least this likely take part in the running decision. */
export const RUN_THRESHOLD = 0.2;

type Running = TriageResult['running'];
/** Looks up what is known about a finding (undefined when nothing was said). */
type Get = (id: string) => FindingValue | undefined;

/**
 * Signs that the ligaments binding the two leg bones above the ankle are torn (a high ankle sprain): a positive
 * squeeze test, or pain between the bones above the joint after a twist or on turning the foot out (sman-2015).
 * These sprains take about twice as long as an ordinary one and can leave the joint unstable (williams-2007), so
 * running stops until someone has examined it, however the differential ranks them.
 * @example syndesmosisSigns((id) => (id === 'test-squeeze-shin-painful' ? true : undefined)) // true
 */
export function syndesmosisSigns(get: Get): boolean {
  if (get('test-squeeze-shin-painful') === true) return true;
  if (get('pain-above-ankle-between-shin-bones') !== true) return false;
  return ['injury-twisting-foot-planted', 'injury-rolled-ankle', 'pain-turning-foot-out', 'pain-worse-than-usual-sprain'].some((id) => get(id) === true);
}

/** Findings that say running itself hurts (not only afterwards). */
const HURTS_WHILE_RUNNING = ['pain-during-run', 'pain-builds-during-run', 'pain-stops-run-same-point'];

/**
 * Decide the running advice.
 * @example decideRunning(kb, [], post, true).advice // 'modify'
 */
export function decideRunning(
  kb: KnowledgeBase, flags: readonly RedFlagHit[], post: Posterior, anyFinding: boolean, level: CareLevel = 'selfcare',
  painScore?: number, get: Get = () => undefined,
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
  if (syndesmosisSigns(get)) {
    return { advice: 'stop', rule: 'high-ankle-sprain-signs', reason: 'Pain between the two leg bones above the ankle after a twist can be a high ankle sprain, which needs checking (often an X-ray) before you run again.' };
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
  // "Continue" is for running that does not hurt (a bunion that only rubs in narrow shoes); pain that comes on while
  // running is the runner's own sign to cut back, as in pain-monitored loading (silbernagel-2007; judgement).
  if (advice === 'continue' && HURTS_WHILE_RUNNING.some((id) => get(id) === true)) {
    return { advice: 'modify', rule: 'hurts-while-running', reason: `${reason} It hurts while you run, so cut back (shorter, easier runs, shoes that do not press on it) and stop if it builds.`.trim() };
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
