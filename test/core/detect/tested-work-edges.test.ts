import { describe, expect, it } from "vitest";
import { detectDependencies } from "../../../src/core/detect/detect-dependencies.js";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";

const testedWork = (text: string) =>
  detectDependencies(parseTaskList({ kind: "file", path: "tasks.md", text }))
    .edges.filter((e) => /tests the work listed before it|covers/.test(e.reason))
    .map((e) => `${e.from}>${e.to}`);

// Two sub-tasks of work and a test sub-task 1.3 with one note line (and any lines after it).
const ledger = (
  note: string,
  after = "",
  test = { title: "Cases for the ledger", file: "tests/test_ledger.py" },
): string => `- [ ] 1. Ledger
- [ ] 1.1 Posting rules
  - **Files**: src/ledger/posting.py
- [ ] 1.2 Currency table
  - **Files**: src/ledger/currency.py
- [ ] 1.3 ${test.title}
  - **Files**: ${test.file}
  - ${note}
${after}`;

describe("a test sub-task in a numbered list", () => {
  it("waits for the work listed before it in its top-level task", () => {
    const text = `- [ ] 1. Ledger
- [ ] 1.1 Posting rules
  - **Files**: src/ledger/posting.py
- [ ] 1.2 Cases for the posting rules
  - **Files**: tests/test_posting.py
`;
    expect(testedWork(text)).toEqual(["1.1>1.2"]);
  });

  it("does not, when it only lays out what tests stand on (fixtures, conftest, helpers)", () => {
    const text = `- [ ] 1. Ledger
- [ ] 1.1 Posting rules
  - **Files**: src/ledger/posting.py
- [ ] 1.2 Shared pytest fixtures for an in-memory ledger
  - **Files**: tests/conftest.py, tests/fixtures/accounts.json
- [ ] 1.3 Helper to build journal entries in tests
  - **Files**: tests/helpers.py
`;
    expect(testedWork(text)).toEqual([]);
  });

  it("waits only for the sub-tasks its own words say it covers or needs", () => {
    const list = (note: string): string => ledger(note, "  - _Requirements: 1.2_\n");
    expect(testedWork(list("Covers 1.1 only; the currency table has its own checks"))).toEqual(["1.1>1.3"]);
    // "they test 1.1, so we write them after it" (Polish); "Tests 1.1" (French, Italian)
    expect(testedWork(list("testują 1.1, więc piszemy je po nim"))).toEqual(["1.1>1.3"]);
    expect(testedWork(list("Teste 1.1 ; la table des devises a ses propres cas"))).toEqual(["1.1>1.3"]);
    expect(testedWork(list("Testa 1.1, non la tabella delle valute"))).toEqual(["1.1>1.3"]);
    const into = (text: string): string[] =>
      detectDependencies(parseTaskList({ kind: "file", path: "tasks.md", text }))
        .edges.filter((e) => e.to === "1.3")
        .map((e) => `${e.from}>${e.to}`);
    expect(into(list("Depends on: 1.2"))).toEqual(["1.2>1.3"]);
    expect(into(list("Nach 1.2 zu schreiben"))).toEqual(["1.2>1.3"]);
    // A requirements line names requirements, not sub-tasks: the work before it stays.
    expect(testedWork(list("Round trips every posting"))).toEqual(["1.1>1.3", "1.2>1.3"]);
  });

  it("reads a test 'for' what it names, in English, Vietnamese and Indonesian", () => {
    expect(testedWork(ledger("Unit test for 1.2 with a frozen rate table"))).toEqual(["1.2>1.3"]);
    expect(testedWork(ledger("Test cho 1.1, không đụng bảng tiền tệ"))).toEqual(["1.1>1.3"]);
    expect(testedWork(ledger("yang diuji 1.2, jadi dikerjakan setelahnya"))).toEqual(["1.2>1.3"]);
    // Must not fire: a test named only by its subject, with no sub-task after the word.
    expect(testedWork(ledger("Test for rounding at the cent"))).toEqual(["1.1>1.3", "1.2>1.3"]);
  });

  it("does not wait for a sub-task its own words set apart from it", () => {
    const list = (note: string): string =>
      ledger(note, "", { title: "Cases for the posting rules", file: "tests/test_posting.py" });
    expect(testedWork(list("It stubs the currencies, so it does not need 1.2"))).toEqual(["1.1>1.3"]);
    // Must not fire: a need of its own is no denial.
    expect(testedWork(list("It reads the rates, so it needs the table"))).toEqual(["1.1>1.3", "1.2>1.3"]);
  });
});
