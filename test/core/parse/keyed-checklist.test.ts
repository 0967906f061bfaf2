import { describe, expect, it } from "vitest";
import { detectDependencies } from "../../../src/core/detect/detect-dependencies.js";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";

const parse = (text: string) => parseTaskList({ kind: "file", path: "plan.md", text });
const edges = (text: string) =>
  detectDependencies(parse(text))
    .edges.map((e) => `${e.from}>${e.to}`)
    .sort();

// A plan exported from an issue tracker: each item opens with its key, links on their own lines.
const EXPORT = `# Checkout rework

## Milestone 1

- [ ] PAY-7 Card vault table in db/schema/vault.sql
  Blocked by: —
- [ ] PAY-8 Vault repository in src/vault/repo.ts
  Blocked by: PAY-7
- [ ] PAY-9 Token encoder in src/vault/encode.ts
  Relates to: PAY-8 (same naming)
  Blocks: PAY-10

## Milestone 2

- [ ] PAY-10 Checkout endpoint in src/api/checkout.ts, UTF-8 bodies only, see FR-012
`;

describe("a checklist whose items open with issue-tracker keys", () => {
  it("keeps the keys as the tasks' IDs", () => {
    const list = parse(EXPORT);
    expect(list.format).toBe("keyed");
    expect(list.tasks.map((t) => t.id)).toEqual(["PAY-7", "PAY-8", "PAY-9", "PAY-10"]);
  });

  it("reads the links between keys, and a related link as context only", () => {
    expect(edges(EXPORT)).toEqual(["PAY-7>PAY-8", "PAY-9>PAY-10"]);
    // Keys of no task of the list ("UTF-8", "FR-012") name nothing and draw no warning.
    const { warnings } = detectDependencies(parse(EXPORT));
    expect(warnings.filter((w) => /UTF-8|FR-012/.test(w))).toEqual([]);
  });

  it("reads a key written as code or in bold, as issue checklists set it off", () => {
    const list = parse(
      "- [ ] `OPS-1` Runner image in ci/runner.Dockerfile\n- [ ] **OPS-2** Cache volume in ci/cache.tf — Blocked by: OPS-1\n",
    );
    expect(list.format).toBe("keyed");
    expect(list.tasks.map((t) => [t.id, t.title])).toEqual([
      ["OPS-1", "Runner image in ci/runner.Dockerfile"],
      ["OPS-2", "Cache volume in ci/cache.tf — Blocked by: OPS-1"],
    ]);
    // Must not fire: code in the middle of an item is no key ("- [ ] Bump `OPS-1` ...").
    expect(parse("- [ ] Bump `OPS-1` to v2\n- [ ] Pin `OPS-2` too\n").format).toBe("checklist");
  });

  it("stays a plain checklist when some item has no key", () => {
    const mixed = `${EXPORT}- [ ] Write the release note\n`;
    const list = parse(mixed);
    expect(list.format).toBe("checklist");
    expect(list.tasks[0]?.id).toBe("C001");
  });
});

// A plan numbered by milestone: M1.2 is item 2 of milestone 1.
const OUTLINE = `# Edge cache rollout

## M1 — Buckets

- [ ] M1.1 Origin bucket in infra/cache/bucket.tf
- [ ] M1.2 Bucket policy in infra/cache/policy.tf (needs M1.1)

## M2 — Distribution

- [ ] M2.1 CDN distribution in infra/cache/cdn.tf, only once M1.1–M1.2 are applied
- [ ] M2.2 Purge script in scripts/purge.sh; see S3.5 of the runbook for the flags
`;

describe("a checklist whose items open with a letter and an outline number", () => {
  it("keeps M1.2-style numbers as IDs and reads the items' words by them", () => {
    const list = parse(OUTLINE);
    expect(list.format).toBe("keyed");
    expect(list.tasks.map((t) => t.id)).toEqual(["M1.1", "M1.2", "M2.1", "M2.2"]);
    expect(edges(OUTLINE)).toEqual(["M1.1>M1.2", "M1.1>M2.1", "M1.2>M2.1"]);
  });

  it("keeps A1-style keys as IDs when they number each block's items in a run", () => {
    const blocks =
      "# Move\n\n## Block A\n\n- [ ] A1 Dump in ops/dump.sh\n- [ ] A2 Restore in ops/restore.sh\n\n" +
      "## Block B\n\n- [ ] B1 Check counts in ops/check.sql, after A2\n- [ ] B2 Report in ops/report.md\n";
    expect(parse(blocks).format).toBe("keyed");
    expect(parse(blocks).tasks.map((t) => t.id)).toEqual(["A1", "A2", "B1", "B2"]);
    expect(edges(blocks)).toContain("A2>B1");
    // Must not fire: a priority shared by several items, or numbers with gaps, are labels.
    const priorities = "# Bugs\n\n- [ ] P1 Login loop\n- [ ] P1 Logout crash\n- [ ] P2 Slow export\n";
    expect(parse(priorities).format).toBe("checklist");
    const gaps = "# Bugs\n\n- [ ] R2 Login loop\n- [ ] R7 Logout crash\n- [ ] R9 Slow export\n";
    expect(parse(gaps).format).toBe("checklist");
  });

  it("takes a word with a letter and a number but no dot (S3, EC2) for a word, not an ID", () => {
    const words = "# Infra\n\n- [ ] S3 bucket for the logs\n- [ ] EC2 role for the workers\n";
    expect(parse(words).format).toBe("checklist");
    expect(parse(words).tasks.map((t) => t.id)).toEqual(["C001", "C002"]);
  });
});

// Milestones with their items; notes name whole milestones and runs of items.
const MILESTONES = (notes: string): string => `# Data centre exit

## M1 — Network

- [ ] M1.1 VPC in infra/net/vpc.tf
- [ ] M1.2 Subnets in infra/net/subnets.tf

## M2 — Storage

- [ ] M2.1 Buckets in infra/store/buckets.tf
- [ ] M2.2 Replication in infra/store/replication.tf
- [ ] M2.3 Lifecycle rules in infra/store/lifecycle.tf

## M3 — Docs

- [ ] M3.1 Runbook in docs/runbook.md

${notes}
`;

describe("an outline-keyed list's notes", () => {
  it("read a milestone's name (M2) as all of its items", () => {
    expect(edges(MILESTONES("Notes: M3 waits for M1."))).toEqual(["M1.1>M3.1", "M1.2>M3.1"]);
  });

  it("read 'X onward' as X and the items after it under the same milestone", () => {
    expect(edges(MILESTONES("Notes: M2.2 onward waits for M1.2."))).toEqual(["M1.2>M2.2", "M1.2>M2.3"]);
    // Without "onward", only the item named.
    expect(edges(MILESTONES("Notes: M2.2 waits for M1.2."))).toEqual(["M1.2>M2.2"]);
  });

  it("read 'anything under a folder' as the items with a file there", () => {
    expect(edges(MILESTONES("Notes: anything under infra/store/ runs only after M1.1."))).toEqual([
      "M1.1>M2.1",
      "M1.1>M2.2",
      "M1.1>M2.3",
    ]);
    expect(
      edges(MILESTONES("Notes: nothing under infra/store/ gets written before M1.2 is merged.")),
    ).toEqual(["M1.2>M2.1", "M1.2>M2.2", "M1.2>M2.3"]);
    // The other side's own items in that folder are not ordered against themselves.
    expect(edges(MILESTONES("Notes: anything under infra/ runs only after M1."))).toEqual([
      "M1.1>M2.1",
      "M1.1>M2.2",
      "M1.1>M2.3",
      "M1.2>M2.1",
      "M1.2>M2.2",
      "M1.2>M2.3",
    ]);
    // A folder no item writes to names nothing; "written before" with no finished object is the listing.
    expect(edges(MILESTONES("Notes: anything under infra/dns/ runs only after M1.1."))).toEqual([]);
    expect(edges(MILESTONES("Notes: M3.1 is written before M2.1 in this file."))).toEqual([]);
  });
});

// A GitHub tracking issue: its items are issues and pull requests, named by number.
const TRACKING = (extra = ""): string => `# Epic: webhook retries

The list order is just how we file them.

### Backend

- [ ] #31 Retry queue table in db/migrations/0031_retries.sql
- [ ] #32 Retry worker in api/src/retry/worker.ts, blocked by #31
- [x] #33 Backoff helper in api/src/retry/backoff.ts

### Frontend

- [ ] #34 Retry history panel in web/src/RetryPanel.tsx, after #32 lands; same approach as #7 upstream
${extra}`;

describe("a GitHub tracking issue whose items are issue references", () => {
  it("keeps the references as IDs and reads the links between them", () => {
    const list = parse(TRACKING());
    expect(list.format).toBe("keyed");
    expect(list.tasks.map((t) => t.id)).toEqual(["#31", "#32", "#33", "#34"]);
    expect(list.tasks.find((t) => t.id === "#33")?.done).toBe(true);
    expect(edges(TRACKING())).toEqual(["#31>#32", "#32>#34"]);
  });

  it("is a plain checklist when an item has no reference, and a number inside a word is none", () => {
    const mixed = parse(TRACKING("- [ ] Write the runbook in docs/retries.md\n"));
    expect(mixed.format).toBe("checklist");
    expect(parse("- [ ] a#31 item\n- [ ] #32 other\n").format).toBe("checklist");
  });
});

// A tracking issue with sub-issues indented under a parent item, and sections named by their headings.
const EPIC = (order: string): string => `# Epic: exports

### Backend

- [ ] #50 Exports API
  - [ ] #51 List route in api/src/list.ts
  - [ ] #52 Create route in api/src/create.ts
- [ ] #53 Client generation in client/gen.ts, blocked by #50

### Worker

- [ ] #54 Export job in worker/src/job.ts

### Rollout

- [ ] #55 Staging soak in ops/soak.md

### Order

${order}
`;

describe("a tracking issue's sub-issues and sections", () => {
  it("makes an item with items indented under it a group its sub-issues stand for", () => {
    const list = parse(EPIC(""));
    expect(list.tasks.find((t) => t.id === "#50")?.children).toEqual(["#51", "#52"]);
    expect(edges(EPIC(""))).toEqual(["#51>#53", "#52>#53"]);
  });

  it("reads 'everything under Backend and Worker' as the items under those headings", () => {
    expect(edges(EPIC("#55 waits for everything under Backend and Worker."))).toEqual([
      "#51>#53",
      "#52>#53",
      "#53>#55",
      "#54>#55",
    ]);
    // A name that is no heading of the list names nothing.
    expect(edges(EPIC("#55 waits for everything under Docs."))).toEqual(["#51>#53", "#52>#53"]);
  });
});

describe("relations exported as links to the other pages", () => {
  // A board export: each relation is a link titled with the other page's ID and title.
  const BOARD = (field: string): string => `# Board (its keys spell "not": read as keys, not as words)

- [ ] NOT-1 Schema in db/schema.sql
- [ ] NOT-2 Client in src/client.ts
- [ ] NOT-3 Screen in src/screen.ts
  ${field}
`;

  it("reads every link of a field as the task its title opens with", () => {
    const field =
      "Blocked by: [NOT-1 Schema](NOT-1-schema-4f2a.md), [NOT-2 Client in the app](NOT-2-client-9b1c.md)";
    expect(edges(BOARD(field))).toEqual(["NOT-1>NOT-3", "NOT-2>NOT-3"]);
  });

  it("reads a link whose title opens with no task as its words", () => {
    // Must not fire: a link to a design page, and a task's ID only inside the link's target.
    expect(edges(BOARD("Blocked by: [the design review](NOT-1-review.md)"))).toEqual([]);
  });
});

// The same milestones keyed with a hyphen, as a coding agent numbers items: S2-3 is item 3 of milestone 2
// (milestones group work and order nothing by themselves).
const HYPHENED = (notes: string): string => `# Data centre exit

## Milestone 1 — Network

- [ ] S1-1 VPC in infra/net/vpc.tf
- [ ] S1-2 Subnets in infra/net/subnets.tf

## Milestone 2 — Storage

- [ ] S2-1 Buckets in infra/store/buckets.tf
- [ ] S2-2 Replication in infra/store/replication.tf

## Milestone 3 — Docs

- [ ] S3-1 Runbook in docs/runbook.md

${notes}
`;

describe("a list keyed S2-3 (item 3 under milestone 2)", () => {
  it("reads the milestone's own key (S1) as all of its items", () => {
    expect(edges(HYPHENED("Notes: S3 waits for S1."))).toEqual(["S1-1>S3-1", "S1-2>S3-1"]);
  });

  it("reads a run of milestones (S2–S3, S2 to S3) as the items of each", () => {
    const both = ["S1-2>S2-1", "S1-2>S2-2", "S1-2>S3-1"];
    expect(edges(HYPHENED("Notes: everything in S2–S3 waits for S1-2."))).toEqual(both);
    expect(edges(HYPHENED("Notes: S2 to S3 wait for S1-2."))).toEqual(both);
  });

  it("reads no milestone where the list has no items keyed under it, nor in a longer key", () => {
    expect(edges(HYPHENED("Notes: S7 waits for S1."))).toEqual([]);
    // "S1-2" is an item, not milestone S1 followed by a number.
    expect(edges(HYPHENED("Notes: S3-1 waits for S1-2."))).toEqual(["S1-2>S3-1"]);
  });
});

describe("a subject negated by 'none of them' or 'neither of them'", () => {
  it("denies the need instead of stating it", () => {
    expect(edges(HYPHENED("Notes: S2-1 and S2-2: none of them needs S1-1."))).toEqual([]);
    expect(edges(HYPHENED("Notes: S2-1 and S2-2, neither of them waits for S1-1."))).toEqual([]);
    // Without the negation the need stands.
    expect(edges(HYPHENED("Notes: S2-1 and S2-2: both of them need S1-1."))).toEqual([
      "S1-1>S2-1",
      "S1-1>S2-2",
    ]);
  });
});

// An agent's plan: steps keyed by milestone and letter, dependencies in brackets.
const LETTERED = (extra: string) => `# Plan

## Milestone 1

- [ ] **K1-a** Scaffold the worker in worker/index.ts
- [ ] **K1-b** Queue binding in worker/queue.ts [after K1-a]

## Milestone 2

- [ ] **K2-a** Parser in worker/parse.ts
- [ ] **K2-b1** Storage half one in worker/store/read.ts
- [ ] **K2-b2** Storage half two in worker/store/write.ts
- [ ] **K2-c** Digest mail in worker/mail.ts ${extra}
`;

describe("a checklist keyed by a milestone and a letter (K1-a, K2-b1)", () => {
  it("keeps the lettered keys as IDs and reads the brackets between them", () => {
    const list = parse(LETTERED(""));
    expect(list.format).toBe("keyed");
    expect(list.tasks.map((t) => t.id)).toEqual(["K1-a", "K1-b", "K2-a", "K2-b1", "K2-b2", "K2-c"]);
    expect(edges(LETTERED(""))).toEqual(["K1-a>K1-b"]);
  });

  it("reads a step split in two (K2-b -> K2-b1, K2-b2) as both halves", () => {
    expect(edges(LETTERED("[needs: K2-b]"))).toEqual(["K1-a>K1-b", "K2-b1>K2-c", "K2-b2>K2-c"]);
  });

  it("reads a milestone named in a step's own words (K1) as all of its steps", () => {
    expect(edges(LETTERED("Needs the K1 checkpoint."))).toEqual(["K1-a>K1-b", "K1-a>K2-c", "K1-b>K2-c"]);
  });

  it("names no task by a key no step extends, nor a number by the numbers after it", () => {
    // K3 has no steps; "K2-b" would need a new kind of character to be split, "K2-a" is itself a step.
    expect(() => edges(LETTERED("[needs: K3]"))).toThrow(/K3 is not a task in this list/);
    expect(() => edges(LETTERED("[needs: K2-d]"))).toThrow(/K2-d is not a task in this list/);
  });
});
