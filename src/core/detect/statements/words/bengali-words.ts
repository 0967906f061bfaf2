import type { RelationWord } from "./relation-word.js";

/**
 * Bengali, written with spaces between words, closes a clause with its verb as Hindi does (hindi-words.ts):
 * postpositions follow their object, most often after the genitive ending glued to it ("T007-এর উপর
 * নির্ভরশীল", dependent on T007; "T010-এর পরে", after T010; "T012-এর আগে", before T012), and "না" (not) comes
 * after the verb ("নির্ভর করে না", does not depend). "য়" may be typed as one letter or as "য" with a nukta.
 */
export function bn(words: string): string {
  return words.replace(/য়|য\u09bc/g, "(?:\u09df|\u09af\u09bc)").replace(/ /g, "\\s+");
}

const LETTER = "[\\u0980-\\u09FF]";
/** The genitive ending glued to the object, with or without a hyphen: "T007-এর", "পর্ব ২-এর". */
const OF = `(?:-?(?:এর|${bn("য়ের")}|র)\\s+)?`;
/** "না", "নয়", "নেই" (not, is not, there is none) closing the verb phrase, up to three words on. */
const DENIED = `(?:\\s+${LETTER}+){0,3}?\\s+(?:না|${bn("নয়")}|নেই)(?!${LETTER})`;

/** After the object: "X-এর উপর নির্ভরশীল" (dependent on X), "X-এর ওপর নির্ভর করে" (depends on X). */
const ON = `${OF}(?:উপর|ওপর)(?:ই)?\\s+নির্ভর`;
const BN_DEPENDS_ON = `${ON}(?:শীল|\\s+কর(?:ে|বে|ছে))(?!${DENIED})`;

/**
 * After the object: "X-এর পরে" (after X), "X শেষ হওয়ার পর" (after X is finished), "X শেষ হলে" (once X is
 * finished), "X মার্জ হলেই". Not "উপর" (on) nor "তারপর" (then), which hold the same letters.
 */
const BN_AFTER = `${OF}(?<!${LETTER})(?:পরে|পর)(?:ই)?(?!${LETTER})|(?:শেষ|মার্জ|সম্পূর্ণ|সম্পন্ন|তৈরি)\\s+(?:হলে|হলেই|${bn("হয়ে")}\\s+গেলে)(?!${LETTER})`;

/** After the object: "X-এর জন্য অপেক্ষা" (waiting for X), "X-এর ... ব্যবহার করে" (uses X's ...). */
const FOR = `${OF}জন্য\\s+অপেক্ষা`;
const BN_WAITS_FOR = `${FOR}(?!${DENIED})|${OF}(?:[^\\s,;।]+\\s+){0,2}?ব্যবহার\\s+কর(?:ে|বে|া)(?!${DENIED})`;

/** After the object: "X লাগবে" (X is needed), "X ছাড়া শুরু করা যাবে না" (cannot start without X). */
const BN_NEEDS = `(?<!${LETTER})(?:লাগবে|লাগে)(?!${DENIED})|ছাড়া\\s+(?:শুরু\\s+)?(?:করা\\s+)?(?:যাবে|${bn("যায়")})\\s+না(?!${LETTER})`;

/** After the object: "X মার্জ না হওয়া পর্যন্ত" (until X is merged): the subject waits for X. */
const BN_UNTIL = `(?:না\\s+)?(?:${bn("হওয়া")}\\s+)?পর্যন্ত`;

/** Bengali words that wait, the object before them. */
export const BN_FORWARD: readonly RelationWord[] = [
  { pattern: BN_DEPENDS_ON, direction: "forward", object: "precedes" },
  { pattern: BN_WAITS_FOR, direction: "forward", object: "precedes" },
  { pattern: BN_NEEDS, direction: "forward", object: "precedes" },
  { pattern: BN_UNTIL, direction: "forward", object: "precedes", limit: true },
  { pattern: BN_AFTER, direction: "forward", object: "precedes", temporal: true },
];

/** Bengali words that go first: "X-এর আগে" (before X), "X-কে আটকে রাখে" (holds X back). */
export const BN_BACKWARD: readonly RelationWord[] = [
  {
    pattern: `${OF}(?<!${LETTER})আগে(?:ই)?(?!${LETTER})`,
    direction: "backward",
    object: "precedes",
    temporal: true,
  },
  {
    pattern: `(?:-?কে\\s+)?আটকে\\s+রাখ(?:ে|বে)|ব্লক\\s+কর(?:ে|বে)`,
    direction: "backward",
    object: "precedes",
  },
];

/**
 * A denied need as one phrase ("X-এর উপর নির্ভর করে না", "X-এর জন্য অপেক্ষা করতে হবে না") and "X-এর সঙ্গে"
 * (together with X), the other side before it.
 */
export const BN_PARALLEL_WITH = `${ON}(?:শীল|\\s+কর(?:ে|বে))${DENIED}|${FOR}${DENIED}|${OF}(?:সঙ্গে|সাথে)(?!${LETTER})`;

/** Parallel work with no object word: "একসাথে" (together), "একই সময়ে" (at the same time), "সমান্তরালে". */
export const BN_PARALLEL = `একসাথে|একসঙ্গে|${bn("একই সময়ে")}|সমান্তরাল(?:ে|ভাবে)?|স্বাধীনভাবে`;

/** "না", "নয়", "নেই" (not), "ছাড়া" (without). */
export const BN_NOT = `না|${bn("নয়")}|নেই`;

/**
 * "অথবা", "বা" (or), "যদি" (if), "চাইলে" (if you like), "সুবিধা হলে" (if convenient), "যেমন" (for example),
 * "পরামর্শ", "প্রস্তাবিত" (advice, proposed), "বাধ্যতামূলক নয়" (not mandatory), "ঐচ্ছিক" (optional).
 */
export const BN_HEDGES = `(?<!${LETTER})(?:অথবা|বা|যদি|চাইলে|সুবিধা\\s+হলে|যেমন|পরামর্শ|প্রস্তাবিত|বাধ্যতামূলক\\s+${bn("নয়")}|ঐচ্ছিক)(?!${LETTER})`;

/** "ব্যতিক্রম" (exception), "বাদে" (except). */
export const BN_EXCEPT = `ব্যতিক্রম|বাদে`;

/** "ইউজার স্টোরি ২" (user story 2), "ব্যবহারকারীর গল্প", with a case ending ("স্টোরিকে", "স্টোরির"). */
export const BN_STORY = `(?:ইউজার\\s+|ব্যবহারকারী(?:র)?\\s+)?(?:স্টোরি|গল্প)(?:গুলো|গুলি|গুলোর|র|কে|তে)?`;

/** "পর্ব ২" (phase), "পর্যায়", "ধাপ" (stage, step), with a case ending. */
export const BN_PHASE = `(?:পর্ব|${bn("পর্যায়")}|ধাপ)(?:গুলো|গুলি|র|ের)?`;

/** "সব", "সকল", "সমস্ত" (all), "প্রতিটি" (every). */
export const BN_ALL = `সব|সকল|সমস্ত|প্রতিটি`;

/**
 * In a task's own text, "এটি", "এটা" (it, this) opening a clause, and "এই টাস্ক", "এই কাজ" (this task), are
 * the task: "..., অর্থাৎ এটি 2.3-এর উপর নির্ভর করে" (that is, it depends on 2.3).
 */
export const BN_THIS_TASK =
  /(?<=(?:^|[,;:।]\s*(?:(?:তাই|অর্থাৎ|আর|এবং|কিন্তু|ফলে)\s+)?))(?:এটি|এটা)(?![\u0980-\u09FF])|(?<![\u0980-\u09FF])এই\s+(?:টাস্ক|কাজ|সাব-?টাস্ক)(?:টি|টা)?(?![\u0980-\u09FF])/gu;
