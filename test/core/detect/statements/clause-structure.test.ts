import { describe, expect, it } from "vitest";
import { detect, speckit, statementPairs } from "./plan-helpers.js";

const five = (notes: string): string =>
  speckit([["Phase 1: Work", ["T001", "T002", "T003", "T004", "T005"]]], notes);

describe("relations read by structure", () => {
  it("reads the direction of forward and backward words", () => {
    expect(statementPairs(five("## Order\n\n- T004 waits for T002\n- T001 gates T005\n"))).toEqual([
      "T001>T005",
      "T002>T004",
    ]);
    expect(statementPairs(five("## Order\n\nT003 is a prerequisite for T004.\n"))).toEqual(["T003>T004"]);
  });

  it("gives a clause with two relations two relations, each with its own direction", () => {
    expect(statementPairs(five("## Order\n\n- T003 needs T001 but unblocks T005\n"))).toEqual([
      "T001>T003",
      "T003>T005",
    ]);
    expect(statementPairs(five("## Order\n\n- T002 is blocked by T001 and precedes T004\n"))).toEqual([
      "T001>T002",
      "T002>T004",
    ]);
  });

  it("takes no object past a comma and a conjunction that open a new clause", () => {
    const said = (sentence: string): string[] => statementPairs(five(`## Order\n\n- ${sentence}\n`));
    // "before tax": the reference after the new clause is no object of "before".
    expect(said("T004 trims the fee before tax, and re-checks the total with the rule of T002.")).toEqual([]);
    // A conjunction repeating the preposition continues the object.
    expect(said("T004 depends on the parser, and on T002.")).toEqual(["T002>T004"]);
  });

  it("reads items each glossed with their IDs in brackets as one list", () => {
    const item = "- the UI tests (T002–T003) and the API tests (T004–T005) can start side by side";
    const notes = `## Order\n\n**After T001 completes:**\n\n${item}\n`;
    expect(statementPairs(five(notes))).toEqual(["T001>T002", "T001>T003", "T001>T004", "T001>T005"]);
  });

  it("does not split a list of objects joined by 'and'", () => {
    expect(statementPairs(five("## Order\n\n- T005 relies on T001 and T003\n"))).toEqual([
      "T001>T005",
      "T003>T005",
    ]);
    expect(statementPairs(five("## Order\n\n- T001 and T002 must finish before T004\n"))).toEqual([
      "T001>T004",
      "T002>T004",
    ]);
  });

  it("gives each clause its own subject when the second one names one", () => {
    expect(statementPairs(five("## Order\n\n- T004 depends on T001, T005 depends on T002\n"))).toEqual([
      "T001>T004",
      "T002>T005",
    ]);
  });

  it("reads an opening phrase: its list is the object, the list after the comma the subject", () => {
    expect(statementPairs(five("## Order\n\nOnce T001 is merged, T004 and T005 can begin.\n"))).toEqual([
      "T001>T004",
      "T001>T005",
    ]);
  });

  it("takes the references a clause opens with as the subject of a relation after a comma", () => {
    expect(statementPairs(five("## Order\n\n- T005 builds the summary page, after T003\n"))).toEqual([
      "T003>T005",
    ]);
    // "comes last" says more: after every other task of its phase (position.test.ts).
    expect(statementPairs(five("## Order\n\n- T005 comes last, after T003\n"))).toEqual([
      "T001>T005",
      "T002>T005",
      "T003>T005",
      "T004>T005",
    ]);
  });

  it("reads no opening phrase in a relation word standing mid-clause", () => {
    const sentence = "A task that reuses a file runs after it, and when T001 grows, T004 waits behind it.";
    expect(statementPairs(five(`## Notes\n\n${sentence}\n`))).toEqual([]);
  });

  it("does not treat a second list without a comma as a subject", () => {
    expect(
      statementPairs(five("## Order\n\n- **T005**: requires T001 (schema) and T002 (seed data)\n")),
    ).toEqual(["T001>T005", "T002>T005"]);
  });

  it("takes the subject from a label, and keeps it for the following sentences", () => {
    expect(statementPairs(five("## Order\n\n- **T005**: Needs T002. Also waits for T003.\n"))).toEqual([
      "T002>T005",
      "T003>T005",
    ]);
  });

  it("takes the subject from the item a bullet is nested under", () => {
    expect(statementPairs(five("## Order\n\n- **T004**:\n  - depends on T001\n"))).toEqual(["T001>T004"]);
  });

  it("does not lend a subject to a clause that names one of its own which is no task", () => {
    expect(
      statementPairs(five("## Order\n\n- **T004**: Ready. No schema changes are needed for T002.\n")),
    ).toEqual([]);
  });

  it("reads a relation word opening a sentence as a tag when it has nothing to relate", () => {
    expect(statementPairs(five("## Order\n\n- Blocking: T002 must land before T005 starts\n"))).toEqual([
      "T002>T005",
    ]);
  });

  it("reads a relative clause: 'the module that T004 builds on' makes the module's task the object", () => {
    expect(statementPairs(five("## Order\n\n- **T001**: the parser module that T004 builds on\n"))).toEqual([
      "T001>T004",
    ]);
  });

  it("leaves out a list the author negates", () => {
    expect(statementPairs(five("## Order\n\n- T005 needs T002 but not T003\n"))).toEqual(["T002>T005"]);
  });

  it("reads a contrast after a comma as a clause of its own, sharing the subject only with its relation", () => {
    const read = (sentence: string) => statementPairs(five(`## Order\n\n- ${sentence}\n`));
    expect(read("T004 needs T001, but T003 stays small")).toEqual(["T001>T004"]);
    expect(read("T004 braucht T001, aber T003 bleibt klein")).toEqual(["T001>T004"]);
    expect(read("T004 needs T001, but gates T005")).toEqual(["T001>T004", "T004>T005"]);
    // Must not fire: "but not" carves out of the list, and without a comma "but" may be "except".
    expect(read("T005 needs T002 but not T003")).toEqual(["T002>T005"]);
  });

  it("reads an opening clause of time before an inverted verb as if a comma closed it", () => {
    const read = (sentence: string) => statementPairs(five(`## Order\n\n- ${sentence}\n`));
    expect(read("Only after T002 is merged can T004 start")).toEqual(["T002>T004"]);
    expect(read("After T001 lands does T005 begin")).toEqual(["T001>T005"]);
    expect(read("Only after T002 is merged, T004 can start")).toEqual(["T002>T004"]);
    // Must not fire: a verb after the opening's object that no task follows is no inversion.
    expect(read("After T002 is merged can be decided later")).toEqual([]);
  });

  it("keeps a negated verb and its clause of time together across a comma", () => {
    const read = (sentence: string) => statementPairs(five(`## Order\n\n- ${sentence}\n`));
    expect(read("T004 cannot start, before T002 is done")).toEqual(["T002>T004"]);
    // Must not fire: without the negation the comma still sets off a clause of its own.
    expect(read("T004 can start, before T002 is done")).toEqual(["T004>T002"]);
  });

  it("reads a reason as a clause of its own, not as part of the object", () => {
    expect(
      statementPairs(five("## Order\n\n- T004 requires T001 because T003 rewrites the config\n")),
    ).toEqual(["T001>T004"]);
  });

  it.each([
    ["- T004 kräver T001, eftersom T003 skriver om konfigurationen"],
    ["- T004 krever T001, ettersom T003 skriver om konfigurasjonen"],
  ])("reads a Nordic reason as a clause of its own: %s", (line) => {
    expect(statementPairs(five(`## Order\n\n${line}\n`))).toEqual(["T001>T004"]);
  });

  it("reads chains of arrows and 'then' between references", () => {
    expect(statementPairs(five("## Order\n\n- T001 → T003 -> T005\n- T002, then T004\n"))).toEqual([
      "T001>T003",
      "T002>T004",
      "T003>T005",
    ]);
  });

  it("reads 'finally' and 'lastly' as going on with a chain", () => {
    expect(statementPairs(five("## Order\n\n- T001, then T003 and finally T005\n"))).toEqual([
      "T001>T003",
      "T003>T005",
    ]);
    // Must not fire: "Lastly" opening a sentence chains nothing to what stands after it.
    expect(statementPairs(five("## Order\n\n- Lastly, T004 updates the changelog\n"))).toEqual([]);
  });

  it("does not read 'then' as a chain when it is an adverb", () => {
    expect(
      statementPairs(five("## Order\n\n- T005 waits for T001 and can then run alongside T002\n")),
    ).toEqual(["T001>T005"]);
  });

  it("reads an arrow followed by a relation word as a colon", () => {
    expect(statementPairs(five("## Order\n\n- T004, T005 → after T002\n"))).toEqual([
      "T002>T004",
      "T002>T005",
    ]);
  });

  it("reads a relation in parentheses with the subject of its clause", () => {
    expect(statementPairs(five("## Order\n\n- T004 and T005 may share nothing (both after T001)\n"))).toEqual(
      [],
    );
    expect(statementPairs(five("## Order\n\n- T004 and T005 are small (both after T001)\n"))).toEqual([
      "T001>T004",
      "T001>T005",
    ]);
  });

  it("turns a negated word of time round, and reads a negated dependency as nothing", () => {
    expect(statementPairs(five("## Order\n\n- T005 cannot start before T002 is merged\n"))).toEqual([
      "T002>T005",
    ]);
    expect(statementPairs(five("## Order\n\n- T001 must not run after T004\n"))).toEqual(["T001>T004"]);
    expect(statementPairs(five("## Order\n\n- T005 need not wait for T002\n"))).toEqual([]);
  });

  it("binds each task a range names, not only the range's last", () => {
    // Unmarked T001-T003 are chained by listing order; a cycle may drop that guess, so each is bound.
    const text = speckit(
      [["Phase 1: Work", ["T001", "T002", "T003", "T004", "T005"]]],
      "## Order\n\n- T001-T003 before T005\n",
      {
        parallel: false,
      },
    );
    expect(statementPairs(text)).toEqual(["T001>T005", "T002>T005", "T003>T005"]);
  });

  it("ends no sentence at a semicolon inside a parenthesis", () => {
    // The aside's own relation binds; the word of time before it takes no object from inside it.
    expect(
      statementPairs(
        five("## Order\n\n- T005 validates input before saving (makes T003 pass; needs T002)\n"),
      ),
    ).toEqual(["T002>T005"]);
    // Outside a parenthesis a semicolon still ends the sentence.
    expect(statementPairs(five("## Order\n\n- T005 needs T002; T004 needs T001\n"))).toEqual([
      "T001>T004",
      "T002>T005",
    ]);
  });

  it("lets a negation reach over an adverb that relates nothing to the word of time after it", () => {
    expect(
      statementPairs(five("## Order\n\n- T005 is not independently shippable before T002 lands\n")),
    ).toEqual(["T002>T005"]);
    // Not over a relation word: the negation there is spent.
    expect(statementPairs(five("## Order\n\n- T005 does not need T001 and goes before T003\n"))).toEqual([
      "T005>T003",
    ]);
  });

  it("lends a lead-in line's relation to the items under it", () => {
    const notes =
      "## Order\n\nOnce T001 is merged:\n\n- T004 (reader)\n- T005 (writer)\n\nUnrelated text.\n\n- T003 alone\n";
    expect(statementPairs(five(notes))).toEqual(["T001>T004", "T001>T005"]);
  });

  it("reads groups of a numbered list by 'group N'", () => {
    const text =
      "- [ ] 1. Storage\n  - [ ] 1.1 Tables\n  - [ ] 1.2 Indexes\n- [ ] 2. Reports\n  - [ ] 2.1 Daily report\n\n## Order\n\n- Group 2 requires all of group 1\n";
    expect(statementPairs(text)).toEqual(["1.1>2.1", "1.2>2.1"]);
  });

  it("quotes the sentence and its line in the reason", () => {
    const { edges } = detect(five("## Order\n\n- T004 waits for T002\n"));
    const edge = edges.find((e) => e.origin === "statement");
    expect(edge).toMatchObject({ from: "T002", to: "T004", kind: "explicit", line: 13, stated: false });
    expect(edge?.reason).toBe('statement "T004 waits for T002" (tasks.md:13)');
  });
});

describe("a task's own words", () => {
  const headings = (body: string): string =>
    `### T001: Cache layer\n\n${body}\n\n### T002: Config\n\n### T003: Dashboard\n\n### T004: Metrics\n`;

  it("reads what a task says goes after it, with the task as the subject", () => {
    const { edges } = detect(headings("Notes: the cache reads T002 and gates T003 and T004."));
    const after = edges.filter((e) => e.from === "T001").map((e) => `${e.from}>${e.to}:${e.origin}`);
    expect(after).toEqual(["T001>T003:task", "T001>T004:task"]);
  });

  it("reads what a task waits for when the explicit reader cannot name it: a story or a group", () => {
    const stories = `## Phase 1: User Story 1 - Sign in\n\n- [ ] T001 [P] [US1] Sign-in form\n\n## Phase 2: User Story 2 - Profile\n\n- [ ] T002 [P] [US2] Profile page; needs US1's session cookie\n`;
    expect(detect(stories).edges.map((e) => `${e.from}>${e.to}:${e.origin}`)).toEqual(["T001>T002:task"]);
    const kiro =
      "- [ ] 1. Storage\n  - [ ] 1.1 Tables\n- [ ] 2. Reports\n  - [ ] 2.1 Daily report\n    - Requires all of group 1\n";
    expect(detect(kiro).edges.map((e) => `${e.from}>${e.to}:${e.origin}`)).toEqual(["1.1>2.1:task"]);
  });

  it("does not read a task's words about other tasks as about itself", () => {
    const { edges } = detect(headings("See T002, which lands before T003."));
    expect(edges.some((e) => e.from === "T001")).toBe(false);
  });

  it("does not lend the task to a clause whose subject brings in something else", () => {
    // Objects named as stories: task IDs after "needs" are read by the explicit reader (explicit-edges).
    const stories = (note: string) =>
      detect(
        `## Phase 1: User Story 1 - Sign in\n\n- [ ] T001 [P] [US1] Sign-in form\n\n## Phase 2: User Story 2 - Profile\n\n- [ ] T002 [P] [US2] Profile page. ${note}\n`,
      ).edges.map((e) => `${e.from}>${e.to}`);
    expect(stories("A badge for new members needs US1 in a later release.")).toEqual([]);
    expect(stories("No avatar upload exists until US1 is done.")).toEqual([]);
    expect(stories('"Remember me" is deferred until US1.')).toEqual([]);
    expect(stories("Two counters have no reader before US1.")).toEqual([]);
    // The task's own things still speak for it.
    expect(stories("The page needs US1's session cookie.")).toEqual(["T001>T002"]);
  });

  it("reads task IDs after such a subject as nothing of the task either", () => {
    const task = (note: string) =>
      detect(headings(note))
        .edges.filter((e) => e.to === "T001")
        .map((e) => `${e.from}>${e.to}`);
    expect(task("Notes: a warm-up job for cold starts needs T003 in a later release.")).toEqual([]);
    expect(task("Notes: no eviction exists until T004 lands.")).toEqual([]);
    expect(task("Notes: the cache needs T002 (step 2.1 of the plan).")).toEqual(["T002>T001"]);
  });
});

describe("a list of stories joined by 'and' before a second verb", () => {
  // Three stories of one task each; the notes speak of T004 in US3.
  const stories = (note: string): string[] =>
    statementPairs(
      speckit(
        [
          ["Phase 1: Setup", ["T001"]],
          ["Phase 2: User Story 1 - Catalogue (Priority: P1)", ["T002"]],
          ["Phase 3: User Story 2 - Loans (Priority: P2)", ["T003"]],
          ["Phase 4: User Story 3 - Fines (Priority: P3)", ["T004", "T005"]],
        ],
        `## Dependencies\n\n- US3 builds on US1's catalogue, but ${note}\n`,
      ),
    );

  it("keeps the list whole, so the task is set apart from both stories", () => {
    expect(stories("T004 is independent of US1 and US2 and can start as soon as Setup is merged.")).toEqual([
      "T002>T005",
    ]);
  });

  it("still splits before a verb that follows one story", () => {
    expect(stories("T004 is independent of US1 and can start as soon as Setup is merged.")).toEqual([
      "T002>T005",
    ]);
  });
});

describe("where a clause's object ends", () => {
  it("reads a reference joined after other words and followed by its own words as a new clause", () => {
    // "T004 goes after all of them, and T005 closes the feature": T005 is no object of "after".
    expect(
      statementPairs(five("## Order\n\n- T004 va después de todas ellas y T005 cierra el feature.\n")),
    ).toEqual([]);
    // Coordinated with an unread object and ending the sentence, it is an object.
    expect(statementPairs(five("## Order\n\n- T004 goes after the schema migration and T002.\n"))).toEqual([
      "T002>T004",
    ]);
  });

  it("reads nothing from a Romance relative pronoun right before the verb: its subject may follow it", () => {
    // "Phase 1: the data model that all the stories use" (or "that uses all the stories").
    const text = speckit(
      [
        ["Phase 1: Foundational", ["T001"]],
        ["Phase 2: User Story 1 - Lend (Priority: P1)", ["T002"]],
      ],
      "",
    ).replace("- [ ] T001", "**Propósito**: modelo de datos que usan todas las historias\n\n- [ ] T001");
    expect(statementPairs(text)).toEqual([]);
    expect(detect(text).warnings.filter((w) => w.includes("against the order"))).toEqual([]);
    // The subject before the verb reads as always.
    expect(statementPairs(five("## Order\n\n- T005 usa el cliente de T002.\n"))).toEqual(["T002>T005"]);
  });
});

describe("a task named as the maker of what the subject works with", () => {
  it("puts the maker first: 'implement the trait that T002 defines'", () => {
    expect(
      statementPairs(
        five("## Order\n\n- The exporters (T004, T005) implement the trait that T002 defines.\n"),
      ),
    ).toEqual(["T002>T004", "T002>T005"]);
  });

  it("reads no maker where the task after 'that' does something else to it", () => {
    expect(statementPairs(five("## Order\n\n- T004 is the exporter that T002 reviews.\n"))).toEqual([]);
  });
});
