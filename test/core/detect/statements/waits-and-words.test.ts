import { describe, expect, it } from "vitest";
import { detectDependencies } from "../../../../src/core/detect/detect-dependencies.js";
import { parseTaskList } from "../../../../src/core/parse/parse-task-list.js";
import { pairs, serial, speckit, statementPairs, twoStories } from "./plan-helpers.js";

const five = (notes: string): string =>
  speckit([["Phase 1: Work", ["T001", "T002", "T003", "T004", "T005"]]], notes);
const said = (sentence: string): string[] => statementPairs(five(`## Notes\n\n- ${sentence}\n`));

describe("a sentence wrapped onto the next line", () => {
  const paragraph = (lines: string[]): string[] => statementPairs(five(`## Notes\n\n${lines.join("\n")}\n`));

  it("goes on below a line ending in a preposition, a conjunction or a comma, whatever opens the next", () => {
    expect(paragraph(["T004 must not be merged until", "T001 is in."])).toEqual(["T001>T004"]);
    expect(paragraph(["T005 waits for T002,", "T003 and T001."])).toEqual([
      "T001>T005",
      "T002>T005",
      "T003>T005",
    ]);
  });

  it("ends at a line that closes its sentence, so the next line is a statement of its own", () => {
    expect(paragraph(["T002 waits for T001", "T004 waits for T003"])).toEqual(["T001>T002", "T003>T004"]);
  });

  it("goes on below a run of IDs after a colon when the next line carries the run on", () => {
    expect(paragraph(["Only once T001 is merged: T002 T003", "T004 (the docs), T005."])).toEqual([
      "T001>T002",
      "T001>T003",
      "T001>T004",
      "T001>T005",
    ]);
    // Must not fire: the next line's ID is followed by words of its own, or the run has no colon.
    expect(paragraph(["Only once T001 is merged: T002 T003", "T005 waits for T004."])).toEqual([
      "T001>T002",
      "T001>T003",
      "T004>T005",
    ]);
    expect(paragraph(["T002 waits for T001 T003", "T004 T005 (later)."])).toEqual(["T001>T002", "T003>T002"]);
  });
});

describe("waits the words state however they are turned", () => {
  it.each([
    ["a negated wait until", "T004 may not begin until T001 has landed.", ["T001>T004"]],
    ["a plain wait until", "T004 stays parked until T001 ships.", ["T001>T004"]],
    ["a denied start lifted by 'unless'", "T004 must not be merged unless T001 is in.", ["T001>T004"]],
    ["a denied merge lifted by 'unless'", "Don't merge T005 unless T002 has landed.", ["T002>T005"]],
    ["'unless' as the exception to a rule", "T004 ships unless T001 fails.", []],
    ["'unless' after a denial of no start", "T004 is not needed unless T001 is merged.", []],
    ["Spanish 'hasta que'", "T004 no puede arrancar hasta que T001 esté fusionada.", ["T001>T004"]],
    [
      "a subject opened by 'neither'",
      "Neither T002 nor T003 can start before T001.",
      ["T001>T002", "T001>T003"],
    ],
    ["a passive 'preceded by'", "T005 is preceded by T002.", ["T002>T005"]],
    [
      "German 'ist auf ... angewiesen'",
      "T005 ist nur auf T002 und das Schema aus T003 angewiesen.",
      ["T002>T005", "T003>T005"],
    ],
    ["German 'wartet' with an adverb before 'auf'", "T005 wartet erst auf T003.", ["T003>T005"]],
    [
      "an opening 'from' that says where the object comes from",
      "T005: from T001 it needs only T003.",
      ["T003>T005"],
    ],
    ["a passive 'followed by'", "T001 is followed by T004.", ["T001>T004"]],
    ["'uses' with a task after it", "T004 uses the client built in T002.", ["T002>T004"]],
    ["'calls' with a determiner after it", "T005 calls the endpoint from T003.", ["T003>T005"]],
    ["a plural subject with a bare 'block'", "T001 and T002 block T005.", ["T001>T005", "T002>T005"]],
    ["a plural subject with a bare 'precede'", "T002 and T003 precede T004.", ["T002>T004", "T003>T004"]],
    [
      "a wait beside where the task is written",
      "T005 needs only T002, even though it is listed after T003 and T004.",
      ["T002>T005"],
    ],
  ])("reads %s", (_, sentence, expected) => {
    expect(said(sentence)).toEqual(expected);
  });

  it("does not fire where the words relate nothing or only suggest", () => {
    // A negated word that is not a wait still says nothing; "may" without "not" still hedges.
    expect(said("Neither T002 nor T003 depends on T001.")).toEqual([]);
    expect(said("T004 may depend on T001.")).toEqual([]);
    expect(said("T004 uses Redis for the cache.")).toEqual([]);
    // The bare "enable" and "gate" name things as often as they relate them.
    expect(said("T004 adds the enable/disable toggle that T001 renders.")).toEqual([]);
    expect(said("T005 adds the 401-gate cases next to T002's tests.")).toEqual([]);
    expect(said("T004 moves the code block of T001 into a helper.")).toEqual([]);
    // "calls" as a noun ("the cache calls in T002") relates nothing.
    expect(said("T004 replaces the cache calls in T002.")).toEqual([]);
    expect(said("T004 uses the same colours as T001.")).toEqual([]);
    expect(said("Sugerencia: T004 después de T001.")).toEqual([]);
    expect(said("T004 könnte nach T001 kommen.")).toEqual([]);
    expect(said("Ad esempio, T004 dopo T001.")).toEqual([]);
    expect(said("T004 hangt niet af van T001.")).toEqual([]);
    expect(said("T004 nie zależy od T001.")).toEqual([]);
    expect(said("T004 i T005 nie zależą od T001.")).toEqual([]);
    expect(said("T004 beror inte på T001.")).toEqual([]);
    expect(said("T004 tidak bergantung pada T001.")).toEqual([]);
    // A word of need whose object is "nothing", and "neither" standing for the subject.
    expect(said("T005 needs nothing from T002.")).toEqual([]);
    expect(said("Von T001 und T002 braucht T005 nichts.")).toEqual([]);
    expect(said("T004 and T005 only read the logs: neither waits for T001 or T002.")).toEqual([]);
    // A range after "keine" is left out whole.
    expect(said("T005 braucht keine der Aufgaben T001 bis T003.")).toEqual([]);
    // German suggestions.
    expect(said("Wer mag, schreibt T004 erst nach T002.")).toEqual([]);
    // "danach" with a task on one side only chains nothing.
    expect(said("T004 ist fertig, danach wird aufgeräumt.")).toEqual([]);
    // An Italian suggestion with "poi" chains nothing.
    expect(said("Se c'è un solo sviluppatore, conviene procedere così: T001, poi T002.")).toEqual([]);
    expect(said("T005 schreibt sich am bequemsten zuletzt, etwa nach T003.")).toEqual([]);
    expect(said("Sebaiknya T004 setelah T001.")).toEqual([]);
    expect(said("Förslagsvis T004 efter T001.")).toEqual([]);
    // "voor" is also "for": it orders nothing.
    expect(said("T004 is voor T001 bedoeld.")).toEqual([]);
  });
});

describe("an explanation after a colon", () => {
  it("is no part of the relation's object", () => {
    expect(said("T001 blocks T003: the page calls routes T001 adds.")).toEqual(["T001>T003"]);
    expect(said("T005 needs T002: the parser T002 writes is what T005 reads.")).toEqual(["T002>T005"]);
  });

  it("leaves a colon before the object, and a list after it, as they were", () => {
    expect(said("T004 depends on: T002, T003.")).toEqual(["T002>T004", "T003>T004"]);
  });
});

describe("a subject opened by a negative quantifier", () => {
  it("negates the relation, so only what the sentence excepts or turns round binds", () => {
    expect(twoStories("No task in US2 relies on US1 except T005, which needs T003.")).toEqual(["T003>T005"]);
    expect(twoStories("None of the US2 tasks depend on US1.")).toEqual([]);
    expect(twoStories("Aucune tâche de US2 ne dépend de US1.")).toEqual([]);
    // A negated wait still orders: "nothing ... can start before" is "everything waits for".
    expect(twoStories("Nothing in US2 can start before T002.")).toEqual(["T002>T004", "T002>T005"]);
  });

  it("does not fire without the quantifier before the subject", () => {
    const us1BeforeUs2 = ["T002>T004", "T002>T005", "T003>T004", "T003>T005"];
    expect(twoStories("Everything in US2 relies on US1.")).toEqual(us1BeforeUs2);
    expect(twoStories("US2 relies on US1, and no task in it starts early.")).toEqual(us1BeforeUs2);
  });
});

describe("a story or phase that only says where a task is", () => {
  it("leaves the task alone as what is related", () => {
    expect(twoStories("US2 reuses only T003 from US1.")).toEqual(["T003>T004", "T003>T005"]);
    expect(twoStories("US2 réutilise T002 de US1.")).toEqual(["T002>T004", "T002>T005"]);
  });

  it("keeps a story that does not hold the task before it", () => {
    // T001 is a Setup task: "from US1" names a second thing, the whole story.
    expect(twoStories("US2 reuses T001 from US1.")).toEqual(
      expect.arrayContaining(["T002>T004", "T003>T005"]),
    );
  });
});

describe("Spanish, Portuguese, French and German relation words", () => {
  it.each([
    ["Spanish 'se apoya en'", "T004 se apoya en T001.", ["T001>T004"]],
    ["Portuguese 'assim que'", "T004 começa assim que T001 terminar.", ["T001>T004"]],
    ["French 'dès que'", "T004 démarre dès que T001 est fusionnée.", ["T001>T004"]],
    ["German 'setzt ... voraus'", "T004 setzt T001 voraus.", ["T001>T004"]],
    ["German 'erst nach'", "T005 erst nach T002.", ["T002>T005"]],
    ["German 'ist Voraussetzung für'", "T002 ist Voraussetzung für T005.", ["T002>T005"]],
    ["German 'blockiert'", "T003 blockiert T005.", ["T003>T005"]],
    ["German passive 'wird durch ... blockiert'", "T005 wird durch T003 blockiert.", ["T003>T005"]],
    ["German 'zuerst ..., danach'", "Also zuerst T004, danach T002.", ["T004>T002"]],
    ["Dutch 'daarna'", "Eerst T004, daarna T002.", ["T004>T002"]],
    // A word list tries the longer alternative when a shorter one ends inside a word ("do" / "dos").
    ["Portuguese 'depende dos'", "T004 depende dos modelos de T001.", ["T001>T004"]],
    ["Portuguese 'precisa apenas dos'", "T004 precisa apenas dos projetos de T001.", ["T001>T004"]],
    ["Russian 'использует'", "T004 использует форматтеры из T002.", ["T002>T004"]],
    ["Italian 'dipende da'", "T004 dipende da T001.", ["T001>T004"]],
    ["Italian 'prima di'", "T002 va completato prima di T005.", ["T002>T005"]],
    ["Dutch 'hangt af van'", "T004 hangt af van T001.", ["T001>T004"]],
    ["Dutch 'pas nadat'", "T005 begint pas nadat T003 klaar is.", ["T003>T005"]],
    ["Polish 'zależy od'", "T004 zależy od T001.", ["T001>T004"]],
    ["Polish 'blokuje'", "T003 blokuje T005.", ["T003>T005"]],
    ["Polish plural 'zależą od' (ą folds to a)", "T004 i T005 zależą od T001.", ["T001>T004", "T001>T005"]],
    ["Polish plural 'blokują'", "T002 i T003 blokują T005.", ["T002>T005", "T003>T005"]],
    ["Dutch 'moet vóór'", "T005 moet vóór T002 klaar zijn.", ["T005>T002"]],
    ["Swedish 'beror på'", "T004 beror på T001.", ["T001>T004"]],
    ["Indonesian 'bergantung pada'", "T004 bergantung pada T001.", ["T001>T004"]],
    ["a range with 'bis'", "T005 braucht T001 bis T003.", ["T001>T005", "T002>T005", "T003>T005"]],
    ["'nothing else but' still binding", "T005 needs T002 and nothing else.", ["T002>T005"]],
    ["Indonesian 'sebelum'", "T002 harus selesai sebelum T005 dimulai.", ["T002>T005"]],
    ["Indonesian 'dipakai oleh'", "T001 dipakai oleh T005.", ["T001>T005"]],
    ["Swedish 'innan'", "T002 måste vara klar innan T005 påbörjas.", ["T002>T005"]],
    ["Swedish 'blockeras av'", "T004 blockeras av T001.", ["T001>T004"]],
    ["Swedish 'krävs av'", "T001 och T002 krävs av T005.", ["T001>T005", "T002>T005"]],
  ])("reads %s", (_, sentence, expected) => {
    expect(said(sentence)).toEqual(expected);
  });

  it("takes a singular participle's object as the one task after it", () => {
    // "Once T001 is done, T002 and T003 can run at once": not "once T001, T002 ... are done".
    const got = said("Una vez completada T001, T002, T003 y T004 pueden avanzar a la vez.");
    expect(got).toEqual(expect.arrayContaining(["T001>T002", "T001>T003"]));
    expect(got.filter((p) => !p.startsWith("T001>"))).toEqual([]);
  });

  it("reads German parallel words and a denial as no order", () => {
    const notes =
      "## Notes\n\n- T002 kann parallel zu T003 laufen.\n- T004 hängt von keiner anderen Aufgabe ab.\n";
    expect(pairs(serial(["T001", "T002", "T003", "T004"], notes), "order")).not.toContain("T002>T003");
    expect(said("T004 hängt von keiner anderen Aufgabe ab.")).toEqual([]);
    // Must not fire: "ist auf" without the participle is a place ("is on the server").
    expect(said("T004 ist auf dem Server von T002.")).toEqual([]);
  });
});

describe("positions and numbered lists", () => {
  it("reads a position before words of parallel work, and 'last in its phase'", () => {
    expect(said("T001 first, the rest of the phase in any order.")).toEqual([
      "T001>T002",
      "T001>T003",
      "T001>T004",
      "T001>T005",
    ]);
    expect(said("T005 goes last in its phase.")).toEqual([
      "T001>T005",
      "T002>T005",
      "T003>T005",
      "T004>T005",
    ]);
    // Must not fire: "first" of something else, and a phase other than its own.
    expect(said("T005 handles the first request.")).toEqual([]);
  });

  const kiro = (note: string): string =>
    [
      "# Plan",
      "",
      "- [ ] 1. Base",
      "  - [ ] 1.1 Create the project in app/main.py",
      "  - [ ] 1.2 Create the model in app/model.py",
      `    - ${note}`,
      "    - _Requirements: 1.1_",
      "",
    ].join("\n");
  const edgesOf = (text: string): string[] =>
    detectDependencies(parseTaskList({ kind: "file", path: "tasks.md", text })).edges.map(
      (e) => `${e.from}>${e.to}`,
    );

  it.each([["Depende da 1.1"], ["Setzt 1.1 voraus"], ["Erst nach 1.1"], ["Nutzt das Projekt aus 1.1"]])(
    "reads a bare sub-task number after a relation word in a numbered list's notes: %s",
    (note) => {
      expect(edgesOf(kiro(note))).toEqual(["1.1>1.2"]);
    },
  );

  it("leaves requirement numbers and versions alone", () => {
    expect(edgesOf(kiro("Runs on Python 3.12"))).toEqual([]);
    expect(edgesOf(kiro("Benötigt Python 3.12"))).toEqual([]);
  });
});

describe("a singular participle opening the sentence with its one object", () => {
  it("ends the opening at the comma after that object, so the whole list after it is the subject", () => {
    expect(said("Una vez acabada T001, T002, T003 y T004 se pueden hacer en paralelo.")).toEqual([
      "T001>T002",
      "T001>T003",
      "T001>T004",
    ]);
  });

  it("still ends an opening clause with a verb of its own at its comma", () => {
    expect(said("Once T001 is done, T002, T003 and T004 can run in parallel.")).toEqual([
      "T001>T002",
      "T001>T003",
      "T001>T004",
    ]);
  });
});

describe("'following' as a word of time, and prerequisites named short", () => {
  it("reads 'Following T001, ...' as 'After T001, ...', and 'prereq' as 'prerequisite'", () => {
    expect(said("Following T001, T002 can start.")).toEqual(["T001>T002"]);
    expect(said("T001 is a prereq for T003.")).toEqual(["T001>T003"]);
    expect(said("T004 prerequisites: T001 and T002.")).toEqual(["T001>T004", "T002>T004"]);
  });

  it("reads no relation from 'the following' or from prerequisites of no task", () => {
    expect(said("The following tasks touch the schema: T001, T002.")).toEqual([]);
    expect(said("After the story prerequisites: T002, T003 all at once.")).toEqual([]);
  });
});
