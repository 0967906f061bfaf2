import { describe, expect, it } from "vitest";
import { saidUnder } from "./plan-helpers.js";

// Five [P] tasks, T001 to T005, and one bullet under a "Order" heading.
const said = saidUnder("Phase 1: Work", "Order");

describe("a thing holding, or made of, what another task makes", () => {
  it("puts the task that makes the thing first", () => {
    expect(said("The `Invoice` of T004 holds a `Currency` from T001 and a `TaxRule` from T002.")).toEqual([
      "T001>T004",
      "T002>T004",
    ]);
    expect(said("`Digest` (T005) is computed over T003's `Period` with the `Weights` of T001.")).toEqual([
      "T001>T005",
      "T003>T005",
    ]);
    expect(said("The cache of T005 stores the tokens of T002.")).toEqual(["T002>T005"]);
    expect(said("The ledger view (T004) is derived from T003.")).toEqual(["T003>T004"]);
  });

  it("reads each clause of a list of such things with its own subject", () => {
    const sentence =
      "`Order` (T003) holds a `Cart` from T001, `Receipt` (T004) stores the `Order` values of T003, and `Report` (T005) is computed over T002's `Range`.";
    expect(said(sentence)).toEqual(["T001>T003", "T002>T005", "T003>T004"]);
  });

  it("relates nothing when the thing is not said to come from a task", () => {
    expect(said("T004 holds a lock on the table while T002 runs.")).toEqual([]);
    expect(said("T004 contains three fields, unlike T002.")).toEqual([]);
    expect(said("The same holds for T004 and T002.")).toEqual([]);
    expect(said("The total of T004 is computed over all rows, as in T002.")).toEqual([]);
  });
});

describe("an article after a verb is no conjunction", () => {
  it("keeps the object of 'uses a ...' in its clause", () => {
    expect(said("T004 uses a client from T001, and T005 uses T002.")).toEqual(["T001>T004", "T002>T005"]);
    expect(said("T004 needs a schema from T001 and a seed from T002, T005 needs T003.")).toEqual([
      "T001>T004",
      "T002>T004",
      "T003>T005",
    ]);
  });

  it("still splits at the Czech 'a' between two clauses", () => {
    expect(said("T004 závisí na T001 a T005 závisí na T002.")).toEqual(["T001>T004", "T002>T005"]);
  });
});

describe("French 'avoir besoin de'", () => {
  it("reads it as a need, and its negation as none", () => {
    expect(said("T004 a besoin de T001 et T005 a besoin de T002.")).toEqual(["T001>T004", "T002>T005"]);
    expect(said("T004 n'a pas besoin de T001.")).toEqual([]);
  });
});

describe("working through what another task makes", () => {
  it("puts the task that makes the instrument first", () => {
    expect(said("T004 writes each row through the `Store` of T001.")).toEqual(["T001>T004"]);
    expect(said("T005 sends the ping via T002's client.")).toEqual(["T002>T005"]);
  });

  it("relates nothing when the instrument is not said to come from a task", () => {
    expect(said("T004 walks through the files of the repository.")).toEqual([]);
    expect(said("T004 goes through review.")).toEqual([]);
  });
});
