import { describe, expect, it } from "vitest";
import { onePerPhase, saidUnder } from "./plan-helpers.js";

const said = saidUnder("Φάση 1: Εργασία", "Σημειώσεις");

/** Setup, foundation, two stories and polish; `note` is a bullet of the dependency section. */
const phases = onePerPhase(
  [
    "Φάση 1: Προετοιμασία",
    "Φάση 2: Θεμελίωση",
    "Φάση 3: Ιστορία Χρήστη 1 - Παραγγελίες (Προτεραιότητα: P1)",
    "Φάση 4: Ιστορία Χρήστη 2 - Επιστροφές (Προτεραιότητα: P2)",
    "Φάση 5: Βελτιώσεις",
  ],
  "Εξαρτήσεις",
);

describe("Greek statements", () => {
  it.each([
    [
      "εξαρτάται από (depends on), with και (and)",
      "Η T004 εξαρτάται από την T001 και την T002.",
      ["T001>T004", "T002>T004"],
    ],
    ["χρειάζεται (needs)", "Η T005 χρειάζεται την T003.", ["T003>T005"]],
    ["περιμένει (waits for)", "Η T005 περιμένει την T002.", ["T002>T005"]],
    ["μετά από (after)", "Η T004 γράφεται μετά από την T001.", ["T001>T004"]],
    ["μόλις (as soon as)", "Η T005 ξεκινά μόλις γίνει merge η T003.", ["T003>T005"]],
    ["πριν από (before)", "Η T002 πρέπει να κλείσει πριν από την T005.", ["T002>T005"]],
    ["μπλοκάρει (blocks)", "Η T001 μπλοκάρει την T004 και την T005.", ["T001>T004", "T001>T005"]],
    // "όχι" (not) turns a word of time round, as "not before" does: T005 after both.
    ["όχι πριν (not before)", "Η T005 όχι πριν κλείσουν οι T002 και T003.", ["T002>T005", "T003>T005"]],
    [
      "an opening 'from' that only says where the object is",
      "T005: από την T001 χρειάζεται μόνο την T003.",
      ["T003>T005"],
    ],
  ])("reads %s", (_, sentence, expected) => {
    expect(said(sentence)).toEqual(expected);
  });

  it("reads a pronoun after a word of time as the other task the sentence named", () => {
    // Greek drops the subject: "αυτήν" in a clause without one is not T004 but T002; "εκείνη" (that one)
    // is the task last named; the comma of "ό,τι" (whatever) ends no clause.
    expect(said("Η T004 αλλάζει το ίδιο αρχείο με την T002, άρα μπαίνει μετά από αυτήν.")).toEqual([
      "T002>T004",
    ]);
    expect(said("Η T004 συνδέει ό,τι έφτιαξε η T002, οπότε γράφεται μετά από εκείνη.")).toEqual([
      "T002>T004",
    ]);
    // Must not fire: a clause with a subject of its own keeps "αυτήν" for the earlier clause's subject.
    expect(said("Η T004 διαβάζει την T002, αλλά η T005 μπαίνει πριν από αυτήν.")).toEqual(["T005>T004"]);
  });

  it("does not fire on denials, suggestions, alternatives or where a task is written", () => {
    expect(said("Η T004 δεν εξαρτάται από την T002.")).toEqual([]);
    // "όχι μόνο" (not only) denies nothing.
    expect(said("Η T004 όχι μόνο χρειάζεται την T002.")).toEqual(["T002>T004"]);
    expect(said("Θα μπορούσε η T005 να περιμένει την T001, αλλά δεν είναι απαραίτητο.")).toEqual([]);
    expect(said("Εναλλακτικά, η T004 γράφεται μετά την T003.")).toEqual([]);
    expect(said("Αν μείνει χρόνος, η T004 μετά την T003.")).toEqual([]);
    // "μετά" inside "μεταφορά" (transfer) is no word of time.
    expect(said("Η T004 κάνει τη μεταφορά της T002.")).toEqual([]);
    // "written after T003" says where T004 stands in the list.
    expect(said("Η T004 είναι γραμμένη μετά την T003.")).toEqual([]);
  });

  it("reads phases, stories and roles from the headings and the prose", () => {
    const stories = ["T001>T002", "T002>T003", "T002>T004", "T003>T005", "T004>T005"];
    expect(phases("Η Φάση 2 ξεκινά όταν κλείσει η Φάση 1 και μπλοκάρει όλες τις ιστορίες χρήστη.")).toEqual(
      stories,
    );
    expect(phases("Η US2 ξεκινά μόνο όταν κλείσει η US1.")).toContain("T003>T004");
    expect(phases("Όταν ολοκληρωθεί η US1, ξεκινά η US2.")).toContain("T003>T004");
    expect(phases("Οι US1 και US2 είναι ανεξάρτητες μεταξύ τους.")).not.toContain("T003>T004");
  });

  it("ends a sentence at the raised dot, Greek's semicolon", () => {
    expect(said("Η T004 ξεκινά μετά την T001· η T005 ανεξάρτητη από την T002.")).toEqual(["T001>T004"]);
  });
});
