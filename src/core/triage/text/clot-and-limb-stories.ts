/**
 * The dev25 readers of a leg in danger told without textbook words, gathered so understand.ts needs one line:
 * compartment pressure (limb-pressure-signs.ts), a foot losing feeling or colour (limb-feeling-and-colour.ts), a clot
 * in the lungs (lung-clot-signs.ts) and clot risks with a swollen calf (clot-risk-stories.ts).
 * @module
 */
import { readClotRiskStories } from './clot-risk-stories.ts';
import { readLimbFeelingAndColour } from './limb-feeling-and-colour.ts';
import { readLimbPressureSigns } from './limb-pressure-signs.ts';
import { readLungClotSigns } from './lung-clot-signs.ts';
import type { StoryFinding } from './warning-stories.ts';

/**
 * Every finding the four readers give for the text.
 * @example readClotAndLimbStories('A sharp catch in my chest when I yawn.')[0]?.id // 'chest-pain-or-breathless'
 */
export function readClotAndLimbStories(text: string): StoryFinding[] {
  return [...readLimbPressureSigns(text), ...readLimbFeelingAndColour(text), ...readLungClotSigns(text), ...readClotRiskStories(text)];
}
