/**
 * Persian words of the statement reader, in one place. Persian writes a zero-width non-joiner inside many
 * words ("می‌شود", "هم‌زمان", "داستان‌های"), also typed as a space or left out: `fa()` accepts any of the
 * three where a literal word has a space. "ک" and "ی" may be typed as their Arabic forms "ك" and "ي". The
 * verb ends the clause and its object stands before it ("T021 به T023 وابسته است": T021 depends on T023);
 * a negated verb carries "ن" ("نمی‌ماند", "ندارد", "نیست"). Words are matched whole (word-matcher.ts counts
 * Arabic-script letters as word letters, not the non-joiner).
 */

/** A pattern for a literal word or phrase: a non-joiner, a space or nothing where it has a space. */
export function fa(words: string): string {
  return [...words]
    .map((c) => (c === " " ? "(?:\\u200c|\\s+)?" : c === "ک" ? "[کك]" : c === "ی" ? "[یي]" : c))
    .join("");
}

// "وابسته است" (is dependent, on the object before it: "به T023 وابسته است"), "نیاز دارد" / "لازم دارد"
// (needs the object before it), "احتیاج دارد" (needs); the object is written first.
export const FA_NEEDS_BEFORE = [
  `${fa("وابسته")}(?:\\s+(?:${fa("است")}|${fa("هستند")}|${fa("باشد")}))?|${fa("وابسته اند")}`,
  `(?:${fa("نیاز")}|${fa("لازم")}|${fa("احتیاج")})(?:${fa("ی")})?\\s+(?:${fa("دارد")}|${fa("دارند")}|${fa("ندارد")}|${fa("ندارند")})`,
].join("|");
// "منتظر X می‌ماند" (waits for X): the object after the word.
export const FA_WAITS_FOR = fa("منتظر");
// "پس از", "بعد از" (after), "به‌محض پایان" (as soon as ... ends), "پس از پایان" (after the end of).
export const FA_AFTER = `(?:${fa("پس از")}|${fa("بعد از")}|${fa("به محض")})(?:\\s+(?:${fa("پایان")}|${fa("اتمام")}|${fa("ادغام")}))?`;
// "قبل از", "پیش از" (before).
export const FA_BEFORE = `${fa("قبل از")}|${fa("پیش از")}`;
// "مسدود می‌کند" (blocks, the object before it).
export const FA_BLOCKS = `${fa("مسدود می کند")}|${fa("مسدود می کنند")}`;
// "هم‌زمان با", "موازی با", "به‌طور موازی با" (at the same time as, in parallel with), "مستقل از" (independent
// of).
export const FA_PARALLEL_WITH = `(?:${fa("هم زمان")}|${fa("به طور موازی")}|${fa("موازی")})\\s+${fa("با")}|${fa("مستقل از")}`;
// "هم‌زمان" (at the same time), "موازی", "به‌طور موازی" (in parallel), "با هم" (together), "مستقل" (independent).
export const FA_PARALLEL = `${fa("هم زمان")}|${fa("به طور موازی")}|${fa("موازی")}|${fa("با هم")}|${fa("مستقل")}`;
// A negated verb closing the clause, which negates the relation before it: "منتظر T039 نمی‌ماند" (does not
// wait for T039), "به T023 وابسته نیست" (does not depend on T023), "به T003 نیازی ندارد" (does not need T003).
export const FA_NEGATED_VERB = `${fa("نیست")}|${fa("نیستند")}|${fa("ندارد")}|${fa("ندارند")}|${fa("نمی")}`;
// The negated verb: "نیست" (is not), "ندارد" (does not have, need), "نمی‌…" (the negated present: "نمی‌ماند",
// does not wait), "بدون" (without).
export const FA_NOT = `${FA_NEGATED_VERB}|${fa("بدون")}`;
// "یا" (or), "اختیاری" (optional), "مثلاً", "برای مثال" (for example), "بهتر است" (it is better), "ترجیحاً"
// (preferably), "پیشنهاد" (suggestion), "اگر" (if).
export const FA_HEDGES = `${fa("یا")}|${fa("اختیاری")}|${fa("مثلا")}ً?|${fa("برای مثال")}|${fa("بهتر است")}|${fa("ترجیحا")}ً?|${fa("پیشنهاد")}\\S*|${fa("اگر")}`;
// "به‌جز", "جز", "مگر" (except), "به استثنای" (with the exception of).
export const FA_EXCEPT = `${fa("به جز")}|${fa("جز")}|${fa("مگر")}|${fa("به استثنای")}`;
// "فاز" (phase), "فازهای" (the phases of), "مرحله" (stage).
export const FA_PHASE = `${fa("فاز")}(?:\\u200c?${fa("های")}|\\u200c?${fa("ها")})?|${fa("مرحله")}`;
// "داستان کاربر" (user story), "داستان‌های (کاربر)" (user stories), "داستان" (story).
export const FA_STORY = `${fa("داستان")}(?:\\u200c?\\s*${fa("های")}|\\u200c?\\s*${fa("ها")})?(?:\\s+${fa("کاربر")})?`;
// "همهٔ", "همه", "تمام" (all), "هر" (every).
export const FA_ALL = `${fa("همه")}[\\u0654]?|${fa("همۀ")}|${fa("تمام")}(?:${fa("ی")})?|${fa("هر")}`;

// "سپس" (then), "در آخر", "در نهایت" (finally): "T043، سپس T044 و در آخر T045". ("بعد" alone is "then" in
// Persian but "after" in Arabic, and the word alone does not say which language the list is in.)
export const FA_THEN = `(?:${fa("و")}\\s+)?(?:${fa("سپس")}|${fa("در آخر")}|${fa("در نهایت")})`;
