import { describe, expect, it } from "vitest";
import { classifyPhase } from "../../../../src/core/parse/classify-phase.js";
import { detect, pairs, saidUnder, serial, twoStoriesIn } from "./plan-helpers.js";

// Five [P] tasks, T001 to T005, and one bullet under a Thai heading ("การพึ่งพา", dependencies).
const said = saidUnder("เฟส 1: งานหลัก", "การพึ่งพา");

describe("Thai phase headings", () => {
  it.each([
    ["เฟส 1: ตั้งค่าโปรเจกต์", "setup", null],
    ["เฟส 2: พื้นฐานของระบบ", "foundational", null],
    ["เฟส 3: เรื่องราวผู้ใช้ที่ 1 - ยืมหนังสือ (ความสำคัญ: P1)", "story", "US1"],
    ["เฟส 6: เก็บงานให้เรียบร้อย", "polish", null],
  ])("%s", (heading, kind, story) => {
    expect(classifyPhase(heading)).toEqual({ kind, story });
  });

  it("needs the phase's number", () => {
    expect(classifyPhase("เฟสถัดไปของระบบ")).toBeNull();
  });
});

describe("Thai statements, written without spaces between words", () => {
  it.each([
    ["T004 ต้องรอ T002", ["T002>T004"]],
    ["T005 ขึ้นอยู่กับ T003", ["T003>T005"]],
    ["T003 เริ่มหลังจาก T001 เสร็จ", ["T001>T003"]],
    ["T002 ต้องเสร็จก่อน T001 แม้จะเขียนไว้ถัดลงไป", ["T002>T001"]],
    ["T003 บล็อก T005", ["T003>T005"]],
    // Two relations in one sentence, the second sharing its subject after "และ" (and)
    ["T004 ต้องรอ T002 เสร็จก่อน และบล็อก T005 ด้วย", ["T002>T004", "T004>T005"]],
    // A denial and a wait, "แต่" (but) against the words around it, an ID glued to Thai
    ["T005 ไม่ต้องรอ T004 แต่ยังต้องรอT003เพราะเรียกฟังก์ชันของมัน", ["T003>T005"]],
    ["T004 และ T005 ต้องรอ T001", ["T001>T004", "T001>T005"]],
    // "a rule, not merely a recommendation"
    ["T004 ต้องรอ T002 เป็นข้อบังคับ ไม่ใช่แค่คำแนะนำ", ["T002>T004"]],
  ])("%s", (sentence, expected) => {
    expect(said(sentence)).toEqual(expected);
  });

  it.each([
    // "recommended to do T004 after T003, but not required"; "if there is one person, T001 → T002"
    "แนะนำให้ทำ T004 หลัง T003 แต่ไม่บังคับ",
    "ถ้ามีคนเดียว ทำ T001 → T002",
    // "write the tests first, then do T004": no task after "ก่อน"
    "เขียนเทสต์ก่อน แล้วค่อยทำ T004",
  ])("makes no edge: %s", (sentence) => {
    expect(said(sentence)).toEqual([]);
  });

  it("takes back the listing order between tasks said not to wait for each other", () => {
    const notes = "## หมายเหตุ\n\n- T003 ไม่ต้องรอ T002\n- T004 ทำพร้อมกับ T003 ได้\n";
    const order = pairs(serial(["T001", "T002", "T003", "T004"], notes), "order");
    expect(order).not.toContain("T002>T003");
    expect(order).not.toContain("T003>T004");
    expect(order).toContain("T001>T002");
  });

  it("reads a range written with ถึง (to)", () => {
    expect(said("T005 ต้องรอ T001 ถึง T003")).toEqual(["T001>T005", "T002>T005", "T003>T005"]);
    const order = pairs(
      serial(["T001", "T002", "T003", "T004"], "## หมายเหตุ\n\n- T002 ถึง T004 ทำพร้อมกันได้ทั้งหมด\n"),
      "order",
    );
    expect(order).not.toContain("T002>T003");
    expect(order).not.toContain("T003>T004");
  });
});

describe("Thai statements about stories", () => {
  const stories = twoStoriesIn(
    ["เฟส 1: ตั้งค่า", "เฟส 2: เรื่องราวผู้ใช้ที่ 1 - ยืมหนังสือ", "เฟส 3: เรื่องราวผู้ใช้ที่ 2 - คืนหนังสือ"],
    "การพึ่งพา",
  );

  it("reads a story by its ordinal and a task located in a story", () => {
    expect(stories("เรื่องราวผู้ใช้ที่ 2 ต้องรอเรื่องราวผู้ใช้ที่ 1")).toEqual(expect.arrayContaining(["T003>T004"]));
    // "T003 of US1 blocks T005": the story only says where T003 is.
    expect(stories("มีจุดเดียวคือ T003 ของ US1 บล็อก T005")).toEqual(["T003>T005"]);
  });
});

describe("the Thai tests-first rule", () => {
  const list = (note: string): string =>
    [
      "# รายการงาน",
      "## เฟส 1: เรื่องราวผู้ใช้ที่ 1 - ยืมหนังสือ",
      "- [ ] T001 [P] [US1] เทสต์การยืมใน internal/loan/loan_test.go",
      "- [ ] T002 [P] [US1] บริการยืมใน internal/loan/loan.go",
      "## หมายเหตุ",
      `- ${note}`,
      "",
    ].join("\n");

  it("orders a story's tests before its other tasks when the list binds it", () => {
    expect(pairs(list("เขียนเทสต์ก่อนเป็นข้อบังคับ ไม่ใช่แค่คำแนะนำ"), "cue")).toEqual(["T001>T002"]);
  });

  it.each([
    "แนะนำให้เขียนเทสต์ก่อน", // recommended
    "ไม่ต้องเขียนเทสต์ก่อน", // no need to write tests first
  ])("binds nothing when suggested or denied: %s", (note) => {
    expect(pairs(list(note), "cue")).toEqual([]);
  });
});

describe("a Thai task freed from the stories", () => {
  const list = (note: string): string =>
    [
      "# รายการงาน",
      "## เฟส 1: ตั้งค่า",
      "- [ ] T001 สร้างโปรเจกต์ใน go.mod",
      "## เฟส 2: พื้นฐาน",
      "- [ ] T002 ชนิดข้อมูลใน internal/model.go",
      "## เฟส 3: เรื่องราวผู้ใช้ที่ 1 - ยืม",
      "- [ ] T003 [US1] บริการยืมใน internal/loan.go",
      "## เฟส 4: เรื่องราวผู้ใช้ที่ 2 - คืน",
      "- [ ] T004 [US2] บริการคืนใน internal/back.go",
      "## เฟส 5: เก็บงาน",
      "- [ ] T005 คู่มือใน docs/guide.md",
      "## การพึ่งพา",
      `- ${note}`,
      "",
    ].join("\n");
  const into = (note: string): string[] =>
    detect(list(note))
      .edges.filter((e) => e.to === "T005")
      .map((e) => e.from)
      .sort();

  it.each([
    "T005 ไม่ต้องรอเรื่องราวผู้ใช้ใดๆ", // need not wait for any user story
    "T005 ไม่ต้องรอเรื่องราวผู้ใช้ทั้งหมด", // ... for the user stories, all of them
  ])("waits for the foundation only: %s", (note) => {
    expect(into(note)).toEqual(["T002"]);
  });

  it("is carved out of the phase's statement by ยกเว้น (except), whatever follows it", () => {
    // "Phase 5: starts after every user story is done, except T005, which need not wait for any story"
    expect(into("เฟส 5: เริ่มหลังจากทุกเรื่องราวผู้ใช้เสร็จ ยกเว้น T005 ที่ไม่ต้องรอเรื่องราวผู้ใช้ใดๆ เลย")).toEqual(["T002"]);
    // Must not fire: "as for T005, likewise" carves nothing out.
    expect(into("เฟส 5: เริ่มหลังจากทุกเรื่องราวผู้ใช้เสร็จ ส่วน T005 ก็เช่นกัน")).toEqual(["T003", "T004"]);
  });

  it("stays after the stories it is not freed from", () => {
    // "need not wait for user story 1"
    expect(into("T005 ไม่ต้องรอเรื่องราวผู้ใช้ที่ 1")).toEqual(["T002", "T004"]);
  });
});
