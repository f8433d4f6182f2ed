/**
 * "Question 3 of about 6": a cheap, deterministic estimate of how many questions remain. Each answer moves the
 * odds of the leading condition by roughly one moderate likelihood ratio, so the questions left are about the
 * distance (in bits of log-odds) from the leader's probability now to the confidence at which questions stop,
 * divided by the bits a typical answer gives. Judgement; it only sets expectations in the UI.
 * @module
 */

/** Bits of log-odds a typical answer moves the leader by (an LR of about 2.3; judgement). */
export const BITS_PER_ANSWER = 1.2;

function logOdds(p: number): number {
  const q = Math.min(0.999, Math.max(0.001, p));
  return Math.log2(q / (1 - q));
}

/**
 * Questions likely still to come, counting the one about to be asked.
 * @param top probability of the leading condition now
 * @param asked questions answered so far
 * @param extra questions certain to come first (the red-flag screen)
 * @example estimateRemaining(0.5, 2, 0, 0.8, 25) // 3
 */
export function estimateRemaining(top: number, asked: number, extra: number, confident: number, max: number): number {
  const gap = Math.max(0, logOdds(confident) - logOdds(top));
  const steps = Math.max(1, Math.ceil(gap / BITS_PER_ANSWER));
  return Math.max(1, Math.min(max - asked, extra + steps));
}
