import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LabelError } from "../../eval/labels.js";
import { nonBindingReason } from "../../eval/non-binding.js";
import { authorParallelPairs, dropCut } from "../../eval/parallel-blocks.js";
import { renderReport } from "../../eval/report.js";
import { failures, runEval, UnplannedListError } from "../../eval/run-eval.js";

// Two [P] tasks of one phase on distinct files: any planner puts them in one wave. The labels claim an
// order between them, so the harness must report that must-order pair as violated.
const OWN_LIST = `# Tasks: tiny

## Phase 1: Setup

- [ ] T001 Create the package in \`src/pkg.py\`

## Phase 2: Work

- [ ] T002 [P] Write the model in \`src/model.py\`
- [ ] T003 [P] Write the docs in \`docs/guide.md\`
- [ ] T004 Wire the model into \`src/app.py\`
`;

const OWN_LABELS = `# list: eval/lists/tiny.md
T001 < T002 T003       # why: Setup before the work phase
T002 < T003            # why: pretend the docs describe the model (a pair the plan cannot keep)
T002 | T003            # why: [P] tasks on distinct files
`;

const CORPUS_LIST = `# Tasks: corpus

## Phase 1: Setup

- [ ] T001 Create \`src/a.ts\`

## Phase 2: Work

- [ ] T002 [P] Write \`src/b.ts\`
- [ ] T003 [P] Write \`src/c.ts\`
- [ ] T004 Write \`src/d.ts\`

### Parallel Opportunities

- T002, T003 can run in parallel (after T001)
- T003 and T004 can run in parallel
`;

describe("npm run eval on a tiny synthetic repository", () => {
  const root = mkdtempSync(join(tmpdir(), "maestro-eval-test-"));
  const corpus = join(root, "corpus");
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, "eval/lists"), { recursive: true });
  mkdirSync(join(root, "eval/labels/own"), { recursive: true });
  mkdirSync(join(corpus, "tasks"), { recursive: true });
  writeFileSync(join(root, "eval/lists/tiny.md"), OWN_LIST);
  writeFileSync(join(root, "eval/labels/own/tiny.txt"), OWN_LABELS);
  writeFileSync(join(corpus, "tasks/one.md"), CORPUS_LIST);

  it("reports the violated must-order pair with its why, and fails the run", async () => {
    const run = await runEval({ repoRoot: root, corpusDir: corpus, schedule: false });
    const f = run.figures;
    expect(f.labelled.files).toBe(1);
    expect(f.labelled.order.total).toBe(3);
    expect(f.labelled.violations).toEqual([
      expect.objectContaining({ before: "T002", after: "T003", line: 3, labels: "eval/labels/own/tiny.txt" }),
    ]);
    expect(f.labelled.order.held).toBe(2);
    expect(f.labelled.parallel).toMatchObject({ sameWave: 1, total: 1, noPath: 1 });
    expect(failures(f)).toEqual(["1 labelled must-order pair(s) violated"]);
    const report = renderReport(run, { labelled: { order: { recall: 1 } } });
    expect(report).toContain("T002 < T003");
    expect(report).toContain("why: pretend the docs describe the model");
    expect(report).toContain("66.7% (prev 100.0%)");
  });

  it("counts the authors' parallel statements of the corpus and plans the corpus and our own lists", async () => {
    const run = await runEval({ repoRoot: root, corpusDir: corpus, schedule: false });
    // T002|T003 (the "after T001" part names a prerequisite) and T003|T004.
    expect(run.figures.parallelBlocks).toMatchObject({ lists: 1, pairs: 2 });
    expect(run.figures.counts.planned).toBe(2);
    expect(run.figures.counts.sameFileInWave).toBe(0);
  });

  it("reports a labels file naming a task the list does not have, and one whose list does not plan", async () => {
    writeFileSync(
      join(root, "eval/labels/own/bad.txt"),
      "# list: eval/lists/tiny.md\nT001 < T042 # why: w\n",
    );
    writeFileSync(join(root, "eval/lists/dup.md"), "- [ ] T001 One\n- [ ] T001 Two\n");
    writeFileSync(join(root, "eval/labels/own/dup.txt"), "# list: eval/lists/dup.md\nT001 < T002 # why: w\n");
    try {
      const run = await runEval({ repoRoot: root, corpusDir: corpus, schedule: false });
      expect(run.labelErrors.map((e) => e.message)).toEqual([
        "eval/labels/own/bad.txt:2: T042 is not a task in eval/lists/tiny.md",
        expect.stringMatching(
          /^eval\/labels\/own\/dup\.txt:1: the list eval\/lists\/dup\.md does not plan: .*duplicate/,
        ),
      ]);
      expect(run.labelErrors[0]).toBeInstanceOf(LabelError);
      expect(run.labelErrors[1]).toBeInstanceOf(UnplannedListError);
      // The unplanned list's must-order pair counts as violated; the bad file is left out.
      expect(run.figures.labelled.order).toMatchObject({ held: 2, total: 4 });
      expect(failures(run.figures)).toContain("2 labels file(s) unusable");
    } finally {
      for (const f of ["eval/labels/own/bad.txt", "eval/labels/own/dup.txt", "eval/lists/dup.md"])
        rmSync(join(root, f));
    }
  });
});

describe("the authors' parallel statements", () => {
  const known = new Set(["T001", "T002", "T003", "T004", "T005", "T006", "T007", "T008", "T009", "T010"]);
  const pairs = (text: string): string[] => authorParallelPairs(text, known).map((p) => `${p.a}|${p.b}`);

  it("reads runs of Task lines in a parallel example, not a sequential run or a mermaid graph", () => {
    const text = [
      "## Parallel Example: User Story 1",
      "```bash",
      "# Launch together:",
      'Task: "T002 Write a in src/a.ts"',
      'Task: "T003 Write b in src/b.ts"',
      "# Then, sequentially:",
      'Task: "T004 Write c"',
      'Task: "T005 Write d"',
      "```",
      "```mermaid",
      "T006 --> T007",
      "T008",
      "T009",
      "```",
    ].join("\n");
    expect(pairs(text)).toEqual(["T002|T003"]);
  });

  it("drops prerequisites and pairs 'with' sides, ranges and lists of ranges as the words say", () => {
    expect(pairs("- T002, T003 can run in parallel (after T001 completes)")).toEqual(["T002|T003"]);
    expect(pairs("- T005 can run in parallel with T002-T003")).toEqual(
      ["T005|T002", "T005|T003"].map(sorted),
    );
    expect(pairs("- Tests (T002–T003) and docs (T005–T006) can be written in parallel")).toEqual([
      "T002|T005",
      "T002|T006",
      "T003|T005",
      "T003|T006",
    ]);
    expect(pairs("- 10 tasks can run in parallel (T002-T003, T005-T006)")).toEqual([
      "T002|T003",
      "T005|T006",
    ]);
    expect(pairs("- Phase 2의 T007, T008 엔티티 병렬 구현 가능")).toEqual(["T007|T008"]);
    expect(pairs("- T001-T003 sequenciais (mesmo arquivo), T004 e T005 paralelos")).toEqual(["T004|T005"]);
  });

  it("skips task lines, hedged sentences and team-strategy sections", () => {
    expect(pairs("- [ ] T002 [P] Write a, in parallel with T003")).toEqual([]);
    expect(pairs("- Some of T002-T004 can run in parallel")).toEqual([]);
    expect(pairs("## Parallel Team Strategy\n- Developer A: T002, T003 in parallel")).toEqual([]);
  });

  it("cuts at a prerequisite word up to the end of its parentheses or clause", () => {
    expect(dropCut("T009, T010 in parallel (after T006-T008 complete)")).toBe("T009, T010 in parallel ()");
    expect(dropCut("After T005 lands, migrations (T008, T009) run")).toBe(" migrations (T008, T009) run");
    expect(dropCut("Depends on T001, T002 and T003")).toBe("");
  });
});

describe("non-binding sentences", () => {
  const lines = [
    "# Tasks: the MVP",
    "## Dependencies",
    "- US3: Can start after Foundational (recommended after US1 for context)",
    "- US2 depends on US1",
    "## Implementation Strategy",
    "- US1 → US2 → US3",
    "- T009 ← T004, T006 only; it doesn't need T005 or T007.",
  ];

  it("flags a suggestion in the cited sentence and any sentence under a strategy heading", () => {
    expect(nonBindingReason(lines, 3, "recommended after US1")).toContain('"recommended"');
    expect(nonBindingReason(lines, 4, "depends on US1")).toBeNull();
    expect(nonBindingReason(lines, 6, null)).toBe('under the heading "Implementation Strategy"');
  });

  it("finds the cited sentence of a bulleted line, and does not blame the line's other sentence", () => {
    // The edge quotes the first sentence; the "or" stands in the second.
    expect(nonBindingReason(["## Notes", ...lines.slice(6)], 2, "T009 ← T004, T006 only;")).toBeNull();
  });

  it("reads an 'or' inside a list of numbers, or in a reason, as no alternative", () => {
    const notes = [
      "## Notes",
      "- No step of groups 3, 5 or 6 begins before group 2 is merged.",
      "- Group 4 waits for group 2, since both touch the schema or its seed.",
      "- Do group 4 or group 5 next.",
      "- Group 4 waits for group 2 or group 3.",
    ];
    expect(nonBindingReason(notes, 2, null)).toBeNull();
    expect(nonBindingReason(notes, 3, null)).toBeNull();
    // Must still flag: an "or" between two actions, and one between two lists each with its own word
    expect(nonBindingReason(notes, 4, null)).toContain('"or"');
    expect(nonBindingReason(notes, 5, null)).toContain('"or"');
  });
});

function sorted(pair: string): string {
  const [a = "", b = ""] = pair.split("|");
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
