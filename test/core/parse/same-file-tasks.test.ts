import { describe, expect, it } from "vitest";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";

const filesOf = (lines: string[]): Record<string, string[]> => {
  const text = ["# Tasks", "", "## Phase 1: Checkout", "", ...lines, ""].join("\n");
  const list = parseTaskList({ kind: "file", path: "tasks.md", text });
  return Object.fromEntries(list.tasks.map((t) => [t.id, t.files]));
};

describe("a task working in 'the same file'", () => {
  it("edits the files of the nearest task before it that names files", () => {
    const files = filesOf([
      "- [ ] T001 Add the cart total to src/cart/summary.tsx",
      "- [ ] T002 In the same file, show the discount line",
      "- [ ] T003 Still in the same file, round the total to cents",
      "- [ ] T004 [P] Dans le même fichier, traduire le libellé",
    ]);
    expect(files).toMatchObject({
      T002: ["src/cart/summary.tsx"],
      T003: ["src/cart/summary.tsx"],
      T004: ["src/cart/summary.tsx"],
    });
  });

  it("edits the files of the task it names", () => {
    const files = filesOf([
      "- [ ] T001 Add the cart total to src/cart/summary.tsx",
      "- [ ] T002 Add the coupon form to src/cart/coupon.tsx",
      "- [ ] T003 Same file as T001: show the shipping estimate",
    ]);
    expect(files.T003).toEqual(["src/cart/summary.tsx"]);
  });

  it("leaves a task that names its own file, or says nothing of a same file, alone", () => {
    const files = filesOf([
      "- [ ] T001 Add the cart total to src/cart/summary.tsx",
      "- [ ] T002 Keep src/cart/coupon.tsx in the same file layout as the summary",
      "- [ ] T003 Show the discount line",
      "- [ ] T004 Review the same files as last sprint's checkout work",
    ]);
    expect(files).toMatchObject({ T002: ["src/cart/coupon.tsx"], T003: [], T004: [] });
  });
});
