/**
 * The loop every story reader shares: the text lower-cased (curly apostrophes straightened), cut into sentences, and a
 * `push` that turns a regex match inside a sentence into a finding with its span in the whole text. A decimal point
 * ("38.5", "3.5 cm") does not end a sentence.
 * @module
 */
import type { StoryFinding } from './warning-stories.ts';

/** Record a match (or nothing, for null) as a finding with its span in the whole text. */
export type PushMatch = (id: string, m: RegExpExecArray | null) => void;

/** One sentence as a reader sees it. */
export interface StorySentence {
  /** The sentence, lower-cased. */
  readonly sentence: string;
  /** Where it starts in the whole text. */
  readonly index: number;
  readonly push: PushMatch;
}

const SENTENCE = /(?:\d\.\d|[^.!?;\n])+/g;

/** The whole text as every reader reads it: lower case, straight apostrophes. */
export const storyText = (raw: string): string => raw.toLowerCase().replace(/[’]/g, "'");

/**
 * Run `read` on every sentence and collect what it pushes.
 * @example readSentences('Not sure. Toes numb!', ({ sentence, push }) => push('numb', /numb/.exec(sentence)))[0]?.span // [15, 19]
 */
export function readSentences(raw: string, read: (s: StorySentence) => void): StoryFinding[] {
  const out: StoryFinding[] = [];
  for (const s of storyText(raw).matchAll(SENTENCE)) {
    const index = s.index;
    const push: PushMatch = (id, m) => {
      if (m) out.push({ id, span: [index + m.index, index + m.index + m[0].length] });
    };
    read({ sentence: s[0], index, push });
  }
  return out;
}
