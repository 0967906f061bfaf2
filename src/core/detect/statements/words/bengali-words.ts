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
/** The genitive ending glued to an ID, with or without a hyphen, alone: "1.4-এর", "2.3য়ের". */
export const BN_GENITIVE = `-?(?:এর|${bn("য়ের")})`;
/** Postpositions after a genitive that are relation words of their own (time, need, company). */
export const BN_POSTPOSITION = `(?:পরে|পর|আগে|জন্য|উপর|ওপর|সাথে|সঙ্গে)(?!${LETTER})`;
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

/**
 * After the object: "X-এর জন্য অপেক্ষা" (waiting for X), "X-এর ... ব্যবহার করে" (uses X's ...), "X-এর ...
 * দিয়ে(ই)" (with X's ..., made by means of it), "X-এর ... থেকে" (from X's ...: what it takes from X). The words
 * between are the part of X meant (no ID among them); "দিয়ে" and "থেকে" need the genitive, which says
 * the part is X's ("3.5 থেকে" alone may start a range or a time).
 */
const FOR = `${OF}জন্য\\s+অপেক্ষা`;
const PART = `(?:[^\\s,;।0-9]+\\s+)`;
const OWNED = `${BN_GENITIVE}\\s+${PART}{1,2}?`;
const BN_WAITS_FOR = `${FOR}(?!${DENIED})|${OF}${PART}{0,2}?ব্যবহার\\s+কর(?:ে|বে|া)(?!${DENIED})|${OWNED}(?:${bn("দিয়ে")}(?:ই)?|থেকে)(?!${LETTER})(?!\\s+(?:আলাদা|স্বাধীন))`;

/**
 * "X শেষ না হলে ... যাবে না" (unless X is finished, ... cannot): a denied completion, and a denial later in
 * the clause ("X শেষ না হলেও চলবে", fine even if X is not finished, has none).
 */
const UNLESS_DONE = `(?<!${LETTER})(?:শেষ|মার্জ|সম্পূর্ণ|সম্পন্ন|তৈরি)\\s+না\\s+হলে(?!${LETTER})(?=[^,;।]*?(?<!${LETTER})(?:না|${bn("নয়")})(?!${LETTER}))`;

/**
 * After the object: "X লাগবে", "X দরকার", "X প্রয়োজন", "X চাই" (X is needed), "X ছাড়া শুরু করা যাবে না" (cannot start without X), "X তৈরি
 * থাকতে হবে" (X must be ready), "X শেষ হতে হবে" (X must be finished), "X শেষ না হলে ... যাবে না" (not before X is finished).
 */
const BN_NEEDS = `(?<!${LETTER})(?:লাগবে|লাগে|দরকার|${bn("প্রয়োজন")}|চাই)(?!${DENIED})|ছাড়া\\s+(?:শুরু\\s+)?(?:করা\\s+)?(?:যাবে|${bn("যায়")})\\s+না(?!${LETTER})|(?<!${LETTER})(?:তৈরি|শেষ|সম্পন্ন|সম্পূর্ণ|মার্জ)\\s+(?:থাকতে|হতে)\\s+হবে(?!${DENIED})|${UNLESS_DONE}`;

/**
 * After the object: "X মার্জ না হওয়া পর্যন্ত" (until X is merged): the subject waits for X. Not the end of a
 * range ("3.1 থেকে 3.4 পর্যন্ত": from 3.1 up to 3.4).
 */
const BN_UNTIL = `(?<!থেকে\\s+[0-9A-Za-z.-]+\\s+)(?:না\\s+)?(?:${bn("হওয়া")}\\s+)?পর্যন্ত`;

/**
 * "আগে" (first, beforehand) right after a bare ID: "তাই 1.3 আগে চাই" (so 1.3 is needed first), "2.1 আগে,
 * তারপর 2.2" (2.1 first, then 2.2): the ID goes first, the subject waits for it.
 */
const BN_FIRST = `(?<=[0-9\\u09E6-\\u09EF]\\s{1,3})আগে(?:ই)?(?!${LETTER})`;

/** After the object: "X (এর) পূর্বশর্ত" (X is its prerequisite). */
const BN_PREREQUISITE = `(?:(?<!${LETTER})(?:এর|এটার|এটির)\\s+)?পূর্বশর্ত(?!${DENIED})`;

/** Bengali words that wait, the object before them. */
export const BN_FORWARD: readonly RelationWord[] = [
  { pattern: BN_DEPENDS_ON, direction: "forward", object: "precedes" },
  { pattern: BN_PREREQUISITE, direction: "forward", object: "precedes" },
  { pattern: BN_FIRST, direction: "forward", object: "precedes", temporal: true },
  { pattern: BN_WAITS_FOR, direction: "forward", object: "precedes" },
  { pattern: BN_NEEDS, direction: "forward", object: "precedes" },
  { pattern: BN_UNTIL, direction: "forward", object: "precedes", limit: true },
  { pattern: BN_AFTER, direction: "forward", object: "precedes", temporal: true },
];

/**
 * Bengali words that go first: "X-এর আগে" (before X), "X-কে আটকে রাখে" (holds X back). "আগে" is "before X"
 * only with the genitive on X; right after a bare ID it is an adverb (see BN_FIRST).
 */
export const BN_BACKWARD: readonly RelationWord[] = [
  {
    pattern: `-?(?:এর|${bn("য়ের")}|র)\\s+আগে(?:ই)?(?!${LETTER})`,
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

/**
 * The genitive glued to an ID, then the part of it meant ("1.4-এর Vite এন্ট্রি লাগবে": 1.4's Vite entry is
 * needed): up to four words, none of them a postposition of its own, in any script.
 */
export const BN_POSSESSED = new RegExp(
  `^${BN_GENITIVE}\\s+(?:(?!${BN_POSTPOSITION})[^\\s,;:।]+\\s+){1,4}$`,
  "u",
);

/** Two things owned by two tasks, joined by "আর", "ও", "এবং" (and): "1.4-এর Vite এন্ট্রি আর 1.3-এর স্ট্রিং". */
export const BN_POSSESSIVE_AND = new RegExp(
  `^${BN_GENITIVE}\\s+(?:[^\\s,;:।]+\\s+){1,3}?(?:আর|ও|এবং)\\s+$`,
  "u",
);

/** "না", "নয়", "নেই" (not), "ছাড়া" (without). */
export const BN_NOT = `না|${bn("নয়")}|নেই`;

/**
 * "অথবা", "বা" (or), "যদি" (if), "চাইলে" (if you like), "সুবিধা হলে" (if convenient), "যেমন" (for example),
 * "পরামর্শ", "প্রস্তাবিত" (advice, proposed), "বাধ্যতামূলক নয়" (not mandatory), "ঐচ্ছিক" (optional), "ভালো"
 * (it is better to), "সময় থাকলে" (if there is time), "সম্ভব হলে" (if possible), "একা" (alone), "একজন ডেভেলপার
 * হলে" (with one developer).
 */
export const BN_HEDGES = `(?<!${LETTER})(?:অথবা|বা|যদি|চাইলে|সুবিধা\\s+হলে|যেমন|পরামর্শ|প্রস্তাবিত|বাধ্যতামূলক\\s+${bn("নয়")}|ঐচ্ছিক|ভালো|${bn("সময়")}\\s+থাকলে|সম্ভব\\s+হলে|একা|একজন\\s+\\S+\\s+(?:হলে|থাকলে))(?!${LETTER})`;

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
