import { describe, expect, it } from "vitest";
import { detect, statementPairs } from "./plan-helpers.js";

// Three independent stories; US1 has a parser and an exporter, US2 a mailer and a digest.
const shop = (note: string): string =>
  [
    "# Tasks",
    "",
    "## Phase 1: User Story 1 - Statements (Priority: P1)",
    "",
    "- [ ] T001 [P] [US1] Statement parser in src/statements/parser.py",
    "- [ ] T002 [P] [US1] CSV exporter in src/statements/export.py",
    "",
    "## Phase 2: User Story 2 - Alerts (Priority: P2)",
    "",
    "- [ ] T003 [P] [US2] Alert mailer in src/alerts/mailer.py",
    "- [ ] T004 [US2] Weekly digest in src/alerts/digest.py",
    "",
    "## Phase 3: User Story 3 - Budgets (Priority: P3)",
    "",
    "- [ ] T005 [P] [US3] Budget rules in src/budgets/rules.py",
    "",
    "## Notes",
    "",
    `- ${note}`,
    "",
  ].join("\n");

describe("the part of a story a sentence names", () => {
  it("narrows 'US1's parser' to the US1 task whose title or files name the parser", () => {
    expect(statementPairs(shop("US3 reuses US1's statement parser."))).toEqual(["T001>T005"]);
  });

  it("keeps the whole story when no task of it names every word of the part", () => {
    expect(statementPairs(shop("US3 needs US1's parsing flow."))).toEqual(["T001>T005", "T002>T005"]);
  });

  it("reads 'the part of US1' as the possessive, in English and in other languages", () => {
    expect(statementPairs(shop("US3 reuses the statement parser of US1."))).toEqual(["T001>T005"]);
    const zh = [
      "# Tasks",
      "",
      "## Phase 1: 用户故事 1 - 对账 (优先级: P1)",
      "",
      "- [ ] T001 [P] [US1] 实现 CSV 读取器 in src/reader.ts",
      "- [ ] T002 [P] [US1] 实现报表导出 in src/export.ts",
      "",
      "## Phase 2: 用户故事 2 - 提醒 (优先级: P2)",
      "",
      "- [ ] T003 [P] [US2] 提醒任务 in src/remind.ts",
      "",
      "## Notes",
      "",
      "- US2 需要 US1 的读取器。",
      "",
    ].join("\n");
    expect(statementPairs(zh)).toEqual(["T001>T003"]);
  });

  it("takes no relation word for the part: 'depende da US1' is the whole story", () => {
    // T001's title holds the word "depende", as a task's own note may.
    const list = shop("**US3 (P3)**: depende da US1 inteira, porque os alertas nascem do extrato.").replace(
      "Statement parser",
      "Statement parser (depende do formato do banco)",
    );
    expect(statementPairs(list)).toEqual(["T001>T005", "T002>T005"]);
    // The part before "do"/"da" still narrows when the relation word stands before it.
    expect(statementPairs(shop("US3 depende do parser da US1."))).toEqual(["T001>T005"]);
  });

  it("keeps the whole story for a part no task of it names at the start of a word", () => {
    expect(statementPairs(shop("US3 needs the end of US1."))).toEqual(["T001>T005", "T002>T005"]);
    expect(statementPairs(shop("US3 reuses the parsing flow of US1."))).toEqual(["T001>T005", "T002>T005"]);
    expect(statementPairs(shop("US3 reuses US1's parser/exporter pair."))).toEqual([
      "T001>T005",
      "T002>T005",
    ]);
  });

  it("takes the task IDs the author gives after the part over the words", () => {
    expect(statementPairs(shop("US3 reuses US1's parser (T002)."))).toEqual(["T002>T005"]);
  });
});

describe("what must be finished", () => {
  it("binds the end of a story that 'cannot finish before' something, not its start", () => {
    expect(statementPairs(shop("US2 cannot finish before US1's exporter exists."))).toEqual(["T002>T004"]);
  });

  it("binds the start of a story that 'cannot start before' something", () => {
    expect(statementPairs(shop("US2 cannot start before US1's exporter exists."))).toEqual(["T002>T003"]);
  });
});

describe("a relation restricted to what the sentence spells out", () => {
  it("keeps only the task-level relations of a sentence that says the dependency runs 'only through' them", () => {
    expect(statementPairs(shop("US3 depends on US1 only through one task: T005 needs T002."))).toEqual([
      "T002>T005",
    ]);
  });

  it("keeps the relation between the stories when the sentence names no task", () => {
    expect(statementPairs(shop("US3 depends on US1 only through the shared statement types."))).toEqual([
      "T001>T005",
      "T002>T005",
    ]);
  });
});

describe("a story that only qualifies the tasks a relative clause picks out", () => {
  const warned = (note: string): string[] =>
    detect(shop(note)).warnings.filter((w) => w.includes("names only some tasks"));

  it("makes no edge from 'the US1 tasks its own lines mention', and says why", () => {
    expect(statementPairs(shop("US3 waits for the US1 tasks that its own lines mention."))).toEqual([]);
    expect(warned("US3 waits for the US1 tasks that its own lines mention.")).toHaveLength(1);
  });

  it("drops every story of the qualifier and keeps the rest of the sentence", () => {
    const note = "US3 needs US2, plus the US1 and US2 items named in its task descriptions.";
    // US2's last task: T004 waits for T003 by listing order.
    expect(statementPairs(shop(note))).toEqual(["T004>T005"]);
    expect(statementPairs(shop("US3 needs the US1/US2 ones they reference."))).toEqual([]);
  });

  it("keeps the whole story when the clause says something else of the tasks", () => {
    const whole = ["T001>T005", "T002>T005"];
    expect(statementPairs(shop("US3 waits for the US1 tasks that are listed above."))).toEqual(whole);
    expect(statementPairs(shop("US3 waits for the US1 tasks, which its lines mention."))).toEqual(whole);
    expect(statementPairs(shop("US3 waits for the US1 tasks."))).toEqual(whole);
    expect(warned("US3 waits for the US1 tasks that are listed above.")).toEqual([]);
  });
});

describe("a count of a story's tasks, then the tasks themselves", () => {
  it("needs the tasks named, not the whole story: 'one task from US1, T001'", () => {
    for (const note of [
      "US3 needs exactly one task from US1, T001, for the parser.",
      "US3 needs one task of US1: T001.",
    ])
      expect(statementPairs(shop(note)), note).toEqual(["T001>T005"]);
  });

  it("keeps the whole story when the tasks after the count are not the story's own", () => {
    expect(statementPairs(shop("US3 needs one task from US1, T003."))).toEqual([
      "T001>T005",
      "T002>T005",
      "T003>T005",
    ]);
  });
});

describe("a conjunct that denies its object", () => {
  it("needs what comes before 'and nothing from', not the story after it", () => {
    for (const note of [
      "US3 needs T001 and nothing from US2.",
      "US3 needs T001, and nothing from US2.",
      "US3 needs T001 but nothing from US2.",
    ])
      expect(statementPairs(shop(note)), note).toEqual(["T001>T005"]);
  });

  it("still reads 'nothing from' as the whole object when nothing comes before it", () => {
    expect(statementPairs(shop("US3 needs nothing from US2."))).toEqual([]);
    expect(statementPairs(shop("US3 needs T001 and nothing else."))).toEqual(["T001>T005"]);
  });
});

describe("a story with a possessive, then one of its own tasks", () => {
  it("needs that task: 'US1's T002'", () => {
    expect(statementPairs(shop("US3 needs US1's T002."))).toEqual(["T002>T005"]);
  });
});
