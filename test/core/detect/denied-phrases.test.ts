import { describe, expect, it } from "vitest";
import { isDenied } from "../../../src/core/detect/denied-phrase.js";
import { detectDependencies } from "../../../src/core/detect/detect-dependencies.js";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";

const explicit = (text: string) =>
  detectDependencies(parseTaskList({ kind: "file", path: "tasks.md", text }))
    .edges.filter((e) => e.kind === "explicit")
    .map((e) => `${e.from}>${e.to}`);

/** isDenied on the phrase that starts with `phrase` in `text`. */
const denied = (text: string, phrase: string): boolean => isDenied(text, text.indexOf(phrase));

describe("a negation right before a dependency phrase", () => {
  it("denies the phrase, through auxiliaries and adverbs", () => {
    expect(denied("The parser does not depend on T004", "depend on")).toBe(true);
    expect(denied("It doesn’t really need T002 at runtime", "need T002")).toBe(true);
    expect(denied("Can go in early, not after 2.3", "after 2.3")).toBe(true);
    expect(denied("No longer uses T010 since the rewrite", "uses T010")).toBe(true);
    expect(denied("Ship it without using the cache of 1.4", "using")).toBe(true);
    expect(denied("Never needs to come after T011", "after T011")).toBe(true);
  });

  it("leaves a phrase alone when the negation is in another clause or has a thing of its own", () => {
    expect(denied("Reads the schema from T002; it does not depend on T004", "from T002")).toBe(false);
    expect(denied("Does not touch the schema, but depends on T002", "depends on T002")).toBe(false);
    expect(denied("Cannot be released before the client from T006", "from T006")).toBe(false);
    expect(denied("Doesn't need the token store from 2.1", "from 2.1")).toBe(false);
    expect(denied("Depends on T003", "Depends on")).toBe(false);
  });
});

describe("denied phrases in a task's own text", () => {
  it("make no edge, while the same task's affirmed phrases still do", () => {
    const text = `- [ ] 1. Storage
- [ ] 1.1 Bucket in infra/bucket.tf
- [ ] 1.2 Queue in infra/queue.tf
- [ ] 2. Workers
- [ ] 2.1 Resize worker in workers/resize.py
  - Reads objects from 1.1; it doesn't need 1.2 even though both are storage
- [ ] 2.2 Thumbnail index in workers/index.py
  - Never depends on 2.1 (a separate table)
`;
    expect(explicit(text)).toEqual(["1.1>2.1"]);
  });

  it("keep the edge when the phrase itself is affirmed next to an unrelated negation", () => {
    const text = `- [ ] T001 Token store in src/tokens.ts
- [ ] T002 [P] Login form in src/login.tsx; not a route of its own, needs T001
- [ ] T003 [P] Session banner in src/banner.tsx reusing T001's cache without copying it
`;
    expect(explicit(text)).toEqual(["T001>T002", "T001>T003"]);
  });
});

describe("what a task's own words take from another, in German", () => {
  const plan = (note: string): string => `- [ ] 1. Lager
- [ ] 1.1 Tabelle in db/V1__lager.sql
- [ ] 1.2 Parser in src/parser.kt
- [ ] 2. Dienste
- [ ] 2.1 Bericht in src/bericht.kt
  - ${note}
`;

  it("reads 'aus' and 'von' before a sub-task as a thing it makes, a list joined by 'und' whole", () => {
    expect(explicit(plan("liest die Zeilen aus dem Parser von 1.2"))).toEqual(["1.2>2.1"]);
    expect(explicit(plan("fasst die Tabelle aus 1.1 und den Parser aus 1.2 zusammen"))).toEqual([
      "1.1>2.1",
      "1.2>2.1",
    ]);
    expect(explicit(plan("beschreibt den Ablauf aus 1.1 und 1.2"))).toEqual(["1.1>2.1", "1.2>2.1"]);
  });

  it("reads nothing where the words set the task apart or deny using it afterwards", () => {
    expect(explicit(plan("unabhängig von 1.1 geschrieben"))).toEqual([]);
    expect(explicit(plan("die Tabelle aus 1.1 wird nicht benutzt"))).toEqual([]);
    expect(explicit(plan("the table from 1.1 is not used here"))).toEqual([]);
    expect(explicit(plan("the table from 1.1 is used as it is"))).toEqual(["1.1>2.1"]);
  });
});

describe("a denied dependency on a task listed before", () => {
  const order = (text: string) =>
    detectDependencies(parseTaskList({ kind: "file", path: "tasks.md", text }))
      .edges.filter((e) => e.kind === "order")
      .map((e) => `${e.from}>${e.to}`);

  it("removes the listing-order edge between the two, not the order with the others", () => {
    const text = `## Phase 1: Setup
- [ ] T001 Lint config in .eslintrc.json
- [ ] T002 Font assets in public/fonts/
- [ ] T003 Favicon in public/favicon.ico (doesn't need T002)
`;
    expect(order(text)).toEqual(["T001>T002", "T001>T003"]);
  });

  it("sets nothing apart when the negation does not govern the phrase", () => {
    const text = `## Phase 1: Setup
- [ ] T001 Lint config in .eslintrc.json
- [ ] T002 Font assets in public/fonts/
- [ ] T003 Favicon in public/favicon.ico (cannot be drawn before the palette from T002)
`;
    const edges = detectDependencies(parseTaskList({ kind: "file", path: "tasks.md", text })).edges;
    expect(edges.filter((e) => e.to === "T003").map((e) => e.from)).toEqual(["T002"]);
  });
});

describe("hedged phrases in a task's own text", () => {
  const list = (note: string): string => `- [ ] 1. Storage
- [ ] 1.1 Bucket in infra/bucket.tf
- [ ] 1.2 Queue in infra/queue.tf
  - ${note}
`;

  it.each([
    ["a condition and a 'could'", "If the plan is slow in CI, you could run it once more after 1.1"],
    ["a preference", "Ideally after 1.1, so the names line up"],
    ["an optional aside", "(optional: after 1.1, for the shared tags)"],
  ])("make no edge: %s", (_, note) => {
    expect(explicit(list(note))).toEqual([]);
  });

  it.each([
    ["a hedge after the phrase", "Needs the bucket from 1.1, or a stub of it in tests"],
    ["a hedge in an earlier clause", "Encodes either form of the key (depends on 1.1)"],
    ["a hedge in an earlier sentence", "Could be renamed later. Needs the bucket from 1.1"],
  ])("still bind with %s", (_, note) => {
    expect(explicit(list(note))).toEqual(["1.1>1.2"]);
  });
});
