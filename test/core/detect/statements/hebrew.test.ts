import { describe, expect, it } from "vitest";
import { detect, pairs, saidUnder, speckit, twoStoriesIn } from "./plan-helpers.js";

const said = saidUnder("שלב 1: עבודה", "הערות");

// Setup (T001) and two stories of two [P] tasks each: US1 catalogues books, US2 lends them.
const stories = twoStoriesIn(
  ["שלב 1: הכנה", "שלב 2: סיפור משתמש 1 - קטלוג (עדיפות: P1)", "שלב 3: סיפור משתמש 2 - השאלה (עדיפות: P2)"],
  "תלויות",
);

describe("Hebrew statements", () => {
  it.each([
    ["תלוי ב- (depends on), with a joined ו (and)", "T004 תלוי ב-T001 ו-T002.", ["T001>T004", "T002>T004"]],
    ["לאחר השלמת (after the completion of)", "T005 מתחיל לאחר השלמת T002.", ["T002>T005"]],
    [
      "חוסם את (blocks) after a first relation",
      "T003 תלוי ב-T001 וחוסם את T005.",
      ["T001>T003", "T003>T005"],
    ],
    ["לא ... לפני (not before)", "T004 לא מתחיל לפני T003.", ["T003>T004"]],
    ["קודם ל- (precedes)", "T005 קודם ל-T002.", ["T005>T002"]],
    ["arrows of a right-to-left paragraph", "סדר מחייב: T001 ← T003 ← T005", ["T001>T003", "T003>T005"]],
  ])("reads %s", (_, sentence, expected) => {
    expect(said(sentence)).toEqual(expected);
  });

  it("reads stories, phases with a joined letter, and 'all user stories'", () => {
    const all = ["T002>T004", "T002>T005", "T003>T004", "T003>T005"];
    expect(stories("סיפור משתמש 2 תלוי בסיפור משתמש 1.")).toEqual(all);
    expect(stories("T005 לא מתחיל לפני ששלב 2 הושלם.")).toEqual(["T002>T005", "T003>T005"]);
  });

  it("does not fire on denials, parallel claims, suggestions or a reason", () => {
    expect(said("T004 בלתי תלוי ב-T002.")).toEqual([]);
    expect(said("T004 במקביל ל-T002.")).toEqual([]);
    expect(said("מומלץ לסיים את T004 לפני T005, אבל זו לא חובה.")).toEqual([]);
    expect(said("אופציונלי: T005 אחרי T004.")).toEqual([]);
  });

  it("keeps a parallel claim joined by ו to its own subject, not to the object before it", () => {
    // "US2 starts after Setup and is independent of US1": US1 does not join Setup's stage.
    const list = speckit(
      [
        ["שלב 1: הכנה", ["T001"]],
        ["שלב 2: סיפור משתמש 1 - קטלוג", ["T002"]],
        ["שלב 3: סיפור משתמש 2 - השאלה", ["T003"]],
      ],
      "## תלויות\n\n- סיפור משתמש 2: מתחיל אחרי שלב 1 ובלתי תלוי בסיפור משתמש 1.\n",
    );
    expect(pairs(list, "phase").sort()).toEqual(["T001>T002", "T001>T003"]);
  });

  it("orders tests first in a story when the list says so", () => {
    const story = [
      "## שלב 3: סיפור משתמש 1 - חשבוניות",
      "- [ ] T010 [P] [US1] בדיקת סכום החשבונית ב-tests/invoice/total_test.go",
      "- [ ] T011 [P] [US1] סכום החשבונית ב-src/invoice/total.go",
    ].join("\n");
    const cues = (rule: string): string[] =>
      detect(`${rule}\n${story}\n`)
        .edges.filter((e) => e.kind === "cue")
        .map((e) => `${e.from}>${e.to}`);
    expect(cues("הבדיקות תחילה: הבדיקות של כל סיפור נכתבות לפני המימוש.")).toEqual(["T010>T011"]);
    expect(cues("נכתוב בדיקות כשיהיה זמן.")).toEqual([]);
  });
});
