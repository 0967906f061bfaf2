import { describe, expect, it } from "vitest";
import { detect, saidUnder, speckit } from "./plan-helpers.js";

const shop = (notes: string): string =>
  speckit(
    [
      ["Phase 1: Setup", ["T001"]],
      ["Phase 2: Foundational", ["T002"]],
      ["Phase 3: User Story 1 - Browse", ["T003"]],
      ["Phase 4: User Story 2 - Pay", ["T004"]],
      ["Phase 5: Polish", ["T005"]],
    ],
    notes,
  );

describe("statements pointing back in list order", () => {
  it("keeps a backward story-level statement nothing contradicts, as a backward phase edge from a statement, with a warning", () => {
    const { edges, warnings } = detect(shop("## Deps\n\n- US1 needs US2's payment client\n"));
    expect(edges.find((e) => e.from === "T004" && e.to === "T003")).toMatchObject({
      kind: "phase",
      origin: "statement",
      backward: true,
    });
    expect(warnings).toEqual([
      'tasks.md:25: "US1 needs US2\'s payment client" puts "Phase 4: User Story 2 - Pay" before "Phase 3: User Story 1 - Browse", against the order they are listed in; kept as the weakest evidence, the first edge given up if it closes a cycle',
    ]);
  });

  it("loses a backward statement the list's structure contradicts: the cycle it closes drops it", () => {
    const { edges, warnings } = detect(shop("## Deps\n\n- Setup depends on Polish\n"));
    expect(edges.some((e) => e.from === "T005" && e.to === "T001")).toBe(false);
    expect(warnings[0]).toMatch(
      /puts "Phase 5: Polish" before "Phase 1: Setup", against the order they are listed in/,
    );
    expect(warnings[1]).toMatch(
      /dropped the inferred edge T005 -> T001 \(statement "Setup depends on Polish"/,
    );
  });

  it("does not treat a backward statement naming tasks by ID as suspicious", () => {
    const { edges, warnings } = detect(shop("## Deps\n\n- T003 needs T004\n"));
    expect(edges.find((e) => e.from === "T004" && e.to === "T003")).toMatchObject({
      kind: "explicit",
      origin: "statement",
    });
    expect(warnings).toEqual([]);
  });

  it("reads an arrow between stories as 'depends on' when the tasks its sentence names go the other way", () => {
    const { edges, warnings } = detect(shop("## Deps\n\n- US2 → US1: T004 extends the cart T003 builds.\n"));
    expect(edges.some((e) => e.from === "T004" && e.to === "T003")).toBe(false);
    expect(edges.find((e) => e.from === "T003" && e.to === "T004")).toMatchObject({ origin: "statement" });
    expect(warnings.join("\n")).toMatch(/but the tasks it names put "Phase 3: User Story 1 - Browse" first/);
    // Must not fire: with no task of the two stories named, the arrow stays the weakest evidence.
    const alone = detect(shop("## Deps\n\n- US2 → US1: the cart is shared.\n"));
    expect(alone.edges.find((e) => e.from === "T004" && e.to === "T003")).toMatchObject({ backward: true });
  });

  it("adds forward story-level statements without a warning", () => {
    const { warnings } = detect(shop("## Deps\n\n- US2 needs US1\n"));
    expect(warnings).toEqual([]);
  });
});

describe("a backward relation word with an object of its own and a means", () => {
  // Three [P] tasks in one phase; T003's own text carries the words.
  const own = (words: string): string[] =>
    detect(
      speckit([["Phase 1: Work", ["T001", "T002"]]], "").replace(
        /\n$/,
        `\n- [ ] T003 [P] Limiter in src/limiter.ts: ${words}\n`,
      ),
    )
      .edges.map((e) => `${e.from}>${e.to}`)
      .sort();

  it("relates nothing to what the means names", () => {
    expect(own("blocks every request with the Bucket of T002")).toEqual([]);
    expect(own("blocca ogni riga con lo Store di T002")).toEqual([]);
  });

  it("still relates a task it names as its object", () => {
    expect(own("blocks T002 with its schema change")).toEqual(["T003>T002"]);
    expect(own("blocks the tasks with migrations, T002")).toEqual(["T003>T002"]);
  });
});

describe("a comparative of time", () => {
  const said = saidUnder("Phase 1: Work", "Notes");

  it("puts the subject first: 'earlier than', 'sooner than', 'ahead of', Russian 'раньше'", () => {
    expect(said("T004 must be merged earlier than T002.")).toEqual(["T004>T002"]);
    expect(said("T003 should land sooner than T005.")).toEqual(["T003>T005"]);
    expect(said("T001 goes in ahead of T003.")).toEqual(["T001>T003"]);
    expect(said("T005 должна быть готова раньше T002.")).toEqual(["T005>T002"]);
    // Denied, it waits: "no earlier than T002" is after it.
    expect(said("T004 goes out no earlier than the day T002 passes.")).toEqual(["T002>T004"]);
    // Must not fire: nothing is compared with a task.
    expect(said("T004 is ahead of schedule.")).toEqual([]);
    expect(said("T002 finished earlier than planned.")).toEqual([]);
  });
});

describe("a Russian conjunction with its comma before 'как'", () => {
  const said = saidUnder("Phase 1: Work", "Notes");

  it("is no comparison: 'после того, как' is after", () => {
    expect(said("T005 только после того, как T002 и T003 будут в main.")).toEqual(["T002>T005", "T003>T005"]);
    // Must not fire: after a plain comma, "как" compares ("..., как T002": like T002).
    expect(said("T005 делает форму, как T002.")).toEqual([]);
  });
});
