import { time, wordsOf, type RelationWord } from "./relation-word.js";

/**
 * Swahili builds a verb from a prefix of its subject's noun class, a tense ("na" now, "ta" will, "me" has)
 * and a stem: "inategemea" (it depends on), "zinasubiri" (they wait for), "inazuia" (it blocks). The
 * negative drops the tense for "ha-" and ends the stem in "-i": "haitegemei" (does not depend on),
 * "haisubiri", "haiwezi" (cannot). Its word order is that of English.
 */
const SUBJECT = String.raw`(?:i|zi|a|ya|li|ki|vi|wa|u|m|ku)`;
const NEGATIVE = String.raw`h(?:ai|azi|a|aya|ali|aki|avi|awa|au|aku)`;

const forward = wordsOf("forward");
const backward = wordsOf("backward");

/** "inategemea" (depends on), "inahitaji" (needs), "inasubiri" (waits for), "baada ya" (after). */
export const SW_FORWARD: readonly RelationWord[] = [
  forward.follows(String.raw`${SUBJECT}(?:na|ta|me)(?:tegemea|hitaji|subiri)`),
  time(forward.follows(String.raw`baada\s+ya`)),
];

/** "inazuia" (blocks), "kabla ya" (before). */
export const SW_BACKWARD: readonly RelationWord[] = [
  backward.follows(String.raw`${SUBJECT}(?:na|ta)zuia`),
  time(backward.follows(String.raw`kabla\s+ya`)),
];

/** "haitegemei" (does not depend on), "haisubiri", "haihitaji", "sambamba na" (in parallel with). */
export const SW_PARALLEL_WITH = String.raw`${NEGATIVE}(?:tegemei|subiri|hitaji)|sambamba\s+na|kwa\s+wakati\s+mmoja\s+na`;

/** "sambamba" (in parallel), "kwa wakati mmoja" (at the same time), with no object. */
export const SW_PARALLEL = String.raw`sambamba|kwa\s+wakati\s+mmoja`;

/** "haiwezi", "haziwezi" (cannot), "wala" (nor). */
export const SW_NOT = String.raw`${NEGATIVE}wezi|wala`;

/**
 * "ikiwa" (if), a form of "pendekeza" (suggest: "tunapendekeza", we suggest; "inapendekezwa", is
 * recommended; not "si pendekezo": no suggestion), "si lazima" (not required), "kwa msanidi mmoja" (for one
 * developer). "au" (or) is left out: French "au" is "to the".
 */
export const SW_HEDGES = String.raw`ikiwa|(?<!si\s)[a-z]*pendekez[a-z]*|si\s+lazima|msanidi\s+mmoja|wasanidi\s+(?:wawili|watatu|wengi)`;

/** "Hadithi ya Mtumiaji 3" (user story 3), "Hadithi ya 3", "hadithi za watumiaji" (user stories). */
export const SW_STORY = String.raw`hadithi(?:\s+(?:ya|za)\s+(?:mtumiaji|watumiaji))?(?:\s+ya)?`;
