/**
 * Every reader of signs told as a small story (word order and grammar that the any-order phrase matcher cannot read
 * safely), in one list so understand.ts calls them alike: each returns findings that are a "yes", with the span they
 * were read from, and understand.ts then drops what is about the past, someone else, a worry or the healthy side.
 * A new reader is added here, with its own module and tests.
 * @module
 */
import { readWarningStories } from './warning-stories.ts';
import { readToldAsMinorSigns } from './told-as-minor-signs.ts';
import { readSkinSigns } from './skin-signs.ts';
import { readWoundStories } from './wound-stories.ts';
import { readSepsisStories } from './sepsis-stories.ts';
import { readExertionalTiming } from './exertional-timing.ts';
import { readBrokenLimb } from './broken-limb.ts';
import { readWeightRefusal } from './weight-refusal.ts';
import { readFewSteps } from './few-steps.ts';
import { readMedicalContext } from './medical-context.ts';
import { readJointStory } from './joint-story.ts';
import { readToldByComparison } from './told-by-comparison.ts';
import { readClotAndLimbStories } from './clot-and-limb-stories.ts';
import { readAchillesToldByFeel } from './achilles-told-by-feel.ts';
import { readFootDropStories } from './foot-drop-stories.ts';
import { readUnfeltAccident } from './unfelt-accident.ts';
import { readAnkleInstability } from './ankle-instability.ts';
import { readSelfCareTried } from './self-care-tried.ts';
import { readCrushedFoot } from './crushed-foot.ts';
import { readFallFromHeight } from './fall-from-height.ts';
import type { StoryFinding } from './warning-stories.ts';

/** A story reader: raw text in, findings read as "yes" out. */
type StoryReader = (text: string) => readonly StoryFinding[];

/** The readers, in the order their findings are reported. */
const READERS: readonly StoryReader[] = [
  readWarningStories,
  readToldAsMinorSigns,
  readSkinSigns,
  readWoundStories,
  readSepsisStories,
  readExertionalTiming,
  readBrokenLimb,
  readWeightRefusal,
  readFewSteps,
  readMedicalContext,
  readJointStory,
  readToldByComparison,
  readClotAndLimbStories,
  readAchillesToldByFeel,
  readFootDropStories,
  readUnfeltAccident,
  readAnkleInstability,
  readSelfCareTried,
  readCrushedFoot,
  readFallFromHeight,
];

/**
 * Every story finding in the text.
 * @example readStories('I stop and it is gone within five minutes').map((f) => f.id) // ['pain-stops-run-same-point']
 */
export function readStories(text: string): StoryFinding[] {
  return READERS.flatMap((read) => [...read(text)]);
}
