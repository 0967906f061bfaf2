import { describe, expect, it } from "vitest";
import { readRoleOrders } from "../../../src/core/detect/read-role-order.js";
import { bindingClauses } from "../../../src/core/detect/cue-sentences.js";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";

describe("orders between kinds of work, as lists write them", () => {
  it.each([
    ["Write the tests ahead of time, before any implementation", [["test", "implementation"]]],
    ["Implementation work begins once the story's tests exist", [["test", "implementation"]]],
    [
      "Per story: tests, then core modules, then integration",
      [
        ["test", "implementation"],
        ["implementation", "integration"],
      ],
    ],
    ["Spec files (*.spec.ts) come first in every story", [["test", "rest"]]],
    [
      "Entities before services, services before endpoints",
      [
        ["model", "service"],
        ["service", "endpoint"],
      ],
    ],
    ["먼저 테스트를 작성한 후 구현한다", [["test", "implementation"]]],
    ["Les tests d'abord, puis l'implémentation", [["test", "implementation"]]],
  ])("%s", (clause, expected) => {
    expect(readRoleOrders(clause).map((o) => [o.first, o.then])).toEqual(expected);
  });

  it("reads Persian kinds of work and order words, 'first' only right after the kind", () => {
    // Tests are written before the implementation; tests first (with and without the object marker).
    expect(
      readRoleOrders("تست‌های هر بخش پیش از پیاده‌سازی نوشته می‌شوند").map((o) => [o.first, o.then]),
    ).toEqual([["test", "implementation"]]);
    expect(readRoleOrders("پیاده‌سازی پس از تست‌ها").map((o) => [o.first, o.then])).toEqual([
      ["test", "implementation"],
    ]);
    expect(readRoleOrders("آزمون‌ها اول")).toEqual([{ first: "test", then: "rest" }]);
    expect(readRoleOrders("این تست‌ها را اول بنویسید")).toEqual([{ first: "test", then: "rest" }]);
    // Must not fire: "the tests of the first phase" (an ordinal follows its noun in Persian).
    expect(readRoleOrders("تست‌های فاز اول سبز هستند")).toEqual([]);
  });

  it("takes 'first' after a determiner for an ordinal, and 'X-first' for X's order, not the kind before it", () => {
    expect(readRoleOrders("The tests retry the upload on their first two calls")).toEqual([]);
    expect(readRoleOrders("Integration tests cover the first login")).toEqual([]);
    expect(readRoleOrders("Tests are laid out in a mobile-first grid")).toEqual([]);
    // Must still fire: "first" as an adverb of the kind, or joined to the kind itself.
    expect(readRoleOrders("On the first day, tests are written first")).toEqual([
      { first: "test", then: "rest" },
    ]);
    expect(readRoleOrders("The team works test-first throughout")).toEqual([{ first: "test", then: "rest" }]);
  });

  it("reads nothing where no order between two kinds is stated", () => {
    expect(readRoleOrders("Run the integration tests after the deploy")).toEqual([]);
    expect(readRoleOrders("Services and endpoints live in src/")).toEqual([]);
  });
});

describe("binding clauses", () => {
  const clauses = (text: string) => bindingClauses(parseTaskList({ kind: "file", path: "t.md", text }));

  it("joins a paragraph's lines and cuts it into clauses, with the paragraph's first line", () => {
    const text =
      "Rules:\nimplementation starts only\nonce the tests exist; keep commits small.\n\n- [ ] T001 Do it\n";
    expect(clauses(text)).toEqual([
      { line: 1, text: "Rules: implementation starts only once the tests exist", scope: "every-phase" },
      { line: 1, text: "keep commits small", scope: "every-phase" },
    ]);
  });

  it("leaves out a story's goal and its independent test: they describe the work, not its order", () => {
    const text = [
      "**Goal**: Teach the team test-first development with worked examples.",
      "",
      "**Independent Test**: The client fails on its first attempt, then tests pass before the release.",
      "",
      "**Rule**: tests first in every story.",
      "",
      "- [ ] T001 Do it",
      "",
    ].join("\n");
    expect(clauses(text)).toEqual([{ line: 5, text: "Rule: tests first in every story", scope: "stories" }]);
  });

  it("starts a new paragraph at a bold field line, so a rule cites its own line", () => {
    const text =
      "**Input**: the design docs\n**Tests**: write tests first in every story\n\n- [ ] T001 Do it\n";
    expect(clauses(text).filter((c) => /tests first/.test(c.text))).toEqual([
      { line: 2, text: "Tests: write tests first in every story", scope: "stories" },
    ]);
  });

  it("scopes a rule by a story scope in another clause of its sentence, not of the next sentence", () => {
    const dashed =
      "**Specs first** — within each story, specs are red before other work starts.\n\n- [ ] T001 Do it\n";
    expect(clauses(dashed).map((c) => c.scope)).toEqual(["stories", "stories"]);
    const two = "Specs first. Within each story, models come before services.\n\n- [ ] T001 Do it\n";
    expect(clauses(two).map((c) => c.scope)).toEqual(["every-phase", "stories"]);
  });

  it("reads no rule from a table row", () => {
    const text =
      "| Task | Needs | Note |\n| --- | --- | --- |\n| T002 | T001 | tests written first |\n\n- [ ] T001 Do it\n";
    expect(clauses(text)).toEqual([]);
  });

  it("leaves out suggestions, denials and strategy sections", () => {
    const text =
      "Ideally tests come before implementation.\nTests are not needed before implementation.\n\n## Delivery strategy\n\nTests before implementation.\n\n- [ ] T001 Do it\n";
    expect(clauses(text)).toEqual([]);
  });
});
