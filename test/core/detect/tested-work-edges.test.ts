import { describe, expect, it } from "vitest";
import { detectDependencies } from "../../../src/core/detect/detect-dependencies.js";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";

const testedWork = (text: string) =>
  detectDependencies(parseTaskList({ kind: "file", path: "tasks.md", text }))
    .edges.filter((e) => e.reason.includes("tests the work listed before it"))
    .map((e) => `${e.from}>${e.to}`);

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
});
