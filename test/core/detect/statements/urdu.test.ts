import { describe, expect, it } from "vitest";
import { saidUnder, twoStoriesIn } from "./plan-helpers.js";

// Five [P] tasks, T001 to T005, and one bullet under an Urdu heading ("انحصار", dependencies).
const said = saidUnder("مرحلہ 1: تیاری", "انحصار");

describe("Urdu: Hindi's postpositions in Arabic script, the verb and its negation last", () => {
  it.each([
    ["T003، T001 کے بعد ہی شروع ہوگا۔", ["T001>T003"]],
    ["T004، T002 پر منحصر ہے۔", ["T002>T004"]],
    ["T005 کو T003 کا انتظار کرنا ہوگا۔", ["T003>T005"]],
    ["T004 کا T002 سے پہلے مکمل ہونا ضروری ہے۔", ["T004>T002"]],
    ["T002، T004 کو روکتا ہے۔", ["T002>T004"]],
    ["T001 مکمل ہوتے ہی T005 شروع ہو سکتا ہے۔", ["T001>T005"]],
    ["T005 کا انحصار T003 پر ہے۔", ["T003>T005"]],
    // "T004 will not start before T001 is complete": the negation before the closing verb turns "before" round
    ["T001 مکمل ہونے سے پہلے T004 شروع نہیں ہوگا۔", ["T001>T004"]],
  ])("%s", (sentence, expected) => {
    expect(said(sentence)).toEqual(expected);
  });

  it.each([
    // "T004 does not depend on T002", "T005 need not wait for T003", "T003 has nothing to do with T001"
    "T004، T002 پر منحصر نہیں۔",
    "T005 کو T003 کا انتظار نہیں۔",
    "T003 کا T001 سے کوئی تعلق نہیں؛ دونوں ایک ساتھ چل سکتے ہیں۔",
    // "If there is time, T004 after T002", "for example T005 after T003"
    "اگر وقت ہو تو T004، T002 کے بعد۔",
    "مثال کے طور پر T005، T003 کے بعد۔",
  ])("binds nothing: %s", (sentence) => {
    expect(said(sentence)).toEqual([]);
  });

  it("keeps a rule said to be more than advice binding", () => {
    // "Tests first, and this rule is mandatory, not merely advice: T004 after T001"
    expect(said("یہ اصول لازمی ہے، صرف مشورہ نہیں: T004، T001 کے بعد۔")).toEqual(["T001>T004"]);
  });
});

describe("Urdu stories and stages", () => {
  const stories = twoStoriesIn(
    [
      "مرحلہ 1: تیاری",
      "مرحلہ 2: یوزر اسٹوری 1 — کتاب ادھار دینا (ترجیح: P1)",
      "مرحلہ 3: یوزر اسٹوری 2 — کتاب واپس لینا (ترجیح: P2)",
    ],
    "انحصار",
  );

  it.each([
    "یوزر اسٹوری ۲ پوری کی پوری یوزر اسٹوری ۱ پر منحصر ہے۔",
    "US1 کے تمام کام مکمل ہونے سے پہلے US2 کا کوئی کام شروع نہیں ہوگا۔",
    "مرحلہ 2 کے فوراً بعد مرحلہ 3 شروع ہوگا۔",
  ])("orders the second story after the first: %s", (sentence) => {
    expect(stories(sentence)).toEqual(["T002>T004", "T002>T005", "T003>T004", "T003>T005"]);
  });

  it("does not take a story named as a source for the subject", () => {
    // "Out of US1, it needs only T002": US1 is where T002 comes from, not what waits
    expect(stories("US2: US1 میں سے اسے صرف T002 درکار ہے۔")).toEqual(["T002>T004", "T002>T005"]);
  });
});
