import { describe, expect, it } from "vitest";
import { detect, pairs, saidUnder, speckit, twoStoriesIn } from "./plan-helpers.js";

const said = saidUnder("المرحلة 1: الأعمال", "ملاحظات");

// Setup (T001) and two stories of two [P] tasks each: US1 catalogues books, US2 lends them.
const stories = twoStoriesIn(
  [
    "المرحلة 1: التهيئة",
    "المرحلة 2: قصة المستخدم 1 - الفهرس (الأولوية: P1)",
    "المرحلة 3: قصة المستخدم 2 - الإعارة (الأولوية: P2)",
  ],
  "التبعيات",
);

describe("Arabic statements", () => {
  it.each([
    [
      "يعتمد على (depends on), with a joined و (and)",
      "T004 يعتمد على T001 وT002.",
      ["T001>T004", "T002>T004"],
    ],
    ["يحتاج إلى (needs)", "T005 تحتاج إلى T003.", ["T003>T005"]],
    ["بعد اكتمال (after the completion of)", "T005 تبدأ بعد اكتمال T002.", ["T002>T005"]],
    [
      "يحجب (blocks), joined to و after a first relation",
      "T003 يعتمد على T001 ويحجب T005.",
      ["T001>T003", "T003>T005"],
    ],
    ["لا ... قبل (not before)", "T004 لا يبدأ قبل T003.", ["T003>T004"]],
    ["يسبق (precedes), short vowels written", "T005 يَسْبِقُ T002.", ["T005>T002"]],
  ])("reads %s", (_, sentence, expected) => {
    expect(said(sentence)).toEqual(expected);
  });

  it("reads arrows the way a right-to-left paragraph runs, and a left-to-right one as before", () => {
    expect(said("ترتيب ملزم: T001 ← T003 ← T005")).toEqual(["T001>T003", "T003>T005"]);
    expect(said("T005 ← T003")).toEqual(["T003>T005"]);
  });

  it("ends a clause at the Arabic comma: the second clause keeps the first one's subject", () => {
    const serial = speckit([["المرحلة 1: الأعمال", ["T001", "T002", "T003", "T004"]]], "", {
      parallel: false,
    });
    const note = "T004 مستقلة عن T002 وT003، ويمكن تنفيذها بالتوازي مع T002.";
    const order = pairs(`${serial}\n## ملاحظات\n\n- ${note}\n`, "order");
    expect(order).toContain("T002>T003");
    expect(order).not.toContain("T003>T004");
  });

  it("reads stories, phases and 'all user stories'", () => {
    expect(stories("قصة المستخدم 2 تعتمد على قصة المستخدم 1.")).toEqual([
      "T002>T004",
      "T002>T005",
      "T003>T004",
      "T003>T005",
    ]);
    expect(stories("T005 لا يبدأ قبل اكتمال المرحلة 2.")).toEqual(["T002>T005", "T003>T005"]);
    // "من قصة المستخدم 1" (from user story 1) only says where T002 is.
    expect(stories("T005 لا يبدأ قبل T002 من قصة المستخدم 1.")).toEqual(["T002>T005"]);
  });

  it("does not fire on denials, parallel claims, suggestions, 'by someone' or a word of its own", () => {
    expect(said("T004 مستقلة عن T002.")).toEqual([]);
    expect(said("T004 بالتوازي مع T002.")).toEqual([]);
    expect(said("يُفضَّل إنهاء T004 قبل T005، وليس ذلك شرطًا.")).toEqual([]);
    expect(said("اختياري: T005 بعد T004.")).toEqual([]);
    // "من قِبل" is "by (someone)", not "before"; "بعدها" (after it) is a word of its own.
    expect(said("T005 تُراجَع من قِبل فريق T002.")).toEqual([]);
    expect(said("T004 مذكورة بعدها في القائمة.")).toEqual([]);
  });

  it("frees listing order for tasks said to run in parallel, and orders tests first in a story", () => {
    const serial = speckit([["المرحلة 1: الأعمال", ["T001", "T002", "T003"]]], "", { parallel: false });
    expect(pairs(`${serial}\n## فرص التوازي\n\n- T003 بالتوازي مع T002.\n`, "order")).toEqual([
      "T001>T002",
      "T001>T003",
    ]);
    const story = [
      "## المرحلة 3: قصة المستخدم 1 - الفواتير",
      "- [ ] T010 [P] [US1] اختبار مجموع الفاتورة في tests/invoice/total.test.ts",
      "- [ ] T011 [P] [US1] مجموع الفاتورة في src/invoice/total.ts",
    ].join("\n");
    const cues = (rule: string): string[] =>
      detect(`${rule}\n${story}\n`)
        .edges.filter((e) => e.kind === "cue")
        .map((e) => `${e.from}>${e.to}`);
    expect(cues("الاختبارات أولًا: تُكتب اختبارات كل قصة قبل تنفيذها.")).toEqual(["T010>T011"]);
    expect(cues("اكتب اختبارات كل قصة قبل التنفيذ.")).toEqual(["T010>T011"]);
    expect(cues("تُكتب الاختبارات حين يتسع الوقت.")).toEqual([]);
  });
});
