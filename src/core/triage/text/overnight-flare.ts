/**
 * A joint that flared within hours, told by the clock: "at 3am the ankle went red hot and swollen", "it turned
 * purple and puffy overnight", "woke at 4 with the toe throbbing and red" (dev16: a gout attack told as a sprain). The
 * time ("3am", "in the night", "last night") and the change ("went", "turned", "blew up") are apart in the sentence,
 * so phrase matching cannot join them. Gives `attack-peaked-within-a-day`, a gout feature (janssens-2010), and, in
 * understand.ts, outweighs a "gradual" read from "doesn't remember twisting it". A sentence telling an injury is left
 * to the injury readers. Judgement, from how people tell a night-time flare.
 * @module
 */
import type { StoryFinding } from './warning-stories.ts';

const TIME = String.raw`(?:\d{1,2}(?::\d\d)? ?(?:am|a\.m\.)|\d{1,2} in the morning|in the (?:middle of the )?night|overnight|last night|during the night|in the early hours|in (?:his|her|my) sleep)`;
const CHANGE = String.raw`(?:went|turned|became|got|gone|go|goes|swelled(?: up)?|blew up|blown up|flared(?: up)?|came up|puffed up|ballooned)`;
const LOOK = String.raw`(?:red|hot|swollen|purple|puffy|angry|inflamed|throbbing|on fire|shiny)`;
const FLARE = new RegExp([
  String.raw`\b${TIME}\b[^.!?;]{0,90}?\b${CHANGE} (?:(?:\w+|red hot) ){0,2}?${LOOK}\b`,
  String.raw`\b${CHANGE} (?:(?:\w+|red hot) ){0,2}?${LOOK}\b[^.!?;]{0,40}?\b${TIME}\b`,
  String.raw`\bwoke (?:up )?(?:at \S+ )?(?:with|to|and)\b[^.!?;]{0,50}?\b${LOOK}\b`,
].join('|'));
/** An injury told in the same sentence: then the swelling is the injury's. */
const INJURY = /\b(?:rolled|twisted|sprain(?:ed)?|fell|fall|kicked|knocked|banged|stubbed|landed|went over|tripped|crash(?:ed)?)\b/;
/** A denial right before ("didn't go red", "never got swollen"). */
const DENIED = /\b(?:not|no|never|didn'?t|hasn'?t|wasn'?t)\s+(?:\w+\s+){0,2}$/;

/**
 * Every night-time flare in the text.
 * @example readOvernightFlare('At 2am my big toe went red and swollen.')[0]?.id // 'attack-peaked-within-a-day'
 */
export function readOvernightFlare(raw: string): StoryFinding[] {
  const text = raw.toLowerCase().replace(/[’]/g, "'");
  const out: StoryFinding[] = [];
  for (const s of text.matchAll(/[^.!?;\n]+/g)) {
    const sentence = s[0];
    const m = FLARE.exec(sentence);
    if (!m || INJURY.test(sentence) || DENIED.test(sentence.slice(0, m.index)) || /\b(?:not|never|didn'?t|n't)\b/.test(m[0])) continue;
    out.push({ id: 'attack-peaked-within-a-day', span: [s.index + m.index, s.index + m.index + m[0].length] });
  }
  return out;
}
