import { describe, expect, it } from "vitest";
import { detectDependencies } from "../../../src/core/detect/detect-dependencies.js";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";

const parse = (text: string) => parseTaskList({ kind: "file", path: "plan.md", text });
const edges = (text: string) =>
  detectDependencies(parse(text))
    .edges.map((e) => `${e.from}>${e.to}`)
    .sort();

// A plan written as an issue body: one heading per task, keyed with a one-letter project key.
const PLAN = `# Shipping labels

## Part A — Carriers

### L-1: Carrier client

Wraps the carrier's REST API.

Files: \`svc/carrier/client.py\`

### L-2: Label model

Files: \`svc/labels/models.py\`
Blocked by: L-1

- [ ] migration reviewed
- [ ] admin registered

## Part B — Printing

### L-3 — Print queue

Sends what L-2 stores to the printer. Files: \`svc/print/queue.py\`
`;

describe("tasks written as headings keyed like a tracker's issues", () => {
  it("reads each keyed heading as a task, its checkboxes as criteria", () => {
    const list = parse(PLAN);
    expect(list.format).toBe("heading");
    expect(list.tasks.map((t) => t.id)).toEqual(["L-1", "L-2", "L-3"]);
    expect(list.tasks[1]?.files).toEqual(["svc/labels/models.py"]);
  });

  it("reads the links and the prose between them by their keys", () => {
    expect(edges(PLAN)).toEqual(["L-1>L-2", "L-2>L-3"]);
  });

  it("does not take one keyed heading in another layout for a task", () => {
    const speckit = `# Tasks\n\n## ADR-7: Use Postgres\n\n## Phase 1: Setup\n\n- [ ] T001 Create db/schema.sql\n- [ ] T002 Seed db/seed.sql\n`;
    expect(parse(speckit).tasks.map((t) => t.id)).toEqual(["T001", "T002"]);
    const checklist = `# Tasks\n\n## OPS-3 rollout notes\n\n- [ ] Write the runbook\n- [ ] Page the on-call\n`;
    expect(parse(checklist).format).toBe("checklist");
  });
});
