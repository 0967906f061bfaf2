import type { RelationWord } from "./relation-word.js";

/**
 * Urdu, written in Arabic script with spaces between words, has the grammar of Hindi (hindi-words.ts):
 * postpositions after their object ("T008 کے بعد", after T008; "T050 پر منحصر", dependent on T050; "T031 سے
 * پہلے", before T031) and the verb, with "نہیں" (not), last. "ک", "ی" and "ہ" may be typed as their Arabic
 * forms "ك", "ي" and "ه"; `ur()` accepts either.
 */
export function ur(words: string): string {
  const forms: Record<string, string> = { ک: "[کك]", ی: "[یيى]", ہ: "[ہه]", " ": "\\s+" };
  return [...words].map((c) => forms[c] ?? c).join("");
}

const NOT = `(?:${ur("نہیں")}|${ur("نہ")})(?![\\u0600-\\u06FF])`;

/** After the object: "X کے (فوراً) بعد (ہی)" ((right) after X), "X مکمل ہوتے ہی" (as soon as X is done). */
const UR_AFTER = `${ur("کے")}(?:\\s+${ur("فورا")}\u064b?)?\\s+${ur("بعد")}(?:\\s+${ur("ہی")})?|${ur("ہوتے ہی")}`;

/** After the object: "X پر منحصر" (dependent on X), "X درکار" (X is needed). */
const UR_DEPENDS_ON = `(?:${ur("پر منحصر")}|${ur("درکار")})(?!\\s+${NOT})`;

/** After the object: "X کا انتظار" (waiting for X), "X کا ... استعمال" (uses X's ...). */
const UR_WAITS_FOR = `(?:${ur("کا")}|${ur("کی")})\\s+${ur("انتظار")}(?!\\s+${NOT})|(?:${ur("کا")}|${ur("کی")}|${ur("کے")})\\s+(?:[^\\s،؛۔]+\\s+){0,2}?${ur("استعمال")}`;

/** Before its object: "X کا انحصار Y پر ہے" (X's dependence is on Y). */
const UR_DEPENDENCE = `${ur("کا انحصار")}`;

/** "Y تبھی ... جب X ..." (Y only when X ...), "جب تک X ... نہ ہو" (as long as X is not ...). */
const UR_WHEN = `${ur("تبھی")}\\s+(?:[^\\s،؛۔]+\\s+){0,4}?${ur("جب")}(?!\\s+${ur("تک")})`;
const UR_UNTIL = `${ur("جب تک")}`;

/** Urdu words that wait. */
export const UR_FORWARD: readonly RelationWord[] = [
  { pattern: UR_AFTER, direction: "forward", object: "precedes", temporal: true },
  { pattern: UR_DEPENDS_ON, direction: "forward", object: "precedes" },
  { pattern: UR_WAITS_FOR, direction: "forward", object: "precedes" },
  { pattern: UR_DEPENDENCE, direction: "forward", object: "follows" },
  { pattern: UR_UNTIL, direction: "forward", object: "follows", limit: true },
  { pattern: UR_WHEN, direction: "forward", object: "follows", temporal: true },
];

/** Urdu words that go first: "X سے پہلے" (before X), "X کو روکتا ہے" (holds X back). */
export const UR_BACKWARD: readonly RelationWord[] = [
  { pattern: ur("سے پہلے"), direction: "backward", object: "precedes", temporal: true },
  { pattern: `${ur("کو روکت")}[اےی]`, direction: "backward", object: "precedes" },
];

/**
 * A denied need as one phrase, and "X کے ساتھ (ہی)", "X کے ساتھ ساتھ" (together with, alongside X), "X سے کوئی
 * تعلق نہیں" (nothing to do with X).
 */
export const UR_PARALLEL_WITH = `${ur("کے ساتھ")}(?:\\s+${ur("ہی")})?(?!\\s+${ur("ساتھ")})|${ur("پر منحصر")}\\s+${NOT}|(?:${ur("کا")}|${ur("کی")})\\s+${ur("انتظار")}\\s+${NOT}|${ur("کے ساتھ ساتھ")}|${ur("کے متوازی")}|${ur("سے کوئی تعلق نہیں")}`;

/** Parallel work with no object word: "ایک ساتھ" (together), "متوازی" (parallel), "آزاد" (independent). */
export const UR_PARALLEL = `${ur("ایک ساتھ")}|${ur("متوازی")}|${ur("آزاد")}`;

/** "نہیں" before a clause's closing verb ("شروع نہیں ہوگا": will not start). */
export const UR_NEGATED_VERB = ur("نہیں");

/** "نہیں", "نہ" (not), "بغیر" (without). */
export const UR_NOT = `${ur("نہیں")}|${ur("نہ")}|${ur("بغیر")}`;

/**
 * "یا" (or), "اگر" (if), "ورنہ" (otherwise), "مثال کے طور پر" (for example), "تجویز" (suggestion), "مشورہ"
 * (advice; not "صرف مشورہ نہیں", not merely advice), "بہتر ہوگا" (it would be better), "ضروری نہیں" (not
 * required), "اختیاری" (optional).
 */
export const UR_HEDGES = `${ur("یا")}|${ur("اگر")}|${ur("ورنہ")}|${ur("مثال کے طور پر")}|${ur("تجویز")}|${ur("مشورہ")}(?!\\s+${NOT})|${ur("بہتر ہوگا")}|${ur("ضروری نہیں")}|${ur("لازمی نہیں")}|${ur("اختیاری")}`;

/** "سوائے" (except), "استثنا" (exception). */
export const UR_EXCEPT = `${ur("سوائے")}|${ur("استثنا")}`;

/** "یوزر اسٹوری 2" (user story 2), "اسٹوریز" (stories). */
export const UR_STORY = `(?:${ur("یوزر")}\\s+)?${ur("اسٹوری")}(?:${ur("ز")}|${ur("وں")})?`;

/** "مرحلہ 2" (stage), "مراحل" (stages). */
export const UR_PHASE = `${ur("مرحلہ")}|${ur("مراحل")}`;

/** Where the object comes from, not a subject: "US2 میں سے" (out of US2). */
export const UR_SOURCE = /^\s*میں\s+سے(?![\u0600-\u06FF])/u;

/** "اور" (and), joining a list. */
export const UR_AND = `(?<![\\u0600-\\u06FF])${ur("اور")}(?![\\u0600-\\u06FF])`;
