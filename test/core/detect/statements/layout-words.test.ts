import { describe, expect, it } from "vitest";
import { detectDependencies } from "../../../../src/core/detect/detect-dependencies.js";
import { listingOrderDisclaimer } from "../../../../src/core/detect/listing-order-disclaimed.js";
import { parseTaskList } from "../../../../src/core/parse/parse-task-list.js";
import { pairs, speckit, statementPairs } from "./plan-helpers.js";

const parse = (text: string) => parseTaskList({ kind: "file", path: "tasks.md", text });
const edgesOf = (text: string): string[] =>
  detectDependencies(parse(text)).edges.map((e) => `${e.from}>${e.to}`);
const unmarked = (ids: string[], notes = "", intro = ""): string =>
  speckit([["Phase 1: Catalogue", ids]], notes, { parallel: false }).replace(
    "# Tasks: Lending library\n",
    `# Tasks: Lending library\n\n${intro}\n`,
  );
const five = (notes: string): string =>
  speckit([["Phase 1: Work", ["T001", "T002", "T003", "T004", "T005"]]], notes);
const said = (sentence: string): string[] => statementPairs(five(`## Notes\n\n- ${sentence}\n`));

describe("a task's own words about running beside others", () => {
  const withBullet = (bullet: string): string =>
    unmarked(["T001", "T002", "T003"]).replace(
      "- [ ] T002 Work item T002 in src/t002.ts",
      `- [ ] T002 Work item T002 in src/t002.ts\n  - ${bullet}`,
    );

  it("frees the listing order between the task and the ones it names, a colon before them or not", () => {
    expect(pairs(withBullet("Parallelizable with: T003"), "order")).not.toContain("T002>T003");
    expect(pairs(withBullet("Can run alongside T003"), "order")).not.toContain("T002>T003");
    // Naming the task beside it is no mention of a task it builds on.
    expect(edgesOf(withBullet("Parallelizable with: T001"))).not.toContain("T001>T002");
  });

  it("reads 'unrelated to', 'has nothing to do with' and 'overlap with' as running beside the task named", () => {
    expect(pairs(withBullet("Unrelated to T003."), "order")).not.toContain("T002>T003");
    expect(edgesOf(withBullet("Has nothing to do with the cache of T001."))).not.toContain("T001>T002");
    expect(said("T004 has nothing to do with T003.")).toEqual([]);
    expect(pairs(withBullet("Can overlap with T003."), "order")).not.toContain("T002>T003");
    expect(edgesOf(withBullet("Can overlap with T001."))).not.toContain("T001>T002");
  });

  it("reads nothing in an acceptance line, and no need in a review note", () => {
    const explicit = (bullet: string): string[] => pairs(withBullet(bullet), "explicit");
    expect(explicit("Acceptance: the report fails until T001 is merged.")).toEqual([]);
    expect(explicit("Note: reviewed together with T001.")).toEqual([]);
    // A need written outside an acceptance line still binds.
    expect(explicit("Needs the parser from T001.")).toEqual(["T001>T002"]);
  });

  it("reads a sentence of the task's own that names it by its ID", () => {
    const own = withBullet("Although listed later, T002 must be merged before T001 starts.");
    expect(edgesOf(own)).toContain("T002>T001");
  });

  it("reads 'this <thing>' after a word of order as what the task makes", () => {
    expect(edgesOf(withBullet("The parser of T003 is needed by this screen."))).toContain("T003>T002");
    expect(edgesOf(withBullet("Metrik dari T003 dibutuhkan oleh dasbor ini."))).toContain("T003>T002");
    // Not as a subject, nor after a word that orders nothing.
    expect(edgesOf(withBullet("The parser of T003 is needed by the release train."))).not.toContain(
      "T003>T002",
    );
  });

  it("reads a clause that sets the task apart in any language as no mention", () => {
    expect(pairs(withBullet("Tidak bergantung pada T001."), "explicit")).toEqual([]);
    expect(pairs(withBullet("Éventuellement après T001, si l'on veut."), "explicit")).toEqual([]);
    expect(pairs(withBullet("Peut avancer pendant que T003 est en relecture."), "order")).not.toContain(
      "T002>T003",
    );
    // Without the suggestion the mention binds.
    expect(pairs(withBullet("Reprend le calcul de T001."), "explicit")).toEqual(["T001>T002"]);
  });

  it("reads 'this one' in a task's own text as the task", () => {
    const backward = withBullet("It wraps the picker, so T003 has to be merged before this one.");
    expect(edgesOf(backward)).toContain("T003>T002");
    // Without "this one" the statement names nothing for T003 to go before; the note's "has to be merged
    // first" still puts T003 before the task it is written in, as a word of the task's own.
    const first = detectDependencies(
      parse(withBullet("It wraps the picker, so T003 has to be merged first.")),
    );
    const fromFirst = first.edges.filter((e) => e.from === "T003" && e.to === "T002");
    expect(fromFirst.map((e) => e.origin)).toEqual(["task"]);
    // Said of a task that is not the subject, "first" binds nothing.
    expect(
      edgesOf(withBullet("It wraps the picker; the picker itself has to be merged first.")),
    ).not.toContain("T003>T002");
  });

  it("keeps a label before a colon a label ('Parallel opportunities: ...' is not a claim by its words)", () => {
    expect(pairs(withBullet("Parallel notes: T003"), "order")).toContain("T002>T003");
  });
});

describe("a list whose authors say its order means nothing", () => {
  it.each([
    ["Inside a phase the order in which tasks are listed carries no meaning on its own."],
    ["Tasks are grouped by area, not in execution order."],
    ["Die Aufgaben sind nach Modulen gruppiert, nicht nach Reihenfolge."],
    ["A ordem da lista não é a ordem de execução."],
    ["Задачи сгруппированы по темам, а не по порядку выполнения."],
    ["Within a phase, the order of the list is a reading order only."],
    ["The numbers are for reference only; they are not an execution order."],
    ["Numbering is for reference, not execution order."],
    ["The order below is not the execution order."],
    ["The listing says nothing about the order of work."],
    ["La numérotation range les tâches par couche et ne dit rien de l'ordre de réalisation."],
    ["Die Nummerierung sagt nichts über die Reihenfolge."],
    ["Die Nummern der Aufgaben sind keine Arbeitsreihenfolge."],
    ["The numbers are no execution order; they follow the layers."],
  ])("gets no listing-order edges, and says why: %s", (intro) => {
    const text = unmarked(["T001", "T002", "T003"], "", intro);
    expect(pairs(text, "order")).toEqual([]);
    expect(detectDependencies(parse(text)).warnings.join("\n")).toContain(
      "not by the order they are listed in",
    );
  });

  it.each([
    ["Tasks without [P] must not run out of order."],
    ["The order of [P] tasks does not matter."],
    ["The order of T002 and T003 does not matter."],
    ["Run the tasks in the order listed."],
    ["Keep the reading order only for the docs tasks."],
    ["The numbers match the sections of the design doc."],
    ["Run the tasks below in order; the numbers are for reference."],
    ["The release note says nothing about the tests."],
    ["Die Reihenfolge der Migrationen ist keine Frage des Geschmacks."],
  ])("keeps the listing order where the words do not deny it for the whole list: %s", (intro) => {
    expect(listingOrderDisclaimer(parse(unmarked(["T001", "T002"], "", intro)))).toBeNull();
    expect(pairs(unmarked(["T001", "T002"], "", intro), "order")).toEqual(["T001>T002"]);
  });

  it("stops a numbered list's top-level tasks from running one after another", () => {
    const kiro = (intro: string): string =>
      `# Plan\n\n${intro}\n\n- [ ] 1. Base\n  - [ ] 1.1 Create a in a/a.py\n- [ ] 2. Next\n  - [ ] 2.1 Create b in b/b.py\n`;
    expect(edgesOf(kiro(""))).toEqual(["1.1>2.1"]);
    expect(edgesOf(kiro("The numbering of the tasks does not imply an order."))).toEqual([]);
    // Sub-tasks independent of each other leave the top-level tasks in the order listed.
    expect(edgesOf(kiro("Inside a group, sub-tasks are independent of each other."))).toEqual(["1.1>2.1"]);
  });

  it.each([
    ["Inside a phase, tasks are independent of each other unless a note says otherwise."],
    ["Items under one heading are in no particular order unless a line says so."],
    ["Innerhalb einer Phase sind die Aufgaben voneinander unabhängig."],
    ["Dans une phase, les tâches sont indépendantes les unes des autres."],
    ["Dentro de una fase, las tareas son independientes entre sí."],
  ])("gets no listing-order edges when the tasks are said to be independent: %s", (intro) => {
    const text = unmarked(["T001", "T002", "T003"], "", intro);
    expect(pairs(text, "order")).toEqual([]);
    expect(listingOrderDisclaimer(parse(text))?.siblingsOnly).toBe(true);
  });

  it.each([
    ["Test tasks are independent of each other."],
    ["The Polish tasks are independent."],
    ["Tasks are not independent: run them one by one."],
    ["Tasks in Phase 1 are in no particular order."],
  ])("keeps the listing order when only some tasks are said to be independent: %s", (intro) => {
    expect(pairs(unmarked(["T001", "T002"], "", intro), "order")).toEqual(["T001>T002"]);
  });
});

describe("subjects that asides and conditions do not join", () => {
  it("leaves a relative clause set off by commas out of the subject", () => {
    expect(said("T004, which wraps the client from T002, starts only after T002 is merged.")).toEqual([
      "T002>T004",
    ]);
    // Must not fire without the commas of an aside: both are the subject.
    expect(said("T003 and T004 need T001.")).toEqual(["T001>T003", "T001>T004"]);
  });

  it("gives a clause opening with a relative pronoun the name just before it as subject", () => {
    expect(said("T004 needs T001, apart from T005, which extends T002.")).toEqual(["T001>T004", "T002>T005"]);
    // Without the pronoun the clause keeps the sentence's subject.
    expect(said("T004 needs T001, and extends T002.")).toEqual(["T001>T004", "T002>T004"]);
  });

  it("reads 'unless' as the exception to a rule that binds, and 'it' as the task an earlier clause named", () => {
    expect(said("Unless T002 is skipped, T003 follows it.")).toEqual(["T002>T003"]);
    // "if" still makes a condition; "it" with no earlier clause stays unread.
    expect(said("If T002 is late, T003 follows it.")).toEqual([]);
    expect(said("T003 follows it.")).toEqual([]);
  });

  it("reads 'it' as the subject of the clause ahead, also with a word such as 'too' after it", () => {
    // T004 is the subject; T001, named last, is not what "it" stands for.
    expect(said("T004 is blocked by T001 only, but T003 goes before it too.")).toEqual([
      "T001>T004",
      "T003>T004",
    ]);
    expect(said("T004 needs T001, and T002 must land before it as well.")).toEqual([
      "T001>T004",
      "T002>T004",
    ]);
    // Must not fire: "it" with more words after it ends no phrase and stands for no task.
    expect(said("T004 needs T001, so T003 builds it twice.")).toEqual(["T001>T004"]);
  });
});

describe("exceptions carved out of a relation", () => {
  it.each([
    ["Everything in Phase 1 except T003 needs T001.", ["T001>T002", "T001>T004", "T001>T005"]],
    ["T002-T005 except T004 need T001.", ["T001>T002", "T001>T003", "T001>T005"]],
    ["All of Phase 1 waits for T001, apart from T005.", ["T001>T002", "T001>T003", "T001>T004"]],
  ])("leaves the excepted tasks out: %s", (sentence, expected) => {
    expect(said(sentence)).toEqual(expected);
  });

  it("carves nothing out of a parallel claim, nor where the exception names no task", () => {
    expect(
      pairs(
        unmarked(["T001", "T002", "T003"], "## Notes\n\n- All can run in parallel except T002.\n"),
        "order",
      ),
    ).toEqual(["T001>T002", "T002>T003"]);
    // An exception naming no task changes nothing.
    expect(said("All of Phase 1 waits for T001, except for docs.")).toEqual(
      said("All of Phase 1 waits for T001."),
    );
  });
});

describe("a listing-order link a cycle drops", () => {
  it("keeps the later task after the tasks listed before the link's source", () => {
    const text = [
      "## Phase 1: Work",
      "",
      "- [ ] T001 [P] First in src/a.ts",
      "- [ ] T002 Second in src/b.ts",
      "- [ ] T003 Third in src/c.ts",
      "",
      "## Notes",
      "",
      "- T002 goes last in its phase.",
      "",
    ].join("\n");
    const got = detectDependencies(parse(text));
    const edges = got.edges.map((e) => `${e.from}>${e.to}`);
    expect(edges).toContain("T003>T002");
    expect(edges).toContain("T001>T003");
    expect(got.warnings.join("\n")).toContain("dropped the inferred edge T002 -> T003");
  });
});

describe("conflicts, last tasks and stages the authors name", () => {
  it("orders two tasks that must not run at the same time, as written, even both [P]", () => {
    expect(said("T002 and T003 must not run at the same time (both run migrations).")).toEqual(["T002>T003"]);
    expect(said("T002 and T003 can run at the same time.")).toEqual([]);
  });

  it.each([
    ["T002 and T003 don't share files and can run in parallel."],
    ["T002 und T003 hängen nicht voneinander ab und können parallel laufen."],
    ["A T002 e a T003 não dependem uma da outra e podem andar em paralelo."],
  ])(
    "reads a negation as denying its own predicate, not one opened by 'and' with a modal: %s",
    (sentence) => {
      expect(said(sentence)).toEqual([]);
    },
  );

  it("still orders two tasks when the negation covers both verbs", () => {
    expect(said("T002 and T003 cannot be built and run in parallel.")).toEqual(["T002>T003"]);
    expect(said("T002 and T003 can not and must not run in parallel.")).toEqual(["T002>T003"]);
  });

  it("reads 'must be the last task of the feature' as a position", () => {
    expect(said("T005 must be the last task of the feature.")).toEqual([
      "T001>T005",
      "T002>T005",
      "T003>T005",
      "T004>T005",
    ]);
    expect(said("T005 fixes the last task of the import.")).toEqual([]);
    // A colon after the position gives its reason; it is no label.
    expect(said("T005 must be the last task of the feature: it switches the flag on.")).toEqual([
      "T001>T005",
      "T002>T005",
      "T003>T005",
      "T004>T005",
    ]);
  });

  const steps = (intro: string): string =>
    [
      "# Plan",
      "",
      intro,
      "",
      "- [ ] 1. Base",
      "  - [ ] 1.1 Create a in a/a.py",
      "  - [ ] 1.2 Create b in b/b.py",
      "    - Depends on 1.1",
      "- [ ] 2. Next",
      "  - [ ] 2.1 Create c in c/c.py",
      "    - Needs 1.1",
      "  - [ ] 2.2 Create d in d/d.py",
      "    - Do after everything in step 1",
      "",
    ].join("\n");

  it("keeps a numbered list's stages in order where the authors say they run in order", () => {
    // "everything in step 1" names the top-level task's sub-tasks.
    const stated = ["1.1>1.2", "1.1>2.1", "1.1>2.2", "1.2>2.2"];
    expect(edgesOf(steps(""))).toEqual(stated);
    expect(edgesOf(steps("Finish every sub-task of a step before starting the next step."))).toEqual([
      "1.1>1.2",
      "1.1>2.1",
      "1.2>2.1",
      "1.1>2.2",
      "1.2>2.2",
    ]);
    // A sub-task whose own note says it waits for nothing does not wait for the step before it.
    const free = steps("Finish every sub-task of a step before starting the next step.").replace(
      "    - Needs 1.1",
      "    - Independent: start any time",
    );
    expect(edgesOf(free)).not.toContain("1.2>2.1");
    const named = steps("Finish every sub-task of a step before starting the next step.").replace(
      "    - Needs 1.1",
      "    - Independent of 1.1",
    );
    expect(edgesOf(named)).toContain("1.2>2.1");
    // A denial is no affirmation, in any script.
    expect(edgesOf(steps("Steps are not done one after another."))).toEqual(stated);
    expect(edgesOf(steps("Шаги выполняются не по порядку."))).toEqual(stated);
  });

  it("reads the stage order in other words: one after the other, a start after the previous one, a denied start", () => {
    const stated = ["1.1>1.2", "1.1>2.1", "1.1>2.2", "1.2>2.2"];
    const kept = ["1.1>1.2", "1.1>2.1", "1.2>2.1", "1.1>2.2", "1.2>2.2"];
    for (const intro of [
      "Los pasos van uno tras otro.",
      "As etapas são feitas uma após a outra.",
      "Each step starts once the previous one is merged.",
      "Chaque étape commence une fois que la précédente est fusionnée.",
      "No step starts until the previous one is merged.",
      "Ningún paso empieza hasta que el anterior esté terminado del todo.",
      "Kein Schritt beginnt, bevor der vorige gemergt ist.",
    ])
      expect(edgesOf(steps(intro)), intro).toEqual(kept);
    // A denied order, or a denied wait, affirms nothing.
    expect(edgesOf(steps("Los pasos no van uno tras otro."))).toEqual(stated);
    expect(edgesOf(steps("Steps need not wait until the previous one is merged."))).toEqual(stated);
  });
});

describe("'in any order'", () => {
  const order = (notes: string): string[] =>
    pairs(unmarked(["T001", "T002", "T003", "T004"], `## Notes\n\n- ${notes}\n`), "order");

  it("frees the listing order among what it names: tasks, or the tasks of the one phase named", () => {
    expect(order("The rest of Phase 1 in any order.")).toEqual([]);
    expect(order("T002, T003 and T004 in any order.")).toEqual(["T001>T002", "T001>T003", "T001>T004"]);
    expect(order("T002 und T003 in beliebiger Reihenfolge.")).toEqual([
      "T001>T002",
      "T001>T003",
      "T002>T004",
      "T003>T004",
    ]);
  });

  it("does not free a phase named as running beside others", () => {
    expect(order("Phase 1 can run in parallel.")).toEqual(["T001>T002", "T002>T003", "T003>T004"]);
  });
});

describe("a numbered list's stage order and edges that point back", () => {
  it("still reaches a sub-task whose only in-stage edge points back and loses a cycle", () => {
    const text = [
      "# Plan",
      "",
      "Finish every sub-task of a step before starting the next step.",
      "",
      "- [ ] 1. Base",
      "  - [ ] 1.1 Create the app shell in web/app.ts",
      "- [ ] 2. Reports",
      "  - [ ] 2.1 Create the report page in web/report.ts showing the `ReportWidget`",
      "  - [ ] 2.2 Create `ReportWidget` in web/ReportWidget.ts",
      "    - Depends on 2.1",
      "",
    ].join("\n");
    const edges = edgesOf(text);
    expect(edges).toContain("1.1>2.1");
    expect(edges).toContain("2.1>2.2");
  });
});
