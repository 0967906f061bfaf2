import { describe, expect, it } from "vitest";
import { detectDependencies } from "../../../src/core/detect/detect-dependencies.js";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";

const detect = (text: string) => detectDependencies(parseTaskList({ kind: "file", path: "tasks.md", text }));
const pairs = (edges: ReturnType<typeof detect>["edges"]) => edges.map((e) => `${e.from}>${e.to}:${e.kind}`);

describe("which edge a cycle loses", () => {
  it("keeps a shared-file edge over a sentence about stories that points back in the list", () => {
    const { edges, warnings } = detect(`
## Phase 3: User Story 1 - Catalog
- [ ] T010 [US1] Create the catalog router in src/routes/catalog.ts
## Phase 4: User Story 2 - Checkout
- [ ] T020 [US2] Mount the checkout handlers on src/routes/catalog.ts

## Dependencies

- User Story 1 depends on User Story 2.
`);
    expect(pairs(edges)).toEqual(["T010>T020:file"]);
    expect(warnings.join("\n")).toMatch(
      /dropped the inferred edge T020 -> T010 \(statement "User Story 1 depends/,
    );
    expect(edges[0]).toMatchObject({ origin: "file", backward: false, line: 5 });
  });

  it("keeps a sentence that names the tasks themselves over listing order", () => {
    const { edges } = detect(`
- [ ] T001 Draft the schema in db/schema.sql
- [ ] T002 Seed data in db/seed.sql

## Dependencies

- T001 depends on T002.
`);
    expect(pairs(edges)).toEqual(["T002>T001:explicit"]);
    expect(edges[0]).toMatchObject({ origin: "statement", backward: true, line: 7 });
  });

  it("in a numbered list, keeps a code name a task integrates with over the numbering's stage order", () => {
    const { edges, warnings } = detect(`
- [ ] 1. Services
- [ ] 1.1 Create the SignupService in app/signup_service.py
  - Integrate with AccountStore to save new accounts
- [ ] 2. Storage
- [ ] 2.1 Implement AccountStore in app/account_store.py
`);
    expect(pairs(edges)).toContain("2.1>1.1:symbol");
    expect(pairs(edges)).not.toContain("1.1>2.1:order");
    expect(warnings.join("\n")).toMatch(
      /dropped the inferred edge 1\.1 -> 2\.1 \(order: task 2 is listed after task 1/,
    );
  });

  it("keeps a spec-kit list's own listing order over a code name used before its creator is listed", () => {
    const { edges } = detect(`
## Phase 1: Build
- [ ] T001 Create the SignupService in app/signup_service.py (saves through AccountStore)
- [ ] T002 Implement AccountStore in app/account_store.py
`);
    expect(pairs(edges)).toEqual(["T001>T002:order"]);
  });

  it("keeps the authors' sentence about stories over a code name used before its creator is listed", () => {
    const list = (notes: string) =>
      detect(`
## Phase 3: User Story 1 - Catalog
- [ ] T010 [US1] Product page in web/product.tsx, showing the PriceBadge
## Phase 4: User Story 2 - Pricing
- [ ] T020 [US2] Create the PriceBadge component in web/PriceBadge.tsx

## Dependencies

${notes}
`);
    const words = list("- User Story 2 depends on User Story 1.");
    expect(pairs(words.edges)).toEqual(["T010>T020:phase"]);
    expect(words.warnings.join("\n")).toMatch(
      /dropped the inferred edge T020 -> T010 \(symbol: T020 creates PriceBadge/,
    );
    // With no such sentence the code name orders them: the page waits for the badge.
    expect(pairs(list("- Stories are independent.").edges)).toEqual(["T020>T010:symbol"]);
  });

  it("reads 'Depends on: T001' in a task's notes as stated, over a later task named in passing", () => {
    const { edges, warnings } = detect(`
## Phase 1: Build
- [ ] T001 [P] Seat counter in app/seats.py
  - The tenth seat is refused once T002 is in, as the demo shows
- [ ] T002 [P] Refuse invites over the limit in app/invites.py
  - Depends on: T001
`);
    expect(pairs(edges)).toEqual(["T001>T002:explicit"]);
    expect(edges[0]?.stated).toBe(true);
    expect(warnings.join("\n")).toContain('dropped the inferred edge T002 -> T001 (explicit "once T002"');
  });
});
