import { describe, expect, it } from "vitest";
import { detect } from "./plan-helpers.js";

// A tracker export: keyed tasks under "Milestone N" headings, no [P] markers, `note` at the end.
const board = (note: string): string =>
  [
    "# Payments rollout",
    "",
    "## Milestone 1 — Ledger",
    "",
    "- [ ] PAY-1 Ledger tables in db/ledger.sql",
    "- [ ] PAY-2 Ledger repository in pkg/ledger/repo.go",
    "",
    "## Milestone 2 — Payouts",
    "",
    "- [ ] PAY-3 Payout scheduler in pkg/payout/scheduler.go",
    "",
    "## Milestone 3 — Reports",
    "",
    "- [ ] PAY-4 Monthly report in pkg/report/monthly.go",
    "- [ ] PAY-5 Report export in pkg/report/export.go",
    "",
    "## Order",
    "",
    note,
    "",
  ].join("\n");

const statementEdges = (note: string): string[] =>
  detect(board(note))
    .edges.filter((e) => e.origin === "statement")
    .map((e) => `${e.from}>${e.to}`)
    .sort();

describe("sections a list counts with a word and a number", () => {
  it("reads 'Milestone 3' as the tasks under that heading", () => {
    expect(statementEdges("Milestone 3 waits for Milestone 1.")).toEqual([
      "PAY-1>PAY-4",
      "PAY-1>PAY-5",
      "PAY-2>PAY-4",
      "PAY-2>PAY-5",
    ]);
  });

  it("reads plurals, ranges and lower case", () => {
    expect(statementEdges("Nothing in milestone 3 starts before Milestones 1 to 2 are merged.")).toEqual([
      "PAY-1>PAY-4",
      "PAY-1>PAY-5",
      "PAY-2>PAY-4",
      "PAY-2>PAY-5",
      "PAY-3>PAY-4",
      "PAY-3>PAY-5",
    ]);
  });

  it("orders nothing by the numbers alone, and names nothing the headings do not count", () => {
    expect(detect(board("Each milestone is demoed on Thursday.")).edges).toEqual([]);
    expect(statementEdges("Milestone 7 waits for Milestone 1.")).toEqual([]);
  });
});

describe("an exception that opens a sentence", () => {
  it("carves its tasks out of what the rest of the sentence relates", () => {
    expect(statementEdges("Apart from PAY-5, Milestone 3 waits for Milestone 2.")).toEqual(["PAY-3>PAY-4"]);
    expect(statementEdges("Except for PAY-4, nothing in Milestone 3 starts before PAY-3 is merged.")).toEqual(
      ["PAY-3>PAY-5"],
    );
  });

  it("is no exception without its comma, or when it names a condition", () => {
    expect(statementEdges("Except when PAY-5 slips, Milestone 3 waits for Milestone 2.")).toEqual([
      "PAY-3>PAY-4",
      "PAY-3>PAY-5",
    ]);
  });
});
