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

describe("Vietnamese notes under a Kiro sub-task", () => {
  // A Kiro plan of two groups; the note goes under 2.2 and reads 1.1–1.3 listed before it.
  const kiro = (note: string) => `# Implementation Plan

- [ ] 1. Nền tảng
  - [ ] 1.1 Hàm ký formatSignature() in src/billing/sign.ts
  - [ ] 1.2 Service hóa đơn in src/billing/invoice.service.ts
  - [ ] 1.3 Lệnh xuất báo cáo in src/cli/export.ts

- [ ] 2. Thông báo
  - [ ] 2.1 Client SMS in src/notify/sms.ts
  - [ ] 2.2 Route webhook in src/notify/webhook.controller.ts
    - ${note}
`;
  const into22 = (note: string) =>
    detect(kiro(note))
      .edges.filter((e) => e.to === "2.2" && e.kind !== "order")
      .map((e) => e.from)
      .sort();
  const from22 = (note: string) =>
    detect(kiro(note))
      .edges.filter((e) => e.from === "2.2" && e.kind !== "order")
      .map((e) => e.to);

  it("reads using, calling or running a thing of a task as needing it", () => {
    expect(into22("Dùng lại formatSignature() của 1.1 để ký payload.")).toEqual(["1.1"]);
    expect(into22("Gọi service ở 1.2 khi nhận webhook.")).toEqual(["1.2"]);
    expect(into22("Chạy lệnh ở 1.3 mỗi đêm.")).toEqual(["1.3"]);
    expect(into22("Gọi InvoiceService.create (1.2) cho mỗi sự kiện.")).toEqual(["1.2"]);
    // "từ" (from) before a thing a task makes is a word of need, as "from" is.
    expect(into22("Báo cáo dựng từ các số liệu ở 1.3.")).toEqual(["1.3"]);
  });

  it("reads 'khi' (when) after a verb of running or opening a clause after a comma", () => {
    expect(into22("Chỉ chạy được khi service ở 1.2 đã có.")).toEqual(["1.2"]);
    expect(into22("Làm sau cùng, khi 1.1–1.3 đã xong hết.")).toEqual(["1.1", "1.2", "1.3"]);
  });

  it("reads 'nó phải xong trước' (it must be done before) as this task first", () => {
    expect(from22("Thêm vào muộn: nó phải xong trước 2.1 vì client dùng route này.")).toEqual(["2.1"]);
  });

  it("reads nothing from a verb of use without a task, nor from a denial", () => {
    expect(into22("Dùng Redis cho hàng đợi, không gọi gì của nhóm 1.")).toEqual([]);
    expect(into22("Không lấy gì từ 1.3.")).toEqual([]);
  });
});
