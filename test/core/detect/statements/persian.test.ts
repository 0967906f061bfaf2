import { describe, expect, it } from "vitest";
import { saidUnder, twoStoriesIn } from "./plan-helpers.js";
import { classifyPhase } from "../../../../src/core/parse/classify-phase.js";

const said = saidUnder("فاز 1: کارها", "یادداشت‌ها");

// Setup (T001) and two stories of two [P] tasks each, headings written with Persian digits: US1 lists the
// books, US2 lends them.
const stories = twoStoriesIn(
  [
    "فاز ۱: راه‌اندازی",
    "فاز ۲: داستان کاربر ۱ - فهرست کتاب‌ها (اولویت: P1)",
    "فاز ۳: داستان کاربر ۲ - امانت (اولویت: P2)",
  ],
  "وابستگی‌ها",
);
const US1_BEFORE_US2 = ["T002>T004", "T002>T005", "T003>T004", "T003>T005"];

describe("Persian phase headings", () => {
  it("reads the phase word, Persian digits, the story and the roles", () => {
    expect(classifyPhase("فاز ۳: داستان کاربر ۲ - امانت")).toEqual({ kind: "story", story: "US2" });
    expect(classifyPhase("فاز ۱: راه‌اندازی (زیرساخت مشترک)")?.kind).toBe("setup");
    expect(classifyPhase("فاز 2: پایه")?.kind).toBe("foundational");
    expect(classifyPhase("فاز ۷: بهبودها و کارهای مشترک")?.kind).toBe("polish");
    // The role word must open the name: "reports of the improvements" is no polish phase.
    expect(classifyPhase("فاز ۴: گزارش بهبودها")?.kind).toBe("other");
    expect(classifyPhase("فازهای کار")).toBeNull();
  });
});

describe("Persian statements", () => {
  it.each([
    ["'depends on' with the verb last", "T004 به T002 وابسته است.", ["T002>T004"]],
    ["'needs' with the object before the verb", "T005 به T001 نیاز دارد.", ["T001>T005"]],
    ["'waits for'", "T003 منتظر T002 می‌ماند.", ["T002>T003"]],
    ["'after', the non-joiner typed as a space", "T004 پس از T001 شروع می شود.", ["T001>T004"]],
    ["'before'", "T002 پیش از T005 ادغام می‌شود.", ["T002>T005"]],
    ["a range with 'تا' (to)", "T005 به T001 تا T003 نیاز دارد.", ["T001>T005", "T002>T005", "T003>T005"]],
    ["'then' and 'finally' in a chain", "T001، سپس T003 و در آخر T005.", ["T001>T003", "T003>T005"]],
  ])("reads %s", (_, sentence, expected) => {
    expect(said(sentence)).toEqual(expected);
  });

  it("reads stories written with Persian digits, and a story that needs one task of another", () => {
    expect(stories("داستان کاربر ۲ به داستان کاربر ۱ نیاز دارد.")).toEqual(US1_BEFORE_US2);
    expect(stories("داستان کاربر ۲ پس از پایان داستان کاربر ۱ شروع می‌شود.")).toEqual(US1_BEFORE_US2);
    expect(stories("داستان کاربر ۲: از داستان ۱ فقط T003 را لازم دارد.")).toEqual(["T003>T004", "T003>T005"]);
  });

  it("does not fire on a negated verb at the clause's end, a parallel claim or a suggestion", () => {
    expect(said("T004 به T002 وابسته نیست.")).toEqual([]);
    expect(said("T003 منتظر T002 نمی‌ماند.")).toEqual([]);
    expect(said("T005 به T001 نیازی ندارد.")).toEqual([]);
    expect(said("T004 هم‌زمان با T002 اجرا می‌شود.")).toEqual([]);
    expect(said("بهتر است T005 پس از T004 انجام شود، ولی الزامی نیست.")).toEqual([]);
    expect(said("اختیاری: T005 بعد از T004.")).toEqual([]);
    expect(stories("داستان کاربر ۲ منتظر داستان کاربر ۱ نمی‌ماند.")).toEqual([]);
  });

  it("ends a sentence at the Persian semicolon", () => {
    expect(said("T004 به T002 نیاز دارد؛ T005 هم‌زمان با T003 اجرا می‌شود.")).toEqual(["T002>T004"]);
  });
});
