import { describe, expect, it } from "vitest";
import { saidUnder, detect, speckit } from "./plan-helpers.js";

const said = saidUnder("Phase 1: Công việc", "Ghi chú");

describe("Vietnamese statements", () => {
  it.each([
    ["phụ thuộc vào (depends on)", "T004 phụ thuộc vào T001.", ["T001>T004"]],
    ["cần (needs)", "T005 cần T002 và T003.", ["T002>T005", "T003>T005"]],
    ["two relations in one clause", "T003 cần T001 nhưng lại chặn T005.", ["T001>T003", "T003>T005"]],
    ["bị chặn bởi (blocked by)", "T005 bị chặn bởi T004.", ["T004>T005"]],
    ["sau khi (after)", "T004 chỉ bắt đầu sau khi T002 xong.", ["T002>T004"]],
    ["trước (before)", "T002 phải xong trước T005.", ["T002>T005"]],
    ["ngay khi (as soon as)", "T005 bắt đầu được ngay khi T003 xong.", ["T003>T005"]],
    [
      "a denial, then 'ngay khi' in a clause of its own",
      "T005 không cần chờ T004, bắt đầu được ngay khi T002 xong.",
      ["T002>T005"],
    ],
  ])("reads %s", (_, sentence, expected) => {
    expect(said(sentence)).toEqual(expected);
  });

  it("does not fire on denials, suggestions, 'cần thiết' or the English 'can'", () => {
    expect(said("T004 không phụ thuộc vào T001.")).toEqual([]);
    expect(said("Không cần chờ T002: T005 chỉ đọc cấu hình.")).toEqual([]);
    expect(said("Gợi ý thứ tự: T001 → T004, không bắt buộc.")).toEqual([]);
    expect(said("Có lẽ nên làm T005 sau T003.")).toEqual([]);
    expect(said("T004 cần thiết cho bản demo, xem T001.")).toEqual([]);
    expect(said("T004 can run while T001 is reviewed.")).toEqual([]);
  });

  it("frees two tasks said to run side by side", () => {
    const text = speckit(
      [["Phase 1: Công việc", ["T001", "T002", "T003"]]],
      "## Ghi chú\n\n- T002 và T003 làm song song được.\n",
      {
        parallel: false,
      },
    );
    expect(detect(text).edges.map((e) => `${e.from}>${e.to}`)).not.toContain("T002>T003");
  });

  it("reads 'tests first' in every story as a cue", () => {
    const text = `# Tasks

Test viết trước: trong mỗi user story, các task test phải viết xong rồi mới bắt đầu các task còn lại.

## Phase 1: User Story 1 - Tra cứu (Priority: P1)

- [ ] T001 [P] [US1] Test tra cứu in test/lookup.service.spec.ts
- [ ] T002 [P] [US1] Tra cứu hóa đơn in src/lookup.service.ts
`;
    expect(
      detect(text)
        .edges.filter((e) => e.kind === "cue")
        .map((e) => `${e.from}>${e.to}`),
    ).toEqual(["T001>T002"]);
  });
});
