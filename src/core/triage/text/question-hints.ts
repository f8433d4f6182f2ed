/**
 * A condition named in a question ("is this shin splints?", "could it be a stress fracture?", "plantar fasciitis or
 * something else?") is the runner asking, not a guess: it gives no self-diagnosis hint (self-diagnosis.ts), so the
 * differential answers the question from the findings instead of echoing it (issue #4). A belief or a report in the
 * same sentence ("I think it's PF?", "physio said shin splints?") is still a guess and keeps its hint. Judgement.
 * @module
 */

/** Words that make a sentence a belief or a report, even when it ends in a question mark. */
const BELIEF = /\b(?:think|thinking|thought|sure|reckon|convinced|suspect|guess|told|said|says|diagnosed|diagnosis|physio|doctor|gp|podiatrist|know|knew|definitely|probably|again)\b/;

/**
 * Does the name at this span sit in a question the runner asks?
 * @example askedAbout('Is this shin splints? It aches.', [8, 20]) // true
 */
export function askedAbout(written: string, span: readonly [number, number]): boolean {
  const text = written.toLowerCase();
  const before = text.slice(0, span[0]);
  const start = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n')) + 1;
  const rest = text.slice(span[1]);
  const stop = rest.search(/[.!?\n]/);
  if (stop < 0 || rest[stop] !== '?') return false;
  return !BELIEF.test(text.slice(start, span[1] + stop));
}
