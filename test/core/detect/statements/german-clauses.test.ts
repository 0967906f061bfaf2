import { describe, expect, it } from "vitest";
import { detect, kiroNotes, kiroPlan, pairs, saidUnder, serial } from "./plan-helpers.js";

// Five [P] tasks, T001 to T005, and one bullet under a "Reihenfolge" heading.
const said = saidUnder("Phase 1: Work", "Reihenfolge");

describe("German clauses of time", () => {
  it("reads 'erst wenn' and a 'wenn' with a finished state as a start set by another's end", () => {
    expect(said("Erst wenn T001 fertig ist, können T003 und T004 beginnen.")).toEqual([
      "T001>T003",
      "T001>T004",
    ]);
    expect(said("T004 legt los, wenn T002 abgeschlossen ist.")).toEqual(["T002>T004"]);
  });

  it("reads a 'wenn' whose clause ends in a verb of being in place, not one that reports what a task says", () => {
    expect(said("T005 kommt dran, wenn die Schnittstelle aus T003 steht.")).toEqual(["T003>T005"]);
    expect(said("T004 wird gebaut, wenn der Entwurf von T001 vorliegt.")).toEqual(["T001>T004"]);
    expect(said("T004 bleibt aus, wenn in T001 steht, dass die Tabelle entfällt.")).toEqual([]);
    expect(said("T004 darf starten, wenn T001 noch läuft.")).toEqual([]);
  });

  it("reads an opening 'Da ...,' as a cause, so the pronoun after the verb is its subject", () => {
    expect(said("Da T004 denselben Controller wie T002 ändert, kommt es nach T002.")).toEqual(["T002>T004"]);
    // "da" (there) inside a clause opens no cause.
    expect(said("T005 kommt da nach T002.")).toEqual(["T002>T005"]);
  });

  it("reads 'bevor' as before, and its negation as a wait", () => {
    expect(said("T002 muss gemergt sein, bevor T005 beginnt.")).toEqual(["T002>T005"]);
    expect(said("T005 fängt nicht an, bevor T003 fertig ist.")).toEqual(["T003>T005"]);
    expect(
      said("T004 fängt erst an, wenn T002 abgeschlossen ist, und muss fertig sein, bevor T005 beginnt."),
    ).toEqual(["T002>T004", "T004>T005"]);
  });

  it("reads 'folgt auf' as follows", () => {
    expect(said("T003 folgt auf T001.")).toEqual(["T001>T003"]);
  });

  it("reads no time from a 'wenn' of condition, nor from advice", () => {
    expect(said("T004 startet, wenn das Team Zeit hat.")).toEqual([]);
    expect(said("Wenn du allein arbeitest, mach T002 vor T004.")).toEqual([]);
    expect(said("Für ein kleines Team empfiehlt sich T002 vor T004.")).toEqual([]);
  });
});

describe("a clause of cause after the statement", () => {
  it("ends the statement's object, and its 'or' offers no alternative", () => {
    expect(
      said("Bevor T004 startet, muss T002 gemergt sein, denn die Seiten bauen auf dem Dienst auf."),
    ).toEqual(["T002>T004"]);
    expect(
      said("Erst wenn T001 fertig ist, kann T003 beginnen, denn beide lesen oder schreiben die Tabelle."),
    ).toEqual(["T001>T003"]);
  });

  it("sets aside only a cause: a hedge in a consequence still hedges the sentence", () => {
    expect(said("T003 needs T001, so T004 could wait for T002.")).toEqual([]);
  });
});

describe("a coordinated clause that leaves out its verb", () => {
  it("reads the subject before the repeated preposition as a clause of its own", () => {
    expect(said("T004 waits for T001, and T005 for T002.")).toEqual(["T001>T004", "T002>T005"]);
    expect(said("T004 wartet auf T001 und T005 auf T002.")).toEqual(["T001>T004", "T002>T005"]);
    expect(said("T004 depends on T001 and T005 on the shared schema.")).toEqual(["T001>T004"]);
  });

  it("reads the Dutch 'en' and the Swedish 'och' before such a clause, and only there", () => {
    expect(said("T004 wacht op T001 en T005 op T002.")).toEqual(["T001>T004", "T002>T005"]);
    expect(said("T004 väntar på T001 och T005 på T002.")).toEqual(["T001>T004", "T002>T005"]);
    // Spanish "en" is "in".
    expect(said("T005 depende de T001 en T002.")).toEqual(["T001>T005", "T002>T005"]);
  });

  it("keeps a list of objects one list", () => {
    expect(said("T004 waits for T001 and T002.")).toEqual(["T001>T004", "T002>T004"]);
  });
});

describe("a clause that shares the subject before it", () => {
  it("takes no subject from after its object", () => {
    expect(said("T005 schließt sich an, sobald T002 steht, und kann neben T003 laufen.")).toEqual([
      "T002>T005",
    ]);
    expect(said("T005 starts once T002 is in, and can run next to T003.")).toEqual(["T002>T005"]);
  });

  it("still reads an opening clause of time before a subject of its own", () => {
    expect(said("After T002 is in, T005 can run next to T003.")).toEqual(["T002>T005"]);
    expect(said("T005 kann neben T003 laufen, sobald T002 steht.")).toEqual(["T002>T005"]);
  });
});

describe("running beside", () => {
  const unmarked = (sentence: string): string =>
    serial(["T001", "T002", "T003", "T004"], `## Reihenfolge\n\n- ${sentence}\n`);

  it.each([
    ["English", "T003 can run next to T002."],
    ["German", "T003 kann neben T002 laufen."],
  ])("frees two tasks from their listing order in %s", (_, sentence) => {
    expect(pairs(unmarked(sentence), "order")).not.toContain("T002>T003");
  });

  it("claims nothing with 'neben' alone, which is 'besides'", () => {
    expect(pairs(unmarked("Neben T001 braucht T003 auch T002."), "order")).toContain("T002>T003");
    expect(pairs(unmarked("The summary sits next to T002."), "order")).toContain("T002>T003");
  });
});

describe("a phrase a verb-second clause opens with", () => {
  it("is not the subject: the subject comes after the verb", () => {
    // Read backwards before: T003 and T004 waited for T005.
    expect(said("Von T003 und T004 braucht T005 nur T004.")).not.toContain("T005>T003");
    expect(said("Neben T001 braucht T005 auch T002.")).not.toContain("T005>T001");
  });
});

describe("a sufficient condition", () => {
  it.each([
    ["English", "T005 needs neither of them; it is enough that T002 is merged."],
    ["German", "T005 hängt von keiner der beiden ab; es genügt, dass T002 fertig ist."],
    ["French", "T005 ne dépend d'aucune des deux ; il suffit que T002 soit fusionnée."],
  ])("names what the subject before it waits for, in %s", (_, sentence) => {
    expect(said(sentence)).toEqual(["T002>T005"]);
  });

  it("relates nothing without a subject to wait", () => {
    expect(said("It is enough that one reviewer approves T002.")).toEqual([]);
  });
});

describe("a proviso", () => {
  it.each([
    ["English", "T005 is free to start whenever, as long as T002 is merged."],
    ["English", "T005 can ship at any point provided that T002 is in main."],
    ["Spanish", "T005 puede arrancar cuando quieras, siempre y cuando T002 esté integrada."],
    ["Portuguese", "T005 pode começar quando for, contanto que T002 esteja na main."],
    ["French", "T005 peut partir à tout moment, pourvu que T002 soit fusionnée."],
    ["Italian", "T005 può partire quando vuoi, purché T002 sia già unita."],
    ["German", "T005 darf jederzeit los, vorausgesetzt, dass T002 gemergt ist."],
  ])("names what the subject before it waits for, in %s", (_, sentence) => {
    expect(said(sentence)).toEqual(["T002>T005"]);
  });

  it("is no length of time", () => {
    expect(said("T005 takes roughly as long as T002.")).toEqual([]);
    expect(said("T005 runs for as long as T002 keeps the lock.")).toEqual([]);
  });
});

describe("Dutch verbs with their particle or adverb apart", () => {
  it("reads 'hangt van ... af' and 'wacht (alleen) op', and their negations as none", () => {
    expect(said("T005 hangt van T002 af.")).toEqual(["T002>T005"]);
    expect(said("T005 wacht alleen op T003.")).toEqual(["T003>T005"]);
    expect(said("T005 hangt niet van T002 af.")).toEqual([]);
    expect(said("T005 wacht niet op T003.")).toEqual([]);
  });
});

describe("a verb-second modal after an opening phrase of time", () => {
  it.each([
    ["German", "Nach T002 kann T005 beginnen."],
    ["Dutch", "Na T002 kunnen T004 en T005 beginnen."],
    ["Swedish", "Efter T002 kan T004 och T005 börja."],
  ])("puts the subject after the modal, in %s", (_, sentence) => {
    expect(said(sentence)).toEqual(expect.arrayContaining(["T002>T005"]));
    expect(said(sentence)).not.toContain("T004>T005");
  });

  it("takes no subject from a verb that is no modal", () => {
    expect(said("Nach T002 braucht T005 nichts mehr.")).not.toContain("T005>T002");
  });
});

describe("German waits and their denials", () => {
  it("reads 'wartet nicht auf' as a denial, not as a wait", () => {
    expect(said("T004 wartet nicht auf T002.")).toEqual([]);
    expect(
      pairs(
        serial(["T001", "T002", "T003"], "## Reihenfolge\n\n- T003 wartet aber nicht auf T002.\n"),
        "order",
      ),
    ).toEqual(["T001>T002", "T001>T003"]);
    expect(said("T004 wartet auf T002.")).toEqual(["T002>T004"]);
  });

  it("keeps 'erst' with the subordinate clause the comma sets off ('erst, nachdem')", () => {
    expect(said("T004 kommt nach T001, und T005 erst, nachdem T002 gelaufen ist.")).toEqual([
      "T001>T004",
      "T002>T005",
    ]);
  });
});

describe("German words of a sub-task's notes", () => {
  const notes = kiroNotes("Umsetzungsplan", [
    ["1. Basis", ["1.1 Schema in db/schema.sql", "1.2 Vertrag in api/vertrag.yaml"]],
    ["2. Dienste", ["2.1 Kunde in src/kunde.kt", "2.2 Tarif in src/tarif.kt", "2.3 Rabatt in src/rabatt.kt"]],
  ]);

  it("reads 'im Anschluss an', a 'Voraussetzung:' label, 'über' and 'mittels', and 'wie in ... festgelegt'", () => {
    expect(notes("2.3", "Im Anschluss an 2.1 und 2.2")).toEqual(["2.1>2.3", "2.2>2.3"]);
    expect(notes("2.3", "Voraussetzung: 2.1 ist grün")).toEqual(["2.1>2.3"]);
    expect(notes("2.3", "Bucht den Rabatt über 2.1")).toEqual(["2.1>2.3"]);
    expect(notes("2.3", "Prüft die Tarife mittels 2.2")).toEqual(["2.2>2.3"]);
    expect(notes("2.3", "Felder und Fehler wie in 2.1 festgelegt")).toEqual(["2.1>2.3"]);
    // ... and the English "via"
    expect(notes("2.3", "Books the discount via 2.1")).toEqual(["2.1>2.3"]);
  });

  it("reads every condition after a prerequisite label as needed, a comma and 'und' between them", () => {
    expect(notes("2.3", "Voraussetzung: 2.1 ist grün, und die Tabelle aus 2.2 ist eingespielt")).toEqual([
      "2.1>2.3",
      "2.2>2.3",
    ]);
    expect(notes("2.3", "Prerequisite: 2.1 is green, and 2.2 is deployed")).toEqual(["2.1>2.3", "2.2>2.3"]);
    // Without a task before the label, the second condition is no subject the first waits for.
    expect(said("Prerequisite: T002 is green, and T003 is deployed.")).toEqual([]);
  });

  it("reads the object of 'setzt ... voraus' with words after it inside the bracket", () => {
    expect(notes("2.3", "Setzt die Endpunkte 2.1 und 2.2 samt Absicherung voraus")).toEqual([
      "2.1>2.3",
      "2.2>2.3",
    ]);
    expect(notes("2.3", "Setzt 2.1 voraus")).toEqual(["2.1>2.3"]);
  });

  it("takes every reference between 'setzt' and 'voraus' as the object, however many phrases it has", () => {
    // The bracket opens on the finite verb: a phrase of source ("aus 1.2") or a gloss does not split it.
    expect(notes("2.3", "Setzt die Dienste 2.1 und 2.2 samt dem Vertrag aus 1.2 voraus")).toEqual([
      "1.2>2.3",
      "2.1>2.3",
      "2.2>2.3",
    ]);
    expect(notes("2.3", "Setzt den Tarif (2.2) und das Schema (1.1) voraus")).toEqual(["1.1>2.3", "2.2>2.3"]);
    // What follows the particle is outside the bracket.
    expect(notes("2.3", "Setzt 2.1 voraus, nicht aber 2.2")).toEqual(["2.1>2.3"]);
  });

  it("finds the subject of 'setzt ... voraus' before the verb, or right after it when a phrase opens the clause", () => {
    const read = (sentence: string): string[] =>
      detect(
        `${kiroPlan("Umsetzungsplan", [
          ["1. Basis", ["1.1 Schema in db/schema.sql", "1.2 Vertrag in api/vertrag.yaml"]],
          [
            "2. Dienste",
            ["2.1 Kunde in src/kunde.kt", "2.2 Tarif in src/tarif.kt", "2.3 Rabatt in src/rabatt.kt"],
          ],
        ])}\n## Abhängigkeiten\n\n- ${sentence}\n`,
      )
        .edges.filter((e) => e.origin === "statement")
        .map((e) => `${e.from}>${e.to}`)
        .sort();
    expect(read("2.3 setzt den Kunden 2.1 samt dem Vertrag aus 1.2 voraus.")).toEqual(["1.2>2.3", "2.1>2.3"]);
    expect(read("Danach setzt 2.3 das Schema aus 1.1 voraus.")).toEqual(["1.1>2.3"]);
  });

  it("leaves a comparison, 'über ... hinaus' and a section of another document alone", () => {
    expect(notes("2.3", "Fehlerbehandlung wie in 2.1")).toEqual([]);
    expect(notes("2.3", "Geht nicht über 2.1 hinaus")).toEqual([]);
    expect(notes("2.3", "Felder nach Abschnitt 1 des Entwurfs")).toEqual([]);
    expect(notes("2.3", "Felder erst nach Abschnitt 1")).toEqual(["1.1>2.3", "1.2>2.3"]);
    expect(notes("2.3", "Fields after section 1 of the design")).toEqual([]);
  });

  it("reads 'erst, wenn' with its comma as 'erst wenn', after a subject with an aside", () => {
    const plan = `${kiroPlan("Umsetzungsplan", [
      ["1. Basis", ["1.1 Schema in db/schema.sql"]],
      ["2. Dienste", ["2.1 Kunde in src/kunde.kt", "2.2 Tarif in src/tarif.kt"]],
      ["3. Oberfläche", ["3.1 Liste in ui/liste.tsx", "3.2 Maske in ui/maske.tsx"]],
    ])}\n## Abhängigkeiten\n\n- Die Oberfläche (Gruppe 3) beginnt erst, wenn die Dienste 2.1–2.2 stehen.\n`;
    const read = detect(plan)
      .edges.filter((e) => e.origin === "statement")
      .map((e) => `${e.from}>${e.to}`);
    expect(read.sort()).toEqual(["2.1>3.1", "2.1>3.2", "2.2>3.1", "2.2>3.2"]);
  });
});
