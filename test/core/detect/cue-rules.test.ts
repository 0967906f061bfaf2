import { describe, expect, it } from "vitest";
import { classifyTask } from "../../../src/core/detect/classify-task.js";
import { detectDependencies } from "../../../src/core/detect/detect-dependencies.js";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";

const parse = (text: string) => parseTaskList({ kind: "file", path: "tasks.md", text });
const cueEdges = (text: string) =>
  detectDependencies(parse(text))
    .edges.filter((e) => e.kind === "cue")
    .map((e) => `${e.from}>${e.to}`);

const STORY = `
## Phase 3: User Story 1 - Invoices
- [ ] T010 [P] [US1] Unit test for totals in tests/invoice/total.test.ts
- [ ] T011 [P] [US1] Invoice total in src/invoice/total.ts
`;

describe("cue rules fire only when a sentence binds them", () => {
  it("orders tests first when the list says so in one clause", () => {
    expect(cueEdges(`Write each story's tests before its implementation.\n${STORY}`)).toEqual(["T010>T011"]);
  });

  it("leaves a rule kept for the tasks whose own line asks for it to those lines", () => {
    expect(cueEdges(`Tests first where the line says so.\n${STORY}`)).toEqual([]);
    expect(cueEdges(`Tests zuerst, wo angegeben.\n${STORY}`)).toEqual([]);
    // Must not fire: the same rule without the restriction.
    expect(cueEdges(`Tests first, in every story.\n${STORY}`)).toEqual(["T010>T011"]);
  });

  it("reads the rule and its scope in Polish and Dutch", () => {
    const polish = `## Zależności\n\n- Najpierw testy, potem implementacja, w każdej historyjce.\n${STORY}`;
    expect(cueEdges(polish)).toEqual(["T010>T011"]);
    expect(cueEdges(`## Afhankelijkheden\n\n- Tests eerst, in elke story.\n${STORY}`)).toEqual(["T010>T011"]);
    // Must not fire: "eerst" about the MVP names no kind of work.
    expect(cueEdges(`## Strategie\n\n- Eerst de MVP.\n${STORY}`)).toEqual([]);
  });

  it("does not read a rule in what a comparison sets aside", () => {
    expect(
      cueEdges(`T010 is a smoke test of the finished invoice rather than a tests-first test.\n${STORY}`),
    ).toEqual([]);
    expect(cueEdges(`Check each story by hand instead of writing tests first.\n${STORY}`)).toEqual([]);
    // Must not fire: the rule stands before the comparison.
    expect(cueEdges(`In each story, tests first rather than last.\n${STORY}`)).toEqual(["T010>T011"]);
  });

  it("leaves out a task the list takes the rule back for, and says so", () => {
    const story = `${STORY}- [ ] T012 [P] [US1] Spike: compare two rounding libraries in spikes/rounding.md\n`;
    const rule = "Write each story's tests before its implementation.";
    expect(
      cueEdges(
        `${rule}\n${story}\n## Notes\n\n- The tests-first rule does not apply to T012: it is a spike.\n`,
      ),
    ).toEqual(["T010>T011"]);
    expect(cueEdges(`${rule}\n${story}\n## Notes\n\n- La regla no se aplica a T012.\n`)).toEqual([
      "T010>T011",
    ]);
    const { warnings } = detectDependencies(
      parse(`${rule}\n${story}\n## Notes\n\n- T012 is exempt from the tests-first rule.\n`),
    );
    expect(
      warnings.some((w) =>
        /"T012 is exempt from the tests-first rule\.": the list's ordering rules leave T012 out/.test(w),
      ),
    ).toBe(true);
    // Must not fire: the rule applies, or a sentence without a rule word.
    expect(cueEdges(`${rule}\n${story}\n## Notes\n\n- The rule applies to T012 as well.\n`)).toEqual([
      "T010>T011",
      "T010>T012",
    ]);
    expect(cueEdges(`${rule}\n${story}\n## Notes\n\n- T012 does not apply the migration.\n`)).toEqual([
      "T010>T011",
      "T010>T012",
    ]);
  });

  it("leaves out a pair the author names as running side by side", () => {
    const rule = "Write each story's tests before its implementation.";
    const story = `${STORY}- [ ] T012 [P] [US1] Invoice number format in src/invoice/number.ts\n`;
    const notes = (line: string) => `${rule}\n${story}\n## Parallel work\n\n- ${line}\n`;
    expect(cueEdges(notes("T010 and T011 can be done at the same time."))).toEqual(["T010>T012"]);
    // Must not fire: the claim names other tasks, or only says the story may overlap another.
    expect(cueEdges(notes("T011 and T012 can be done at the same time."))).toEqual([
      "T010>T011",
      "T010>T012",
    ]);
    expect(cueEdges(notes("US1 can overlap with the setup work."))).toEqual(["T010>T011", "T010>T012"]);
  });

  it("frees a task the tests-first rule is taken back for from the tests listed before it", () => {
    const story = `
## Phase 3: User Story 1 - Receipts

### Tests
- [ ] T020 [P] [US1] Receipt layout test in tests/receipt/layout.test.ts
- [ ] T021 [P] [US1] Receipt totals test in tests/receipt/totals.test.ts

### Implementation
- [ ] T022 [US1] Prototype two PDF renderers and note the pick in docs/pdf-choice.md
- [ ] T023 [US1] Receipt renderer in src/receipt/render.ts
`;
    const orderInto = (text: string, id: string) =>
      detectDependencies(parse(text))
        .edges.filter((e) => e.to === id && e.kind === "order")
        .map((e) => e.from)
        .sort();
    const rule = "Tests first: each story's tests are written before its code.";
    const takenBack = `${rule}\n${story}\n## Notes\n\n- T022 is exempt from the test-first rule.\n`;
    expect(orderInto(takenBack, "T022")).toEqual([]);
    expect(orderInto(takenBack, "T023")).toEqual(["T020", "T021", "T022"]);
    // Must not fire: the rule taken back is not the tests one, or nothing is taken back.
    const otherRule = `${rule}\n${story}\n## Notes\n\n- The models-before-services rule does not apply to T022.\n`;
    expect(orderInto(otherRule, "T022")).toEqual(["T020", "T021"]);
    expect(orderInto(`${rule}\n${story}`, "T022")).toEqual(["T020", "T021"]);
  });

  it("ignores the rule when it is a suggestion, a denial, or split over two clauses", () => {
    expect(cueEdges(`Optionally, write tests before the implementation.\n${STORY}`)).toEqual([]);
    expect(cueEdges(`Tests are not required before implementation.\n${STORY}`)).toEqual([]);
    // A recommendation in the passive, beside the same rule stated.
    expect(cueEdges(`Writing tests before the implementation is encouraged.\n${STORY}`)).toEqual([]);
    expect(cueEdges(`Writing tests before the implementation is expected.\n${STORY}`)).toEqual(["T010>T011"]);
    expect(cueEdges(`Tests live in tests/. Review happens before implementation starts.\n${STORY}`)).toEqual(
      [],
    );
  });

  it("ignores an order of kinds of work given only roughly, in any language", () => {
    expect(cueEdges(`The order is roughly tests → implementation.\n${STORY}`)).toEqual([]);
    expect(cueEdges(`顺序大致是：测试 → 实现。\n${STORY}`)).toEqual([]);
    expect(cueEdges(`The order is tests → implementation.\n${STORY}`)).toEqual(["T010>T011"]);
  });

  it("reads a quoted word in a rule as a name, a quoted rule or file pattern as words", () => {
    expect(cueEdges(`The \`tests\` profile runs before implementation reviews.\n${STORY}`)).toEqual([]);
    expect(cueEdges(`Our rule: "tests before implementation".\n${STORY}`)).toEqual(["T010>T011"]);
    expect(cueEdges(`Files ending in \`.test.ts\` come before the implementation.\n${STORY}`)).toEqual([
      "T010>T011",
    ]);
  });

  it("ignores the rule under a heading about delivery strategy", () => {
    const text = `## Delivery strategy\n\nTests before implementation when a pair is free.\n${STORY}`;
    expect(cueEdges(text)).toEqual([]);
  });
});

describe("task roles", () => {
  const task = (title: string, files: string[]) => ({
    ...parse("- [ ] T001 x\n").tasks[0]!,
    title,
    files,
  });

  it("calls a task integration only when integrating is what it does", () => {
    expect(classifyTask(task("Wire the exporter into the scheduler", ["src/scheduler.ts"]))).toBe(
      "integration",
    );
    expect(
      classifyTask(task("Configure vitest projects for unit and integration suites", ["vitest.config.ts"])),
    ).toBe("other");
  });

  it("takes a single quoted word for a name, not for the task's kind of work", () => {
    expect(classifyTask(task("Rename the `services` key in the deploy manifest", ["deploy/app.yaml"]))).toBe(
      "other",
    );
    expect(classifyTask(task('Document the "endpoint" setting', ["docs/settings.md"]))).toBe("other");
    expect(classifyTask(task("Billing service for refunds", ["src/billing/refunds.py"]))).toBe("service");
    expect(classifyTask(task("Refund handler in `src/handlers/refund.py`", ["src/handlers/refund.py"]))).toBe(
      "endpoint",
    );
  });

  it("takes a tagged 'Write tests for x.ts in tests/...' task for a test: the bare name is the unit under test", () => {
    expect(
      classifyTask(
        task("[TEST] Write unit tests for ledger.ts (post, reverse) in tests/unit/ledger.test.ts", [
          "ledger.ts",
          "tests/unit/ledger.test.ts",
        ]),
      ),
    ).toBe("test");
    expect(
      classifyTask(
        task("Write tests and the parser in src/ledger/parse.ts", [
          "src/ledger/parse.ts",
          "tests/ledger.test.ts",
        ]),
      ),
    ).not.toBe("test");
  });

  it("does not take a source folder named spec for tests", () => {
    expect(classifyTask(task("Parse the OpenAPI document", ["internal/spec/spec.go"]))).toBe("other");
    expect(classifyTask(task("Cover the parser", ["internal/spec/spec_test.go"]))).toBe("test");
  });
});

describe("where a cue rule holds", () => {
  const LIST = `
## Phase 3: User Story 1 - Invoices
- [ ] T010 [P] [US1] Unit test for totals in tests/invoice/total.test.ts
- [ ] T011 [P] [US1] Invoice total in src/invoice/total.ts

## Phase 4: Polish
- [ ] T020 [P] Load test for the totals page in tests/load/totals.test.ts
- [ ] T021 [P] Admin handbook in docs/admin.md
`;

  it("binds a rule stated for stories inside story phases only", () => {
    expect(cueEdges(`Within each story the tests are written before the implementation.\n${LIST}`)).toEqual([
      "T010>T011",
    ]);
    expect(cueEdges(`## Per-story rules\n\nTests, then implementation.\n${LIST}`)).toEqual(["T010>T011"]);
  });

  it("binds a rule stated without a scope in every phase", () => {
    expect(cueEdges(`Tests are always written before the implementation.\n${LIST}`)).toEqual([
      "T010>T011",
      "T020>T021",
    ]);
  });

  it("does not take a story named by number, or stories counted as waiting, for the rule's scope", () => {
    const text = `## Phase 3: User Story 1 - Invoices\n\nTests before implementation.\n${LIST.replace(/^\n## Phase 3.*\n/, "\n")}`;
    expect(cueEdges(text)).toEqual(["T010>T011", "T020>T021"]);
  });

  it("orders a story-labelled task outside story phases with its own story only", () => {
    const text = `Tests come first in every user story.

## Phase 1: Backend
- [ ] T001 [P] [US1] Test for the ledger in tests/ledger.test.ts
- [ ] T002 [P] [US2] Test for the export in tests/export.test.ts
- [ ] T003 [P] [US1] Ledger in src/ledger.ts
- [ ] T004 [P] Logging setup in src/log.ts
`;
    expect(cueEdges(text)).toEqual(["T001>T003"]);
  });
});
