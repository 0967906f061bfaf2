/**
 * Arabic words of the statement reader, in one place. Arabic writes the conjunctions "و" (and) and "ف" (so)
 * and the prepositions "ب" (with) and "ل" (for) joined to the next word ("وتحجب": and blocks), and may mark
 * short vowels (ُ ِ َ ّ ً: "يُفضَّل"); `ar()` lets any mark follow any letter, and `glued()` allows a
 * joined "و" or "ف" (the prepositions are part of the words listed: "بالتوازي"). Words are matched whole
 * (word-matcher.ts counts Arabic letters and marks as word letters).
 */
const MARKS = "[\\u064B-\\u065F\\u0670\\u0640]*";

/** A pattern that lets short-vowel marks follow each Arabic letter of a literal word or phrase. */
export function ar(words: string): string {
  return [...words].map((c) => (/\s/.test(c) ? "\\s+" : /[\u0621-\u064A]/.test(c) ? c + MARKS : c)).join("");
}

/** A present-tense verb: "يـ" (he/it) or "تـ" (she/it), a mark allowed after it, then the stem. */
const verb = (stem: string): string => `[يت]${MARKS}${ar(stem)}`;

/** A verb or adverb that "و" (and) or "ف" (so) may be joined to. */
const glued = (pattern: string): string => `(?:[وف]${MARKS})?(?:${pattern})`;

// "يعتمد على" / "تعتمد على" (depends on), "يحتاج (إلى)" (needs), "يتطلب" (requires), "ينتظر" (waits for).
export const AR_FOLLOWS = glued(
  `${verb("عتمد")}(?:${ar("ون")}|${ar("ان")})?\\s+${ar("على")}|${verb("حتاج")}(?:\\s+(?:${ar("إلى")}|${ar("الى")}))?|${verb("تطلب")}|${verb("نتظر")}`,
);
// "بعد" (after), "بعد اكتمال" (after the completion of), "عند اكتمال" (on completion of); not "بعدها" (after
// it), a word of its own.
export const AR_AFTER = glued(
  `${ar("بعد")}(?:\\s+(?:${ar("اكتمال")}|${ar("انتهاء")}|${ar("إنجاز")}|${ar("دمج")}))?|${ar("عند")}\\s+(?:${ar("اكتمال")}|${ar("انتهاء")}|${ar("دمج")})`,
);
// "يحجب" (blocks), "يمنع" (prevents), "يسبق" (precedes): the subject first.
export const AR_BLOCKS = glued(`${verb("حجب")}|${verb("منع")}|${verb("سبق")}`);
// "قبل" (before); not "من قِبل" (by someone).
export const AR_BEFORE = `(?<!${ar("من")}\\s+)${glued(ar("قبل"))}`;
// "بالتوازي مع" (in parallel with), "مستقل(ة) عن" (independent of), "في الوقت نفسه مع" (at the same time as).
export const AR_PARALLEL_WITH = glued(
  `${ar("بالتوازي")}\\s+${ar("مع")}|${ar("مستقل")}(?:${ar("ة")}|${ar("ون")}|${ar("ان")}|${ar("تان")})?\\s+${ar("عن")}|${ar("في الوقت نفسه")}\\s+${ar("مع")}`,
);
// "بالتوازي" (in parallel), "معًا" (together), "مستقلة" (independent), "في الوقت نفسه" (at the same time).
export const AR_PARALLEL = glued(
  `${ar("بالتوازي")}|${ar("معا")}|${ar("مستقل")}(?:${ar("ة")}|${ar("ون")}|${ar("ان")}|${ar("تان")})?|${ar("في الوقت نفسه")}`,
);
// "لا", "لن", "لم", "ليس", "ليست" (not); not "غير", which negates a word ("غير الموسومة": unmarked).
export const AR_NOT = glued(`${ar("لا")}|${ar("لن")}|${ar("لم")}|${ar("ليس")}|${ar("ليست")}`);
// "أو" (or), "يُفضَّل" (preferably), "اختياري" (optional), "على سبيل المثال", "مثلًا" (for example), "إن/إذا
// توفر" (if available), "ربما" (perhaps), "يُستحسن" (it is advisable).
export const AR_HEDGES = glued(
  `${ar("أو")}|${ar("يفضل")}|${ar("اختياري")}(?:${ar("ة")})?|${ar("على سبيل المثال")}|${ar("مثلا")}|(?:${ar("إن")}|${ar("إذا")})\\s+${ar("توفر")}|${ar("ربما")}|${ar("يستحسن")}`,
);
// "ما عدا", "عدا", "باستثناء", "إلا" (except).
export const AR_EXCEPT = glued(`${ar("ما عدا")}|${ar("عدا")}|${ar("باستثناء")}|${ar("إلا")}`);
// "المرحلة" (the phase), "مرحلة", "المراحل" (the phases).
export const AR_PHASE = `(?:${ar("ال")})?(?:${ar("مرحلة")}|${ar("مرحله")}|${ar("مراحل")})`;
// "قصة المستخدم" (user story), "قصص المستخدم" (user stories), "القصة" (the story).
export const AR_STORY = `(?:${ar("قصة")}|${ar("قصص")})(?:\\s+(?:${ar("ال")})?${ar("مستخدم")})?|${ar("القصة")}|${ar("القصص")}`;
// "جميع", "كل" (all, every).
export const AR_ALL = `${ar("جميع")}|${ar("كل")}`;
