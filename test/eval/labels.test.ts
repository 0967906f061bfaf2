import { describe, expect, it } from "vitest";
import { checkLabelIds, LabelError, parseLabels, resolveListPath } from "../../eval/labels.js";

const GOOD = `# list: eval/lists/tiny.md
# a free comment

T001 < T004                 # why: T004 edits the file T001 creates
T001, T002 < T005 T006      # why: cross product
T010 | T011 | T012          # why: three [P] tasks
`;

function problem(text: string): string {
  try {
    parseLabels(text, "labels.txt");
  } catch (error) {
    if (error instanceof LabelError) return error.message;
    throw error;
  }
  throw new Error("no LabelError");
}

describe("parseLabels", () => {
  it("reads the header, must-order cross products and pairwise must-parallel lines", () => {
    const labels = parseLabels(GOOD, "labels.txt");
    expect(labels.list).toBe("eval/lists/tiny.md");
    expect(labels.listLine).toBe(1);
    const order = labels.pairs.filter((p) => p.kind === "order");
    expect(order.map((p) => `${p.before}<${p.after}@${p.line}`)).toEqual([
      "T001<T004@4",
      "T001<T005@5",
      "T001<T006@5",
      "T002<T005@5",
      "T002<T006@5",
    ]);
    expect(order[0]?.why).toBe("T004 edits the file T001 creates");
    const parallel = labels.pairs.filter((p) => p.kind === "parallel");
    expect(parallel.map((p) => `${p.a}|${p.b}`)).toEqual(["T010|T011", "T010|T012", "T011|T012"]);
  });

  it("reads a line opening with a GitHub reference as a pair, and a '#' comment as a comment", () => {
    const labels = parseLabels(
      "# list: eval/lists/epic.md\n# #410 is done\n#410 < #412 #413  # why: blocked by #410\n#420 | #421  # why: both roots\n",
      "labels.txt",
    );
    expect(
      labels.pairs.map((p) => (p.kind === "order" ? `${p.before}<${p.after}` : `${p.a}|${p.b}`)),
    ).toEqual(["#410<#412", "#410<#413", "#420|#421"]);
  });

  it("accepts Kiro, checklist and GSD IDs and a corpus list", () => {
    const labels = parseLabels(
      "# list: corpus:tasks/x.md\n1.1 < 2.3  # why: w\nC001 | 01-02 # why: w\n",
      "l.txt",
    );
    expect(labels.pairs).toHaveLength(2);
    expect(resolveListPath(labels.list, "/repo", "/corpus")).toBe("/corpus/tasks/x.md");
    expect(resolveListPath("eval/lists/a.md", "/repo", "/corpus")).toBe("/repo/eval/lists/a.md");
  });

  it.each([
    ["T001 < T002 # why: w\n", 'labels.txt:1: no "# list: <path>" header'],
    ["# list: a.md\n# list: b.md\n", 'labels.txt:2: a second "# list:" header'],
    ["# list:\n", 'labels.txt:1: "# list:" names no task list'],
    ["# list: a.md\nT001 < T002\n", 'labels.txt:2: a pair without "# why: ..."'],
    ["# list: a.md\nT001 < T002 # why:\n", 'labels.txt:2: "# why:" is empty'],
    ["# list: a.md\nT001 < T002 < T003 # why: w\n", 'labels.txt:2: "A < B" has exactly one "<"'],
    ["# list: a.md\nT001 < T002 | T003 # why: w\n", "labels.txt:2: a line is either"],
    ["# list: a.md\n < T002 # why: w\n", "labels.txt:2: a side of the pair names no task ID"],
    ["# list: a.md\nT001 < T001 # why: w\n", "labels.txt:2: T001 is on both sides"],
    ["# list: a.md\nT001 | T001 # why: w\n", "labels.txt:2: an ID appears twice"],
    ["# list: a.md\n\nT001 T002 # why: w\n", "labels.txt:3: not a pair"],
  ])("refuses %j naming file and line", (text, message) => {
    expect(problem(text)).toContain(message);
  });

  it("reports an unknown ID with the labels file and line", () => {
    const labels = parseLabels("# list: a.md\nT001 < T002 # why: w\nT001 | T999 # why: w\n", "own/a.txt");
    expect(() => checkLabelIds(labels, new Set(["T001", "T002"]))).toThrow(
      "own/a.txt:3: T999 is not a task in a.md",
    );
    expect(() => checkLabelIds(labels, new Set(["T001", "T002", "T999"]))).not.toThrow();
  });
});
