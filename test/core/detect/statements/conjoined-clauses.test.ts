import { describe, expect, it } from "vitest";
import { kiroNotes, pairs, saidUnder, serial, twoStories } from "./plan-helpers.js";

// Five [P] tasks, T001 to T005, and one bullet under a "Sequencing" heading.
const said = saidUnder("Phase 1: Work", "Sequencing");

/** Five unmarked tasks in one phase (listing order chains them) and one bullet of notes. */
const chained = (sentence: string): string[] =>
  pairs(serial(["T001", "T002", "T003", "T004", "T005"], `## Notes\n\n- ${sentence}\n`)).sort();

describe("a clause after a conjunction that opens with its own word of time", () => {
  it("relates the subject after its comma, not the subject before the conjunction", () => {
    expect(said("T004 requires T001, but after T002, T005 can go ahead.")).toEqual([
      "T001>T004",
      "T002>T005",
    ]);
    expect(said("T004 requires T001, and once T002 has landed, T005 starts.")).toEqual([
      "T001>T004",
      "T002>T005",
    ]);
    expect(said("After T001, T003 starts, and after T002, T005 starts.")).toEqual(["T001>T003", "T002>T005"]);
  });

  it("still shares the subject when the clause has no subject of its own", () => {
    expect(said("T005 requires T001, and after that nothing else.")).toEqual(["T001>T005"]);
    expect(said("T005 requires T001 and comes after T002.")).toEqual(["T001>T005", "T002>T005"]);
  });
});

describe("a task given its own position after 'and'", () => {
  it("is the subject of its own clause, not one more object", () => {
    expect(said("T004 waits for T001 and T005 goes last.")).toEqual(["T001>T004"]);
    expect(said("T003 comes after T001, and T005 is the very last task of the feature.")).toEqual([
      "T001>T003",
    ]);
  });

  it("leaves a bare 'first' said of the whole clause", () => {
    expect(said("T004 waits for T001 and T002 first.")).toEqual(["T001>T004", "T002>T004"]);
  });
});

describe("a task said to have to be finished", () => {
  const notes = kiroNotes("Plan", [["1. Work", ["1.1 Client", "1.2 Queue", "1.3 Transport"]]]);

  it("comes before the task whose text says so", () => {
    expect(notes("1.3", "Wraps the 1.1 client, so 1.1 has to be in as well.")).toEqual(["1.1>1.3"]);
    expect(notes("1.3", "1.2 must be merged first.")).toEqual(["1.2>1.3"]);
    expect(notes("1.3", "1.2 has to be in place beforehand.")).toEqual(["1.2>1.3"]);
    expect(notes("1.3", "1.1 must be ready before this one.")).toEqual(["1.1>1.3"]);
    // An adverb of addition before the verb, or two after it, changes nothing.
    expect(notes("1.3", "1.2 also has to be merged first.")).toEqual(["1.2>1.3"]);
    expect(notes("1.3", "1.2 has to be merged first too.")).toEqual(["1.2>1.3"]);
    // Must not fire: "ready" said of a thing, not of a task.
    expect(notes("1.3", "The queue must be ready beforehand.")).toEqual([]);
  });

  it("leaves a clause that goes on to its own relation alone", () => {
    expect(said("T004 must be done before T005.")).toEqual(["T004>T005"]);
    expect(said("T004 has to be merged first.")).toEqual([]);
  });
});

describe("'or' between two tasks at the end of a sentence", () => {
  it("only lists them: the sentence still binds", () => {
    expect(said("T005 waits for T002 or T003.")).toEqual(["T002>T005", "T003>T005"]);
  });

  it("denies both when negated", () => {
    const edges = chained("T005 does not wait for T003 or T004.");
    expect(edges).not.toContain("T003>T005");
    expect(edges).not.toContain("T004>T005");
  });

  it("only lists them after 'either' too", () => {
    expect(said("T005 waits for either T002 or T003.")).toEqual(["T002>T005", "T003>T005"]);
  });

  it("still offers an alternative between two ways of working or two clauses", () => {
    expect(said("T005 waits for T002, or runs alone.")).toEqual([]);
    expect(said("Either T004 waits for T001, or T005 does.")).toEqual([]);
  });
});

describe("an opening exception that states a relation of its own", () => {
  it("reads that relation and carves its owner out of the rest", () => {
    const edges = chained("Apart from T005's wait on T002, none of T004 and T005 waits for T003.");
    expect(edges).toContain("T002>T005");
    expect(edges).not.toContain("T003>T004");
    // T005 is the exception: the denial does not take back its listing order.
    expect(edges).toContain("T004>T005");
  });

  it("lends nothing of the exception to the sentence's subject", () => {
    expect(said("Except for T005's dependency on T001, T003 and T004 are free to start.")).toEqual([
      "T001>T005",
    ]);
  });
});

describe("'both' or 'them' after a comma", () => {
  it("stands for the tasks an earlier clause of the sentence named together", () => {
    expect(said("T002 and T003 read the schema, so T005 goes after both.")).toEqual([
      "T002>T005",
      "T003>T005",
    ]);
  });

  it("stands for them after a conjunction too", () => {
    expect(said("T005 builds either T002 or T003 and therefore needs both.")).toEqual([
      "T002>T005",
      "T003>T005",
    ]);
  });

  it("stands for the sentence before's tasks when its own sentence named none together", () => {
    expect(said("T004 needs T001, so T005 goes after both.")).toEqual(["T001>T004"]);
  });
});

describe("'it' opening a clause of a task's own text", () => {
  const notes = kiroNotes("Plan", [["1. Work", ["1.1 Store", "1.2 Handler", "1.3 Ping", "1.4 Contract"]]]);

  it("is the task, after a clause about other tasks", () => {
    expect(
      notes("1.4", "1.2 and 1.3 are written against this contract, so it is merged before either of them."),
    ).toEqual(["1.4>1.2", "1.4>1.3"]);
  });

  it("is nothing but the task: a task the clause names keeps its place", () => {
    expect(notes("1.4", "It is merged before 1.2.")).toEqual(["1.4>1.2"]);
    expect(notes("1.4", "1.2 reads the contract; it has no other reader.")).toEqual(["1.2>1.4"]);
  });
});

describe("a verb phrase joined by 'and' without a subject of its own", () => {
  it("shares the subject the clause opens with, not the first verb's object", () => {
    expect(said("T005 copies the schema from T001 and is merged only after T003.")).toEqual(["T003>T005"]);
    expect(said("T004 wraps what T002 exports but has to wait for T003.")).toEqual(["T003>T004"]);
    expect(said("T004 wraps the client T001 ships, and comes after T002.")).toEqual(["T002>T004"]);
  });

  it("leaves a list, a subject of its own and a relative clause as they were", () => {
    expect(said("T004 and T005 must wait for T003.")).toEqual(["T003>T004", "T003>T005"]);
    expect(said("T005 copies the schema from T002 and the mapper must wait for T003.")).toEqual([
      "T003>T002",
      "T003>T005",
    ]);
    expect(said("T005, which reuses T001, must wait for T003.")).toEqual(["T001>T005", "T003>T005"]);
  });
});

describe("a clause opening with 'that' after a comma", () => {
  it("speaks of the name just before it, as one opening with 'which' does", () => {
    expect(twoStories("US2 can run in parallel with US1, except T005, that needs T003.")).toEqual([
      "T003>T005",
    ]);
    expect(twoStories("US2 can run in parallel with US1, except T005, which needs T003.")).toEqual([
      "T003>T005",
    ]);
  });

  it("lets a clause with a subject of its own keep it", () => {
    expect(twoStories("US2 can run in parallel with US1, except T005, that said T004 needs T002.")).toEqual([
      "T002>T004",
    ]);
  });
});

describe("a time clause set off by commas after a clause", () => {
  it("belongs to that clause when the next clause is joined by 'and'", () => {
    expect(said("T004 is written, once T001 is merged, and T005 only after T002.")).toEqual([
      "T001>T004",
      "T002>T005",
    ]);
  });

  it("still opens the clause after its comma when nothing joins it, or when it opens the sentence", () => {
    expect(said("T004 needs T002, but once T001 is merged, T005 can start.")).toEqual([
      "T001>T005",
      "T002>T004",
    ]);
    expect(said("Once T001 is merged, T005 starts.")).toEqual(["T001>T005"]);
  });
});

describe("a conjunct joined by a comma and 'and' right before the relation word", () => {
  it("is the word's own clause: its list is the subject", () => {
    expect(said("T002 is written, and T005 only after T001.")).toEqual(["T001>T005"]);
    expect(said("T003 goes in early, and T004 after T002.")).toEqual(["T002>T004"]);
  });

  it("leaves a list with a serial comma whole", () => {
    expect(said("T002, T003, and T005 only after T001.")).toEqual(["T001>T002", "T001>T003", "T001>T005"]);
  });
});

describe("a clause of consequence", () => {
  it("opens a clause of its own in Spanish, Italian, Dutch and Polish", () => {
    expect(
      said(
        "La tabla 12 de T004 cuelga de la 11 de T002, por lo que T004 no puede empezar hasta que T002 esté terminada.",
      ),
    ).toEqual(["T002>T004"]);
    expect(said("Solo T004 aspetta T002, quindi il resto può partire prima che T002 sia unito.")).toEqual([
      "T002>T004",
    ]);
    expect(said("Alleen T004 wacht op T002, dus de rest kan beginnen voordat T002 gemerged is.")).toEqual([
      "T002>T004",
    ]);
    expect(said("Schemat T004 rozszerza schemat T002, więc T004 czeka na T002.")).toEqual(["T002>T004"]);
  });

  it("leaves the same word inside its clause alone, after a verb or in a file name", () => {
    expect(said("T004 czeka więc na T002, a T005 na T003.")).toEqual(["T002>T004", "T003>T005"]);
    expect(said("T004 regenerates api/train.proto and waits for T002.")).toEqual(["T002>T004"]);
  });
});
