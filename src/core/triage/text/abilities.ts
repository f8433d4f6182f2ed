/**
 * What the runner says they CAN do, read as "no" to the warning sign it rules out: "I can still go up on my tiptoes"
 * answers the push-off question. Without these, the bare place words inside ("on my tiptoes", "calf raise") read as
 * pain on tiptoe, and a calf strain's "kicked" feeling alone raises the Achilles-rupture alarm. A pain word later in
 * the sentence ("… but it's achy doing it") still gives pain on tiptoe (understand.ts). Matched in order like every "no" phrase, so "can't go up on my toes" is untouched, and a
 * cue right before ("not able to …") still flips them (read-matches.ts). Judgement, from how runners write.
 * @module
 */

/** Finding id → phrases meaning "no". */
export const abilityLexicon: Readonly<Record<string, readonly string[]>> = {
  'cannot-push-off-or-tiptoe': [
    'can rise on tiptoe', 'can rise on my tiptoes', 'can rise up on my toes', 'can go up on tiptoe', 'can go up on my tiptoes',
    'can go up on my toes', 'can get up on my toes', 'can get up on tiptoe', 'can get up on my tiptoes', 'can stand on tiptoe',
    'can stand on my tiptoes', 'can stand on my toes', 'can tiptoe', 'can do a calf raise', 'can do calf raises',
    'can do a heel raise', 'can do heel raises', 'can do single leg calf raises', 'can push off', 'able to push off',
    'able to rise on tiptoe', 'able to go up on my toes', 'able to do a calf raise', 'able to do heel raises',
  ],
};

/**
 * Words that make an ability partial: "I can only get a couple of cm up on tiptoe", "can barely get up on my toes",
 * "can just about go up on tiptoe". A heel that rises only part way is a calf that cannot push off (a torn Achilles
 * often lets the foot lift a little on the other muscles; maffulli-1998), so these are not a "no" to the push-off
 * sign (dev28: a rupture read as "can get up on tiptoe" from "can only get a couple of cm up on tiptoe").
 */
const LIMITERS = new Set(['only', 'barely', 'hardly', 'scarcely', 'partly', 'partway', 'halfway', 'cm', 'mm', 'inch', 'inches', 'centimetre', 'centimetres', 'centimeter', 'centimeters', 'millimetres', 'bit', 'little']);

/**
 * Does a limiting word sit inside an ability phrase or just before it ("can only get … up on tiptoe", "barely able to
 * push off")? Then the phrase does not answer "no".
 * @example limitedAbility(['can', 'only', 'get', 'a', 'couple', 'of', 'cm', 'up', 'on', 'tiptoe']) // true
 */
export function limitedAbility(words: readonly string[]): boolean {
  return words.some((w) => LIMITERS.has(w));
}
