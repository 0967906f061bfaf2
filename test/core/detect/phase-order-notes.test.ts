import { describe, expect, it } from "vitest";
import { detectDependencies } from "../../../src/core/detect/detect-dependencies.js";
import {
  phasesInListedOrder,
  phasesOrderDisclaimed,
} from "../../../src/core/detect/listing-order-disclaimed.js";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";

const parse = (text: string) => parseTaskList({ kind: "file", path: "tasks.md", text });
const orderEdges = (text: string): string[] =>
  detectDependencies(parse(text))
    .edges.filter((e) => e.kind === "order")
    .map((e) => `${e.from}>${e.to}`);

// A plan keyed S1.1 ... with no [P] markers, whose introduction frees every phase's tasks from each other;
// the second phase's own note is the variable.
const plan = (note: string): string =>
  [
    "# Rollout plan",
    "",
    "Inside a phase, tasks are independent of each other unless a line says otherwise.",
    "",
    "## Phase 1: Storage",
    "",
    "- [ ] S1.1 Add the bucket in infra/bucket.tf",
    "- [ ] S1.2 Add the queue in infra/queue.tf",
    "",
    "## Phase 2: Release",
    "",
    note,
    "",
    "- [ ] S2.1 Canary in deploy/canary.yaml",
    "- [ ] S2.2 Dashboards in ops/dashboards.json",
    "- [ ] S2.3 Full rollout in deploy/prod.yaml",
    "",
  ].join("\n");

describe("a phase whose own note says its tasks go in the order listed", () => {
  it.each([
    "One person, tasks in the order listed, each checked on staging before the next one starts.",
    "These go one after another.",
    "Work through them in list order.",
  ])("keeps that phase's listing order, and only that phase's: %s", (note) => {
    expect(orderEdges(plan(note))).toEqual(["S2.1>S2.2", "S2.2>S2.3"]);
    expect(phasesInListedOrder(parse(plan(note))).get(1)?.quote).toBe(note);
    // The edge quotes the note that keeps the order.
    const reasons = detectDependencies(parse(plan(note))).edges.map((e) => e.reason);
    expect(reasons.some((r) => r.includes(`whose note says "${note}"`))).toBe(true);
  });

  it.each([
    // a sentence about some tasks of the phase, a denial, a note that says nothing of order
    "S2.1 and S2.2 are sequential, one after the other.",
    "The tasks here need not run in the order listed.",
    "Watch the error budget while rolling out.",
  ])("changes nothing otherwise: %s", (note) => {
    expect(orderEdges(plan(note))).toEqual([]);
  });
});

// A spec-kit list (unmarked tasks follow the ones listed before them) with the second phase's note variable.
const specKit = (note: string): string =>
  [
    "# Tasks",
    "",
    "## Phase 1: Setup",
    "",
    "- [ ] T001 Add the config in src/config.ts",
    "- [ ] T002 Add the logger in src/logger.ts",
    "",
    "## Phase 2: Warehouse",
    "",
    note,
    "",
    "- [ ] T003 Receive parcels in src/receive.ts",
    "- [ ] T004 Inspect parcels in src/inspect.ts",
    "- [ ] T005 Restock in src/restock.ts",
    "",
  ].join("\n");

describe("a phase whose own note says its listing order means nothing", () => {
  it.each([
    "The order of the work in this phase comes from the diagram below, not from the order of the lines.",
    "Tasks here are grouped by screen; the list is not the execution order.",
  ])("has no listing order of its own, and the other phases keep theirs: %s", (note) => {
    expect(orderEdges(specKit(note))).toEqual(["T001>T002"]);
    expect(phasesOrderDisclaimed(parse(specKit(note))).get(1)?.quote).toBe(note.split("; ").at(-1));
    const warnings = detectDependencies(parse(specKit(note))).warnings.join("\n");
    expect(warnings).toContain(`the tasks of "Phase 2: Warehouse" are ordered by their words`);
  });

  it.each([
    // a sentence about some tasks only, an order the note keeps, a note about something else
    "T004 comes from the diagram below, not from the order of the lines.",
    "Work through them in list order.",
    "Scanners must be paired before testing.",
  ])("changes nothing otherwise: %s", (note) => {
    expect(orderEdges(specKit(note))).toEqual(expect.arrayContaining(["T003>T004", "T004>T005"]));
  });
});
