import { describe, expect, it } from "vitest";
import { parseTaskList } from "../../../../src/core/parse/parse-task-list.js";
import { idPatterns } from "../../../../src/core/detect/statements/id-range-patterns.js";
import { saidUnder, detect, kiroPlan, speckit, twoStoriesIn } from "./plan-helpers.js";

const said = saidUnder("Fáze 1: Práce", "Poznámky");

describe("Czech statements", () => {
  it.each([
    ["závisí na (depends on)", "T004 závisí na T001.", ["T001>T004"]],
    ["potřebuje (needs), a list joined by 'a'", "T005 potřebuje T002 a T003.", ["T002>T005", "T003>T005"]],
    [
      "two relations joined by 'a zároveň'",
      "T003 čeká na T001 a zároveň blokuje T005.",
      ["T001>T003", "T003>T005"],
    ],
    ["po dokončení (after the completion of)", "T004 lze začít až po dokončení T002.", ["T002>T004"]],
    [
      "jakmile je hotová (once ... is done)",
      "T004 a T005 můžou běžet, jakmile je hotová T003.",
      ["T003>T004", "T003>T005"],
    ],
    ["před (before)", "T002 musí být hotová před T005.", ["T002>T005"]],
  ])("reads %s", (_, sentence, expected) => {
    expect(said(sentence)).toEqual(expected);
  });

  it("does not fire on denials, suggestions or a test that is red until the work lands", () => {
    expect(said("T004 nezávisí na T001.")).toEqual([]);
    expect(said("T005 nečeká na T002, stačí mu konfigurace.")).toEqual([]);
    expect(said("Bylo by fajn udělat T005 až po T003, ale nebudu na tom trvat.")).toEqual([]);
    expect(said("Doporučuji T004 před T002.")).toEqual([]);
    expect(said("Testy v T001 budou červené, dokud nebude hotová T004, to nevadí.")).toEqual([]);
  });

  it("frees tasks said to run side by side, and keeps a phase heading 'Fáze'", () => {
    const text = speckit(
      [
        ["Fáze 1: Příprava", ["T001"]],
        ["Fáze 2: Model", ["T002", "T003", "T004"]],
      ],
      "## Závislosti\n\n- T003 a T004 lze dělat souběžně, nezávisle na sobě.\n",
      { parallel: false },
    );
    const edges = detect(text).edges.map((e) => `${e.from}>${e.to}`);
    expect(edges).toContain("T001>T002");
    expect(edges).not.toContain("T003>T004");
  });
});

describe("a test that stays red until the work lands (any language)", () => {
  it("gives no relation word before it an object inside it", () => {
    const text = `## Phase 1: API

- [ ] T001 API tests for a refund after the deadline, in tests/api.py (fail until T003 is done, that is fine)
- [ ] T002 [P] Serializers in api/serializers.py
- [ ] T003 [P] Router in api/urls.py
`;
    expect(detect(text).edges.filter((e) => e.from === "T003" && e.to === "T001")).toEqual([]);
  });

  it("still lets a task that is parked until another lands wait for it", () => {
    expect(said("T005 stays parked until T002 ships.")).toEqual(["T002>T005"]);
  });
});

describe("the Czech 'a' (and) beside the Portuguese article 'a'", () => {
  // Setup (T001), US1 (T002, T003) and US2 (T004, T005), phase headings in Portuguese.
  const said = twoStoriesIn(
    [
      "Fase 1: Configuração",
      "Fase 2: História de Usuário 1 - Empréstimo (Prioridade: P1)",
      "Fase 3: História de Usuário 2 - Devolução (Prioridade: P2)",
    ],
    "Dependências",
  );

  it("does not split a clause at the article after a preposition", () => {
    // Split there, "US1, exceto T005, que precisa de T003" made US1 wait for T003.
    const pairs = said("A US2 pode rodar em paralelo com a US1, exceto T005, que precisa de T003.");
    expect(pairs).not.toContain("T003>T002");
    expect(said("T005 depende da T003 e roda em paralelo com a T004.")).toEqual(["T003>T005"]);
  });

  it("still joins two Czech clauses", () => {
    expect(said("T004 závisí na T002 a T005 na T003.")).toEqual(["T002>T004", "T003>T005"]);
  });
});

describe("Slovak words of time and need", () => {
  it("reads 'hneď, ako' and 'len čo' (as soon as) and 'volá' (calls)", () => {
    expect(said("T004 sa dá písať hneď, ako je hotová T002.")).toEqual(["T002>T004"]);
    expect(said("Len čo je T001 zlúčená, T005 môže začať.")).toEqual(["T001>T005"]);
    expect(said("T003 volá službu z úlohy T001.")).toEqual(["T001>T003"]);
  });

  it("keeps the Croatian 'ako' (if) a hedge everywhere else", () => {
    expect(said("Ako treba, T004 potrebuje T002.")).toEqual([]);
  });
});

describe("Czech and Slovak task words, 'až' ranges and 'starts when'", () => {
  const plan = (note: string): string =>
    `${kiroPlan("Plán", [
      ["1. Základ", ["1.1 Projekt v `app/build.gradle`", "1.2 Databáza v `app/db.yml`"]],
      ["2. Schéma", ["2.1 Tabuľka v `db/v1.sql`", "2.2 Tabuľka v `db/v2.sql`", "2.3 Tabuľka v `db/v3.sql`"]],
      ["3. Obrazovky", ["3.1 Zoznam v `web/list.tsx`", "3.2 Detail v `web/detail.tsx`"]],
    ])}\n## Závislosti\n\n${note}\n`;
  const said = (note: string): string[] =>
    detect(plan(note))
      .edges.filter((e) => e.origin === "statement")
      .map((e) => `${e.from}>${e.to}`)
      .sort();

  it("reads 'úlohy' and 'skupina' before numbers, and 'až' between them as a range", () => {
    expect(said("Úlohy 3.1 až 3.2 idú až po 2.2.")).toEqual(["2.2>3.1", "2.2>3.2"]);
    expect(said("Úkol 3.2 čeká na úkol 2.3.")).toEqual(["2.3>3.2"]);
    expect(said("Skupina 3 ide až po skupinách 1 až 2.")).toEqual(
      ["1.1", "1.2", "2.1", "2.2", "2.3"].flatMap((id) => [`${id}>3.1`, `${id}>3.2`]).sort(),
    );
  });

  it("reads 'začína, keď' and 'začne, když' (starts when) as waiting", () => {
    expect(said("Skupina 3 sa začína, keď sú 2.1 a 2.2 zlúčené.")).toEqual([
      "2.1>3.1",
      "2.1>3.2",
      "2.2>3.1",
      "2.2>3.2",
    ]);
    expect(said("Úkol 3.1 se začne, když bude 2.3 hotový.")).toEqual(["2.3>3.1"]);
  });

  it("reads nothing from a relation quoted with the low opening mark", () => {
    const quoted = saidUnder("Fáze 1: Práce", "Poznámky");
    expect(quoted("Pod T004 stojí „čeká na T002“, to je preklep.")).toEqual([]);
    expect(quoted("Die Zeile „T004 braucht T002“ ist veraltet.")).toEqual([]);
    // The words outside the quote still count.
    expect(quoted("T005 čeká na T003, i když v zadání stojí „nezávisí na ničem“.")).toEqual(["T003>T005"]);
  });

  it("reads 'az' between numbers as no range in a list that never writes 'až'", () => {
    const list = parseTaskList({ kind: "file", path: "tasks.md", text: plan("A 2.1 az 2.3 előtt jön.") });
    const found = [...`2.1 az 2.3`.matchAll(idPatterns(list).bareNumbered)].map((m) => m[0]);
    expect(found).toEqual(["2.1", "2.3"]);
    const slovak = parseTaskList({
      kind: "file",
      path: "tasks.md",
      text: plan("Úlohy 2.1 až 2.3 idú spolu."),
    });
    expect([...`2.1 az 2.3`.matchAll(idPatterns(slovak).bareNumbered)].map((m) => m[0])).toEqual([
      "2.1 az 2.3",
    ]);
  });
});

describe("Slovak and Czech word order around waiting", () => {
  it("reads 'na X nečaká' (does not wait for X, the verb last) as a denial, never the Dutch 'na' (after)", () => {
    expect(said("T005 potrebuje T002, na T003 ani na T004 nečaká.")).toEqual(["T002>T005"]);
    expect(said("T005 na T003 nečaká.")).toEqual([]);
  });

  it("reads 'až keď' (only when) and 'stačí mu X' (X is all it needs)", () => {
    expect(said("T005 sa robí až keď sú T002 a T003 v main.")).toEqual(["T002>T005", "T003>T005"]);
    expect(said("T004 nepotrebuje T001, stačí mu T002.")).toEqual(["T002>T004"]);
    expect(said("T004 nečeká na T001, stačí mu konfigurace.")).toEqual([]);
  });

  it("keeps the Dutch 'na' (after) in Dutch", () => {
    expect(said("T004 start pas na T002.")).toEqual(["T002>T004"]);
  });
});
