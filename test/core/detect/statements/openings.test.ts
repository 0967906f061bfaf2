import { describe, expect, it } from "vitest";
import { kiroNotes, onePerPhase, speckit, statementPairs, twoStories } from "./plan-helpers.js";

// Five tasks side by side in one story, so only what the notes say orders them.
const story = (note: string): string[] =>
  statementPairs(
    speckit(
      [["Phase 1: User Story 1 - Fleet map", ["T001", "T002", "T003", "T004", "T005"]]],
      `## Notes\n\n- ${note}\n`,
    ),
  );

describe("a sentence that opens with a word of time and its object", () => {
  it("takes the list after the first comma as its subject, also under a label", () => {
    const pairs = ["T001>T002", "T001>T003"];
    expect(story("After T001, T002 and T003 can run in parallel.")).toEqual(pairs);
    expect(story("US1: after T001, T002 and T003 can run in parallel.")).toEqual(pairs);
    expect(story("**US1**: once T001 and T004 are done, T005 can start.")).toEqual([
      "T001>T005",
      "T004>T005",
    ]);
  });

  it("reads 'the moment X is merged' as a word of time, and 'at the moment' as none", () => {
    expect(story("T005 can start the moment T001 is merged.")).toEqual(["T001>T005"]);
    expect(story("At the moment T005 has no owner; T001 is in review.")).toEqual([]);
  });

  it("gives a label its subject when no clause after the comma names one", () => {
    expect(story("T005: can start after T001 and T002.")).toEqual(["T001>T005", "T002>T005"]);
    expect(story("T005: after T001.")).toEqual(["T001>T005"]);
  });

  it("keeps a whole list after a word of need that opens a sentence", () => {
    expect(story("T005: depends on T001, T002 and T003.")).toEqual(["T001>T005", "T002>T005", "T003>T005"]);
  });
});

describe("an opening participle of Portuguese, Spanish and Italian", () => {
  it("reads 'done X, Y ...' as 'once X is done, Y ...'", () => {
    expect(story("Concluídas T001 e T002, a T005 já pode começar.")).toEqual(["T001>T005", "T002>T005"]);
    expect(story("Feito o T001, os componentes T002 e T003 podem ser tocados em paralelo.")).toEqual([
      "T001>T002",
      "T001>T003",
    ]);
    expect(story("Aplicada a migração (T004), roda-se o teste de carga T005.")).toEqual(["T004>T005"]);
    expect(story("Terminada la T001, T002 y T003 pueden empezar.")).toEqual(["T001>T002", "T001>T003"]);
    expect(story("Completati T001 e T002, la T003 può partire.")).toEqual(["T001>T003", "T002>T003"]);
    expect(story("Publicado o endpoint (T001) e montada a página (T002), entra a T004.")).toEqual([
      "T001>T004",
      "T002>T004",
    ]);
  });

  it("reads a story that starts 'with X finished'", () => {
    expect(story("A T005 só começa com a T001 concluída.")).toEqual(["T001>T005"]);
    expect(story("T005 empieza con la T002 terminada.")).toEqual(["T002>T005"]);
  });

  it("reads English 'with X merged, ...' as 'once X is merged'", () => {
    expect(story("With T001 merged, T002 and T003 can start.")).toEqual(["T001>T002", "T001>T003"]);
    expect(story("With T001 and T002 done, T004 and T005 run side by side.")).toEqual([
      "T001>T004",
      "T001>T005",
      "T002>T004",
      "T002>T005",
    ]);
    expect(story("Con la T001 cerrada, T004 y T005 van a la vez.")).toEqual(["T001>T004", "T001>T005"]);
    // The phase it waits for is no member of the stories side by side: Foundational stays before them.
    const phases = onePerPhase(
      ["Phase 1: Foundational", "Phase 2: User Story 1 - A", "Phase 3: User Story 2 - B"],
      "Dependencies",
    );
    expect(phases("With Phase 1 done, US1 and US2 start at the same time.")).toEqual([
      "T001>T002",
      "T001>T003",
    ]);
    // Must not fire: "with" and a task, but no state of it being finished.
    expect(story("T004 pairs well with the T001 output format.")).toEqual([]);
    expect(story("Start T004 with the layout done by design (see T001).")).toEqual([]);
  });

  it("does not take English verbs or nouns at a sentence's opening for participles", () => {
    expect(story("Create a shared client for T001 and T002.")).toEqual([]);
    expect(story("Update T001, T002 and T003 together.")).toEqual([]);
    expect(story("Resultado da T001: o mapa carrega em 2 s.")).toEqual([]);
    expect(story("A T005 começa com a tela de login da T001 aberta ao lado.")).toEqual([]);
    // "with the whole phase ready" names no task before its participle: no object to wait for, also in
    // a phase's own text (whose phase would otherwise be the subject).
    const inPhase = [
      "## Phase 1: Foundation",
      "",
      "- [ ] T001 [P] Schema in db/schema.sql",
      "",
      "**Checkpoint**: Com a fase inteira pronta, T002 e T003 podem começar.",
      "",
      "## Phase 2: User Story 1 - Map (Priority: P1)",
      "",
      "- [ ] T002 [P] [US1] Map in web/map.ts",
      "- [ ] T003 [P] [US1] List in web/list.ts",
      "",
    ].join("\n");
    expect(statementPairs(inPhase)).toEqual([]);
  });
});

describe("a word of need in Portuguese and Spanish", () => {
  it("reads 'depende apenas de' and 'chama as ... de' as needs", () => {
    expect(story("T005 depende apenas da T001.")).toEqual(["T001>T005"]);
    expect(story("A T005 chama as tasks da T003.")).toEqual(["T003>T005"]);
  });

  it("still reads a Czech list joined by 'a' without a comma as one list", () => {
    expect(story("T005 závisí na T001, T002 a T003.")).toEqual(["T001>T005", "T002>T005", "T003>T005"]);
  });
});

describe("a word of nearness or focus before an opening word of time", () => {
  it("still opens the sentence with that word", () => {
    const pairs = ["T001>T002", "T001>T003"];
    expect(story("Right after T001: T002 and T003.")).toEqual(pairs);
    expect(story("Immediately after T001, T002 and T003 can start.")).toEqual(pairs);
    expect(story("Direkt nach T001: T002 und T003.")).toEqual(pairs);
    expect(story("Logo após T001, T002 e T003 podem começar.")).toEqual(pairs);
    expect(story("Subito dopo T001: T002 e T003.")).toEqual(pairs);
  });

  it("opens nothing before a word of need, which names its subject before it", () => {
    // "only depends on Phase 1": US2's need, and US1 is what it integrates with, not a subject.
    expect(twoStories("User Story 2 (P2): only depends on Phase 1, integrates with US1.")).toEqual([
      "T002>T004",
      "T002>T005",
      "T003>T004",
      "T003>T005",
    ]);
  });
});

describe("a pronoun right after the comma closing an opening", () => {
  const plan = kiroNotes("Implementation Plan", [
    [
      "1. Storage",
      ["1.1 Schema in db/schema.sql", "1.2 Handlers in api/handlers.ts", "1.3 Login in api/login.ts"],
    ],
    ["2. Checks", ["2.1 Seeded end-to-end test in e2e/flow.spec.ts"]],
  ]);

  it("is the subject: the task the words are about, not the tasks named after it", () => {
    const all = ["1.1>2.1", "1.2>2.1", "1.3>2.1"];
    const note = "it seeds rows by calling the handlers of 1.2 and by logging in through 1.3";
    expect(plan("2.1", `Only after group 1 is merged: ${note}`)).toEqual(all);
    expect(plan("2.1", `After group 1 is merged: ${note}`)).toEqual(all);
  });
});
