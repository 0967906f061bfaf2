import { describe, expect, it } from "vitest";
import { detect, speckit, statementPairs } from "./plan-helpers.js";

const stories = (notes: string): string =>
  speckit(
    [
      ["Phase 1: Setup", ["T001"]],
      ["Phase 2: Foundational", ["T002"]],
      ["Phase 3: User Story 1 - Borrow a book (Priority: P1)", ["T003"]],
      ["Phase 4: User Story 2 - Return a book (Priority: P2)", ["T004"]],
      ["Phase 5: User Story 3 - Reserve a book (Priority: P3)", ["T005"]],
    ],
    notes,
  );

describe("only binding statements make edges", () => {
  it("reads an alternative as binding nothing", () => {
    expect(
      statementPairs(
        stories("## Notes\n\n- Stories run side by side, or one after another: US1 → US2 → US3\n"),
      ),
    ).toEqual([]);
    expect(
      statementPairs(stories("## Notes\n\n- US3 depends on US2 (or on nothing, with two people)\n")),
    ).toEqual([]);
  });

  it("reads 'may start as soon as' as a permission that says when, and other 'may' as a hedge", () => {
    expect(statementPairs(stories("## Notes\n\n- US3 may start as soon as US2 is merged.\n"))).toEqual([
      "T004>T005",
    ]);
    expect(statementPairs(stories("## Notes\n\n- US3 may depend on US2.\n"))).toEqual([]);
  });

  it("reads a recommendation in the passive as binding nothing", () => {
    expect(statementPairs(stories("## Notes\n\n- Finishing US2 before US3 is encouraged.\n"))).toEqual([]);
    expect(statementPairs(stories("## Notes\n\n- Finishing US2 before US3 is mandatory.\n"))).toEqual([
      "T004>T005",
    ]);
  });

  it("reads the same statement without the alternative as binding", () => {
    expect(statementPairs(stories("## Notes\n\n- US3 depends on US2\n"))).toEqual(["T004>T005"]);
  });

  it("reads suggestions, conditions and examples as binding nothing", () => {
    for (const sentence of [
      "US3 could wait for US2",
      "Optionally, US3 waits for US2",
      "If two people work on it, US3 follows US2",
      "For example, US3 after US2",
      "Recommended: US2 before US3",
      "US2 before US3, e.g. when reviews are slow",
    ])
      expect(statementPairs(stories(`## Notes\n\n- ${sentence}\n`)), sentence).toEqual([]);
  });

  it("reads a Portuguese condition ('se for', 'se houver', 'se você', 'caso haja') as binding nothing", () => {
    for (const sentence of [
      "Se for uma pessoa só, eu fecharia a US2 antes de abrir a US3",
      "Se houver gente livre, a US3 espera a US2",
      "Caso haja pressa, a US3 vem depois da US2",
    ])
      expect(statementPairs(stories(`## Notes\n\n- ${sentence}\n`)), sentence).toEqual([]);
    // Must not fire: the reflexive "se" before another verb states a rule.
    expect(statementPairs(stories("## Notes\n\n- A US3 só se inicia depois da US2\n"))).toEqual([
      "T004>T005",
    ]);
  });

  it("reads 'without obligation' and 'possibly' (French 'éventuellement', German 'eventuell') as hedges", () => {
    for (const sentence of [
      "US3 after US2, without obligation",
      "US3 éventuellement après US2",
      "US3 kann eventuell nach US2 kommen",
    ])
      expect(statementPairs(stories(`## Notes\n\n- ${sentence}\n`)), sentence).toEqual([]);
    // English "eventually" is no hedge: it says when.
    expect(statementPairs(stories("## Notes\n\n- US3 eventually comes after US2\n"))).toEqual(["T004>T005"]);
  });

  it("reads a concession that takes the order back as binding nothing, in several languages", () => {
    const read = (note: string): string[] => statementPairs(stories(`## Notes\n\n- ${note}\n`));
    expect(read("It helps to have T003 merged before T005, but it is not required.")).toEqual([]);
    expect(read("T005 after T004 would be nice to have.")).toEqual([]);
    // Spelt with hyphens, as a label or inside the sentence.
    expect(read("Nice-to-have: T005 after T003, so the cache is warm.")).toEqual([]);
    expect(read("A nice-to-have ordering is T005 after T004.")).toEqual([]);
    expect(read("T005 depois da T003, mas não é obrigatório.")).toEqual([]);
    expect(read("T005 nach T003, aber nicht zwingend.")).toEqual([]);
    // "not required by" denies a relation; the sentence's other clause still binds.
    expect(read("T004 is not required by T005, which needs T003.")).toEqual(["T003>T005"]);
    // A concession that the order blocks nothing, at the end of its clause.
    expect(read("T005 reuses the fixtures once T003 is in, but that isn't blocking.")).toEqual([]);
    expect(read("T005 reutiliza los fixtures tras T003, pero no bloquea.")).toEqual([]);
    expect(read("T005 nach T003 wegen der Fixtures, blockiert aber nicht.")).toEqual([]);
    // Must not fire: "not blocking" with an object denies that one relation; "nothing blocks X" is no
    // concession.
    expect(read("T005 runs after T003, but not blocking T004.")).toEqual(["T003>T005"]);
    expect(read("T005 needs T003, but nothing blocks T004.")).toEqual(["T003>T005"]);
  });

  it("reads a question as binding nothing, unless it asks why", () => {
    const read = (note: string): string[] => statementPairs(stories(`## Notes\n\n- ${note}\n`));
    expect(read("Ship US3 before US2?")).toEqual([]);
    expect(read("Should T005 wait for T003？")).toEqual([]);
    // Must not fire: asking why takes the order for granted, and a question mark inside stays a statement.
    expect(read("Why does T005 wait for T003?")).toEqual(["T003>T005"]);
    expect(read("T005 waits for T003 (the schema? yes, the schema).")).toEqual(["T003>T005"]);
    expect(read("T005 waits for T003 (all of it?)")).toEqual(["T003>T005"]);
    // A section of open questions decides nothing either.
    expect(statementPairs(stories("## Open questions\n\n- US3 needs US2 if we add the export\n"))).toEqual(
      [],
    );
    expect(statementPairs(stories("## Open questions\n\n- US3 depends on US2\n"))).toEqual([]);
  });

  it("reads staffing as a condition as binding nothing, and who takes which task as no condition", () => {
    for (const sentence of [
      "With one developer, US2 goes before US3",
      "An order for one person: US2 before US3",
      "When a single developer does both, US3 follows US2",
      "Done by one developer: US2, then US3",
    ])
      expect(statementPairs(stories(`## Notes\n\n- ${sentence}\n`)), sentence).toEqual([]);
    expect(
      statementPairs(
        stories(
          "## Notes\n\n- One developer builds the parser (T004) while another writes the exporter (T005) once T003 is merged\n",
        ),
      ),
    ).toContain("T003>T005");
  });

  it("reads an aside in parentheses as hedging the sentence only when it opens with the hedge", () => {
    expect(
      statementPairs(stories("## Notes\n\n- US3 depends on US2 (the API client or its mock)\n")),
    ).toEqual(["T004>T005"]);
    expect(statementPairs(stories("## Notes\n\n- US3 depends on US2 (optionally also on US1)\n"))).toEqual([
      "T004>T005",
    ]);
    expect(statementPairs(stories("## Notes\n\n- US3 depends on US2 (or on nothing at all)\n"))).toEqual([]);
  });

  it("reads a passive past as history, not an order, and a passive rule as a rule", () => {
    expect(
      statementPairs(stories("## Notes\n\n- US3 was written down before US2, so its IDs are lower\n")),
    ).toEqual([]);
    expect(statementPairs(stories("## Notes\n\n- US2 must be merged before US3\n"))).toEqual(["T004>T005"]);
  });

  it("reads an order by priority as a preference, not a dependency", () => {
    expect(
      statementPairs(stories("## Notes\n\n- Work through the stories in priority order (P1 → P2 → P3)\n")),
    ).toEqual([]);
  });

  it("reads the order of priority as a preference in other languages too", () => {
    for (const sentence of [
      "Le storie si affrontano in ordine di priorità: P1 → P2 → P3.",
      "Les récits suivent l'ordre des priorités : P1 → P2 → P3.",
      "Die Stories folgen der Reihenfolge der Priorität: P1 → P2 → P3.",
      "De stories gaan in volgorde van prioriteit: P1 → P2 → P3.",
      "Berättelserna tas i prioritetsordning: P1 → P2 → P3.",
      "Hikayeler öncelik sırasına göre: P1 → P2 → P3.",
    ]) {
      expect(statementPairs(stories(`## Notes\n\n- ${sentence}\n`)), sentence).toEqual([]);
    }
  });

  it("still reads an order beside a sort by priority, and an order without priority words", () => {
    expect(
      statementPairs(
        stories("## Notes\n\n- US3 erst nach US2; US2 sortiert die Warteschlange nach Priorität.\n"),
      ),
    ).toEqual(["T004>T005"]);
    expect(
      statementPairs(stories("## Notes\n\n- Le storie si affrontano in questo ordine: P1 → P2 → P3.\n")),
    ).toEqual(["T003>T004", "T004>T005"]);
  });

  it("reads nothing under a heading about a way of working", () => {
    for (const heading of [
      "Implementation Strategy",
      "MVP First",
      "Incremental Delivery",
      "Parallel Team Strategy",
      "Suggested Order",
      "Solo developer path",
      "Working alone",
      "Implementeringsstrategi",
      "If only one person picks this up",
      "Si trabajas en solitario",
      "Falls nur eine Person daran arbeitet",
      "如果只有一个人",
    ])
      expect(statementPairs(stories(`## ${heading}\n\n- US3 depends on US2\n`)), heading).toEqual([]);
    // Must not fire: a heading that only sounds like a condition, or heads the rules themselves.
    for (const heading of ["Iffy parts", "When each story can start", "Sequencing", "Service boundaries"])
      expect(statementPairs(stories(`## ${heading}\n\n- US3 depends on US2\n`)), heading).not.toEqual([]);
  });

  it("reads nothing in the list under a line that heads it as suggestions", () => {
    const notes = (lead: string): string =>
      `## Dependencies\n\nUS3 depends on US2.\n\n${lead}\n\n- US1 before US3, so demos build up.\n- T003 ahead of T004.\n\nUS2 depends on US1.\n`;
    for (const lead of [
      "Suggestions, not rules:",
      "**Nice to have:**",
      "Suggested order:",
      "**Suggestions (none bind)**",
    ])
      expect(statementPairs(stories(notes(lead))), lead).toEqual(["T003>T004", "T004>T005"]);
    // Must not fire: a lead-in that is no suggestion, or a suggestion line that heads no list.
    expect(statementPairs(stories(notes("Hard rules:")))).toEqual(["T003>T004", "T003>T005", "T004>T005"]);
    expect(statementPairs(stories(notes("**Hard rules**")))).toEqual(["T003>T004", "T003>T005", "T004>T005"]);
    expect(
      statementPairs(
        stories("## Dependencies\n\nSuggestions, not rules: none so far.\n\n- US1 before US3.\n"),
      ),
    ).toEqual(["T003>T005"]);
  });

  it("reads a sentence the next one calls a suggestion as binding nothing", () => {
    for (const disclaimer of [
      "It is only a suggestion.",
      "This is just a recommendation, not a rule.",
      "This order is not binding.",
      "That's a nicety.",
      "It's not a blocker.",
      "C'est juste une suggestion.",
      "Das ist nur ein Vorschlag.",
    ])
      expect(
        statementPairs(stories(`## Dependencies\n\nUS1 → US3 → US2 keeps reviews short. ${disclaimer}\n`)),
        disclaimer,
      ).toEqual([]);
  });

  it("keeps a sentence whose next sentence says something else, or names a task", () => {
    const notes = (next: string): string => `## Dependencies\n\nUS3 depends on US2. ${next}\n`;
    expect(statementPairs(stories(notes("It is the only story that changes the schema.")))).toEqual([
      "T004>T005",
    ]);
    expect(statementPairs(stories(notes("T003 is only a suggestion for later.")))).toEqual(["T004>T005"]);
    expect(
      statementPairs(stories("## Dependencies\n\nUS3 depends on US2.\n\nIt is only a suggestion.\n")),
    ).toEqual(["T004>T005"]);
  });

  it("does not silence a list whose title merely mentions an MVP", () => {
    const text = stories("## Dependencies\n\n- US3 depends on US2\n").replace(
      "# Tasks: Lending library",
      "# Tasks: Lending library MVP",
    );
    expect(statementPairs(text)).toEqual(["T004>T005"]);
  });

  it("lists two tasks with 'or' between their IDs without offering an alternative", () => {
    expect(
      statementPairs(
        speckit(
          [["Phase 1: Work", ["T001", "T002", "T003"]]],
          "## Order\n\n- T001 must land before T002 or T003 start\n",
        ),
      ),
    ).toEqual(["T001>T002", "T001>T003"]);
  });

  it("makes no edge from a negation", () => {
    expect(
      statementPairs(
        stories("## Notes\n\n- US3 does not depend on US2\n- US2: no dependencies on other stories\n"),
      ),
    ).toEqual([]);
    expect(statementPairs(stories("## Notes\n\n- US3 is independent of US2\n"))).toEqual([]);
  });

  it("treats quoted words as a mention, not a statement", () => {
    expect(
      statementPairs(stories('## Notes\n\n- US3 shows a banner reading "available after US2 ships"\n')),
    ).toEqual([]);
  });

  it("reads 'sequential' as an order only when it is required, not allowed", () => {
    // Tasks as headings, without [P] markers: only evidence orders them.
    const three = (notes: string): string =>
      `### T001: Parser\n\n### T002: Checker\n\n### T003: Printer\n\n## Notes\n\n${notes.replace("## Order\n\n", "")}`;
    expect(statementPairs(three("## Order\n\n- T001-T003 sequential (one shared file)\n"))).toEqual([
      "T001>T002",
      "T002>T003",
    ]);
    expect(statementPairs(three("## Order\n\n- T001-T003 can also run sequentially\n"))).toEqual([]);
    expect(statementPairs(three("## Order\n\n- IDs are sequential (T001-T003)\n"))).toEqual([]);
    const marked =
      "## Phase 1: Work\n\n- [ ] T001 a\n- [ ] T002 [P] b\n- [ ] T003 c\n\n## Order\n\n- T001-T003 sequential\n";
    expect(statementPairs(marked)).toEqual(["T001>T003"]);
  });
});

describe("a hedge taken back by a contrast", () => {
  it("reads what follows the contrast when the hedge lies wholly before it", () => {
    expect(
      statementPairs(
        stories(
          "## Notes\n\n- US2 and US3 might look separable, but US3 reuses the holds of US2, so US2 goes first.\n",
        ),
      ),
    ).toEqual(["T004>T005"]);
    expect(
      statementPairs(
        stories("## Notes\n\n- Ideally US1 would ship alone; but US3 needs US2 all the same.\n"),
      ),
    ).toEqual(["T004>T005"]);
  });

  it("reads nothing from the hedged part, and nothing when the hedge follows the contrast", () => {
    expect(statementPairs(stories("## Notes\n\n- US3 could wait for US1, but US3 needs US2.\n"))).toEqual([
      "T004>T005",
    ]);
    expect(
      statementPairs(stories("## Notes\n\n- US3 could wait for US2, but that is not a rule.\n")),
    ).toEqual([]);
    expect(
      statementPairs(stories("## Notes\n\n- US3 needs US2, but could also start after US1 if staffed.\n")),
    ).toEqual([]);
  });
});

describe("a sentence that orders two tasks and says they need not wait", () => {
  const one = (notes: string) =>
    speckit([["Phase 1: Work", ["T001", "T002", "T003", "T004", "T005"]]], `## Notes\n\n- ${notes}\n`);

  it("makes no edge between them, and a warning says why", () => {
    const said = detect(one("T004 uses the badge style of T002, but it need not wait for T002."));
    expect(said.edges.filter((e) => e.origin === "statement")).toEqual([]);
    expect(said.warnings.join("\n")).toContain("also says the tasks it orders need not wait");
  });

  it("does the same in a task's own words", () => {
    const list = `# Tasks\n\n## Phase 1: Work\n\n- [ ] T001 [P] Badge in src/badge.tsx\n- [ ] T002 [P] Row in src/row.tsx; it uses the badge of T001 but need not wait for T001\n`;
    expect(detect(list).edges.map((e) => `${e.from}>${e.to}`)).toEqual([]);
  });

  it("keeps an order between other tasks than the ones it sets apart", () => {
    expect(statementPairs(one("T004 needs T001 but does not wait for T002."))).toEqual(["T001>T004"]);
    expect(statementPairs(one("T004 and T005 run side by side once T003 is merged."))).toEqual([
      "T003>T004",
      "T003>T005",
    ]);
  });
});
