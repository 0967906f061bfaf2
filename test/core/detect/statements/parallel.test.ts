import { describe, expect, it } from "vitest";
import { detect, pairs, serial, speckit } from "./plan-helpers.js";

const unmarked = ["T001", "T002", "T003", "T004", "T005"];

describe("parallel statements remove listing-order edges", () => {
  it("keeps listing order between unmarked tasks when nothing is said", () => {
    expect(pairs(serial(unmarked, ""), "order")).toEqual([
      "T001>T002",
      "T002>T003",
      "T003>T004",
      "T004>T005",
    ]);
  });

  it("removes the order between tasks said to run in parallel, keeping what they wait for", () => {
    const text = serial(
      unmarked,
      "## Notes\n\n- T003, T004 → after T002 (can run in parallel with each other)\n",
    );
    expect(pairs(text).sort()).toEqual(["T001>T002", "T002>T003", "T002>T004", "T003>T005", "T004>T005"]);
  });

  it("reads a range said to run in parallel as each of its tasks", () => {
    expect(pairs(serial(unmarked, "## Notes\n\n- T002-T004 can all run concurrently\n")).sort()).toEqual([
      "T001>T002",
      "T001>T003",
      "T001>T004",
      "T002>T005",
      "T003>T005",
      "T004>T005",
    ]);
  });

  it("pairs two sides of 'in parallel with' only across, not within", () => {
    const text = serial(unmarked, "## Notes\n\n- T002 can run in parallel with T003-T004\n");
    expect(pairs(text).sort()).toEqual(["T001>T002", "T001>T003", "T002>T005", "T003>T004", "T004>T005"]);
  });

  it("reads 'independent of' naming tasks as parallel", () => {
    expect(pairs(serial(unmarked, "## Notes\n\n- T004 is independent of T003\n"), "order")).toContain(
      "T002>T004",
    );
    expect(pairs(serial(unmarked, "## Notes\n\n- T004 is independent of T003\n"), "order")).not.toContain(
      "T003>T004",
    );
  });

  it("removes nothing when the parallel claim carries an exception", () => {
    expect(
      pairs(
        serial(unmarked, "## Notes\n\n- T002-T004 can run in parallel except where they share config\n"),
        "order",
      ),
    ).toEqual(["T001>T002", "T002>T003", "T003>T004", "T004>T005"]);
  });

  it("removes nothing for a parallel claim offered as an option", () => {
    expect(pairs(serial(unmarked, "## Notes\n\n- T003 and T004 could run in parallel\n"), "order")).toContain(
      "T003>T004",
    );
  });

  it("never removes a file edge or a stated edge", () => {
    const text = `# Tasks\n\n## Phase 1: Work\n\n- [ ] T001 Write src/app.ts\n- [ ] T002 Extend src/app.ts\n- [ ] T003 Build the CLI (depends on T002)\n\n## Notes\n\n- T001, T002, T003 can run in parallel\n`;
    expect(pairs(text, "file")).toEqual(["T001>T002"]);
    expect(pairs(text, "explicit")).toEqual(["T002>T003"]);
  });

  it("reads the authors' parallel examples: task lines launched together", () => {
    const notes =
      '## Parallel Example: Catalogue\n\n```bash\n# Start these at once:\nTask T002: "Work item T002"\nTask T003: "Work item T003"\n\n# Then, one by one:\nTask T004\nTask T005\n```\n';
    const order = pairs(serial(unmarked, notes), "order");
    expect(order).not.toContain("T002>T003");
    expect(order).toContain("T004>T005");
  });

  it("finds a task in a parallel example by its quoted title", () => {
    const text = `# Tasks\n\n## Phase 1: Work\n\n- [ ] T001 Create the shelf model\n- [ ] T002 Create the loan model\n- [ ] T003 Wire both models\n\n## Parallel Example\n\n\`\`\`\nTask: "Create the shelf model"\nTask: "Create the loan model"\n\`\`\`\n`;
    expect(pairs(text).sort()).toEqual(["T001>T003", "T002>T003"]);
  });

  it("reads a binding order written inside a parallel section", () => {
    const text = serial(unmarked, "## Parallel Opportunities\n\n- T005 waits for T001, T002\n");
    expect(pairs(text, "explicit")).toEqual(["T001>T005", "T002>T005"]);
  });

  it("does not remove order edges for stories said to be parallel (only tasks named by ID)", () => {
    const text = speckit(
      [
        ["Phase 1: User Story 1 - Lend", ["T001", "T002"]],
        ["Phase 2: User Story 2 - Return", ["T003"]],
      ],
      "## Notes\n\n- US1 and US2 can run in parallel\n",
      { parallel: false },
    );
    expect(pairs(text, "order")).toEqual(["T001>T002"]);
  });

  it("under a parallel label, takes a list of tasks as a claim", () => {
    const order = pairs(serial(unmarked, "## Notes\n\n**Parallel**: T003 and T004.\n"), "order");
    expect(order).not.toContain("T003>T004");
  });

  it("under a parallel label, claims nothing for a sentence whose verb stands between two tasks", () => {
    const notes = "## Notes\n\n**Parallel**: T004 fills the cache that T003 sets up.\n";
    expect(pairs(serial(unmarked, notes), "order")).toContain("T003>T004");
  });

  it("reads a label that itself claims parallel work, the words after it giving the reason", () => {
    const claim = "## Notes\n\n- T003 and T004 can run in parallel: both only read the schema.\n";
    expect(pairs(serial(unmarked, claim), "order")).not.toContain("T003>T004");
    const sign = "## Notes\n\n- T003 ‖ T004: separate modules that meet only in T005.\n";
    expect(pairs(serial(unmarked, sign), "order")).not.toContain("T003>T004");
  });

  it("reads '[P]' naming the marker, not claiming parallel work, where it is absent or a kind of task", () => {
    const phases = (notes: string): string =>
      speckit(
        [
          ["Phase 1: Setup", ["T001"]],
          ["Phase 2: User Story 1 - Lend (Priority: P1)", ["T002", "T003"]],
          ["Phase 3: Polish", ["T004"]],
        ],
        notes,
        { parallel: false },
      );
    const plain = detect(phases("")).edges.map((e) => `${e.from}>${e.to}`);
    for (const note of [
      "Phases go in order: Setup, the stories, Polish. Inside a phase, a task without [P] waits for the ones above it.",
      "Rule of the list: [P] tasks touch different files; unmarked ones follow the tasks above them.",
    ]) {
      const read = detect(phases(`## Notes\n\n${note}\n`));
      expect(
        read.edges.map((e) => `${e.from}>${e.to}`),
        note,
      ).toEqual(plain);
      expect(
        read.warnings.filter((w) => w.includes("runs beside")),
        note,
      ).toEqual([]);
    }
    // "[P]" after a list of tasks still claims that they run side by side.
    expect(pairs(serial(["T001", "T002", "T003"], "## Notes\n\n- T002, T003 [P]\n"), "order")).toEqual([
      "T001>T002",
      "T001>T003",
    ]);
  });

  it("reads Swedish parallel words", () => {
    const notes = "## Notes\n\n- T004 kan göras parallellt med T003.\n";
    expect(pairs(serial(unmarked, notes), "order")).not.toContain("T003>T004");
  });

  it("claims nothing for a label that relates its tasks or names only one", () => {
    const wait = "## Notes\n\n- T004 waits for T003: both touch the schema.\n";
    expect(pairs(serial(unmarked, wait))).toContain("T003>T004");
    const one = "## Notes\n\n- T004 can run in parallel: its files are its own.\n";
    expect(pairs(serial(unmarked, one), "order")).toContain("T003>T004");
  });
});

describe("the parallel signs ∥ ‖ ║ stand between the two sides", () => {
  const list = (line4: string, notes = ""): string =>
    [
      "# Tasks: Lending library",
      "",
      "## Phase 1: Catalogue",
      "",
      "- [ ] T001 Create the loan store in src/store.ts",
      "- [ ] T002 Build the due-date cache in src/cache.ts",
      "- [ ] T003 Build the reminder queue in src/queue.ts",
      `- [ ] T004 ${line4}`,
      "",
      notes,
    ].join("\n");

  it("in a task's own text: a claim beside the task named, and no mention edge", () => {
    const edges = pairs(list("Add the audit log in src/audit.ts ‖ T003"));
    expect(edges).not.toContain("T003>T004");
    expect(edges).toContain("T002>T004");
  });

  it("in a note, between two tasks", () => {
    const edges = pairs(list("Add the audit log in src/audit.ts", "## Notes\n\n- T004 ∥ T003\n"));
    expect(edges).not.toContain("T003>T004");
  });

  it("a task that merely names another keeps the mention, and an unmarked one its listing order", () => {
    expect(pairs(list("Add the audit log in src/audit.ts for the queue of T003"))).toContain("T003>T004");
    expect(pairs(list("Add the audit log in src/audit.ts ‖ T001"))).toContain("T003>T004");
  });
});

describe("each other, in the Romance languages", () => {
  it("reads 'each other' after a bare parallel word, then what else the tasks run beside", () => {
    const notes = "## Notas\n\n- T002 y T003 avanzan en paralelo entre sí y con T004.\n";
    const edges = pairs(serial(unmarked, notes));
    expect(edges).not.toContain("T002>T003");
    expect(edges).not.toContain("T003>T004");
    expect(edges).toContain("T001>T002");
    expect(edges).toContain("T004>T005");
  });

  it("takes 'entre si' (each other) for no condition, while a French 'si' (if) still hedges", () => {
    const reflexive = pairs(serial(unmarked, "## Notas\n\n- T003 e T004 correm em paralelo entre si.\n"));
    expect(reflexive).not.toContain("T003>T004");
    expect(reflexive).toContain("T002>T003");
    const conditional = pairs(
      serial(unmarked, "## Notes\n\n- T003 et T004 en parallèle si le serveur tient.\n"),
    );
    expect(conditional).toContain("T003>T004");
    // "each other" with nothing after it names no other task.
    expect(pairs(serial(unmarked, "## Notas\n\n- T002 e T003 em paralelo entre si.\n"))).toContain(
      "T003>T004",
    );
  });
});
