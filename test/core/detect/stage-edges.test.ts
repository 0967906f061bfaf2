import { describe, expect, it } from "vitest";
import { detectDependencies } from "../../../src/core/detect/detect-dependencies.js";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";
import { buildPlan } from "../../../src/core/plan/build-plan.js";

const detect = (text: string) => detectDependencies(parseTaskList({ kind: "file", path: "tasks.md", text }));
const orderPairs = (text: string) =>
  detect(text)
    .edges.filter((e) => e.kind === "order")
    .map((e) => `${e.from}>${e.to}`);

describe("numbered lists run one top-level task after another", () => {
  it("puts every sub-task of a later top-level task after the earlier one's sub-tasks", () => {
    const text = `- [ ] 1. Storage layer
  - [ ] 1.1 Bucket client in src/storage/bucket.ts
  - [ ] 1.2 Retry policy in src/storage/retry.ts
- [ ] 2. Upload flow
  - [ ] 2.1 Chunked upload in src/upload/chunks.ts
  - [ ] 2.2 Progress events in src/upload/progress.ts
- [ ] 3. Document the upload flow in docs/upload.md
`;
    expect(orderPairs(text)).toEqual(["1.1>2.1", "1.2>2.1", "1.1>2.2", "1.2>2.2", "2.1>3", "2.2>3"]);
  });

  it("leaves sub-tasks of one top-level task unordered without evidence, and reads (P) markers", () => {
    const text = `- [ ] 1. Parsers
  - [ ] 1.1 (P) Csv parser in src/csv.ts
  - [ ] 1.2 (P) Json parser in src/json.ts
`;
    expect(orderPairs(text)).toEqual([]);
    expect(parseTaskList({ kind: "file", path: "t.md", text }).tasks.map((t) => t.parallel)).toEqual([
      false,
      true,
      true,
    ]);
  });

  it("does not apply to spec-kit lists or checklists", () => {
    expect(orderPairs("- [ ] T001 [P] a in a.ts\n- [ ] T002 [P] b in b.ts\n")).toEqual([]);
    expect(orderPairs("- [ ] Write a.ts\n- [ ] Write b.ts\n")).toEqual([]);
  });
});

describe("sub-tasks numbered under a number the list has no line for", () => {
  // "## Step 1" headings with 1.1, 1.2 under them and no "1." task: the numbers say whose sub-tasks they are.
  const steps = (step2: string) => `# Plan

## Step 1: Storage

- [ ] 1.1 Bucket client in src/storage/bucket.ts
- [ ] 1.2 Retry policy in src/storage/retry.ts

## Step 2: Uploads

${step2}
`;
  const uploads =
    "- [ ] 2.1 Chunked upload in src/upload/chunks.ts\n- [ ] 2.2 Progress events in src/upload/progress.ts";

  it("runs them as the sub-tasks of one top-level task: unordered inside, one step after another", () => {
    expect(orderPairs(steps(uploads))).toEqual(["1.1>2.1", "1.2>2.1", "1.1>2.2", "1.2>2.2"]);
  });

  it("reads them as it reads sub-tasks under a written parent line", () => {
    const parented = `- [ ] 2. Uploads\n${uploads.replace(/^/gm, "  ")}`;
    expect(orderPairs(steps(parented))).toEqual(["1.1>2.1", "1.2>2.1", "1.1>2.2", "1.2>2.2"]);
  });

  it("reads a Chinese or Korean prerequisite field under a sub-task", () => {
    const needs = (field: string) =>
      detect(steps(`${uploads}\n- [ ] 2.3 Resume in src/upload/resume.ts\n  - ${field}`))
        .edges.filter((e) => e.to === "2.3" && e.reason.startsWith("statement"))
        .map((e) => e.from);
    expect(needs("前置：2.1、2.2")).toEqual(["2.1", "2.2"]);
    expect(needs("선행 작업: 2.1")).toEqual(["2.1"]);
    // The word without a field's colon is no field: "前置处理" (pre-processing) states no prerequisite.
    expect(needs("前置处理 2.1 的分片")).toEqual([]);
  });
});

describe("a top-level task said to need only an earlier one", () => {
  // Four groups of two sub-tasks each, run one after another, and an intro `rule`.
  const groups = (rule: string) => `# Implementation Plan

- ${rule}

- [ ] 1. Base
  - [ ] 1.1 Config in src/config.ts
  - [ ] 1.2 Logger in src/log.ts
- [ ] 2. Tables
  - [ ] 2.1 Tables in db/v1.sql
  - [ ] 2.2 Seeds in db/seed.sql
- [ ] 3. Reports
  - [ ] 3.1 Report job in src/report.ts
  - [ ] 3.2 Report mail in src/report-mail.ts
- [ ] 4. Docs
  - [ ] 4.1 Guide in docs/guide.md
  - [ ] 4.2 FAQ in docs/faq.md
`;
  const waves = (rule: string) =>
    buildPlan(parseTaskList({ kind: "file", path: "t.md", text: groups(rule) })).waves.map((w) =>
      [...w.tasks].sort().join(","),
    );

  it("waits for that one and not for the group listed before it; the next group still waits for both", () => {
    expect(waves("Groups run in order. Exception: group 3 only needs group 1.")).toEqual([
      "1.1,1.2",
      "2.1,2.2,3.1,3.2",
      "4.1,4.2",
    ]);
    expect(waves("Các nhóm làm lần lượt. Ngoại lệ: nhóm 3 chỉ cần nhóm 1.")).toEqual([
      "1.1,1.2",
      "2.1,2.2,3.1,3.2",
      "4.1,4.2",
    ]);
  });

  it("frees each of several groups named together, from the one before and from each other", () => {
    expect(waves("Groups run in order; groups 3 and 4 only wait for group 1.")).toEqual([
      "1.1,1.2",
      "2.1,2.2,3.1,3.2,4.1,4.2",
    ]);
  });

  it("keeps the group order without 'only', or where 'only' qualifies the subject or the time", () => {
    const inOrder = ["1.1,1.2", "2.1,2.2", "3.1,3.2", "4.1,4.2"];
    expect(waves("Groups run in order. Group 3 also needs group 1.")).toEqual(inOrder);
    expect(waves("Groups run in order. Only group 3 needs group 1.")).toEqual(inOrder);
    expect(waves("Groups run in order. Group 3 can only start after group 1.")).toEqual(inOrder);
  });
});

describe("groups the authors let run beside each other", () => {
  // Four groups of two sub-tasks; each second sub-task needs the first, so only an intro rule orders groups.
  const stated = (rules: string) => `# Implementation Plan

${rules}

- [ ] 1. Base
  - [ ] 1.1 Config in src/config.ts
  - [ ] 1.2 Logger in src/log.ts
    - Depends on 1.1
- [ ] 2. Tables
  - [ ] 2.1 Tables in db/v1.sql
  - [ ] 2.2 Seeds in db/seed.sql
    - Depends on 2.1
- [ ] 3. Reports
  - [ ] 3.1 Report job in src/report.ts
  - [ ] 3.2 Report mail in src/report-mail.ts
    - Depends on 3.1
- [ ] 4. Docs
  - [ ] 4.1 Guide in docs/guide.md
  - [ ] 4.2 FAQ in docs/faq.md
    - Depends on 4.1
`;
  const waves = (rules: string) =>
    buildPlan(parseTaskList({ kind: "file", path: "t.md", text: stated(rules) })).waves.map((w) =>
      [...w.tasks].sort().join(","),
    );
  const inOrder = ["1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2"];
  const besideEachOther = ["1.1", "1.2", "2.1,3.1", "2.2,3.2", "4.1", "4.2"];

  it("keeps the groups in order where the intro says so, in Japanese, Chinese and Korean too", () => {
    expect(waves("- Groups run in order.")).toEqual(inOrder);
    expect(waves("- グループは番号順に進める。")).toEqual(inOrder);
    expect(waves("- 前のグループがすべて終わってから次のグループに入る。")).toEqual(inOrder);
    expect(waves("- 各组依次进行。")).toEqual(inOrder);
    expect(waves("- 그룹은 순서대로 진행한다.")).toEqual(inOrder);
    // Without such a sentence the tasks' own words say it all.
    expect(waves("- Read the design first.")[0]).toBe("1.1,2.1,3.1,4.1");
  });

  it("lets groups said to run beside each other wait for what the first of them waits for", () => {
    expect(waves("- Groups run in order.\n- Groups 2 and 3 can run in parallel.")).toEqual(besideEachOther);
    expect(waves("- Groups run in order.\n- Group 3 can run in parallel with group 2.")).toEqual(
      besideEachOther,
    );
    expect(waves("- グループは番号順に進める。\n- グループ 2〜3 は同時に進めてもよい。")).toEqual(
      besideEachOther,
    );
    // A permission of other work hedges: "may finish later" binds nothing, and the order stays.
    expect(waves("- Groups run in order.\n- Group 3 may also need group 1.")).toEqual(inOrder);
  });
});

describe("a numbered list that states its dependencies task by task", () => {
  it("is ordered by those statements alone, not by its layout", () => {
    const text = `- [ ] 1. Base
  - [ ] 1.1 Config loader in src/config.ts
- [ ] 2. Features
  - [ ] 2.1 Cache in src/cache.ts
    - Needs 1.1 for its settings
  - [ ] 2.2 Metrics in src/metrics.ts
    - After 1.1
- [ ] 3. Extras
  - [ ] 3.1 Banner in src/banner.ts
  - [ ] 3.2 Cache warmup in src/warmup.ts
    - Depends on 2.1
`;
    expect(orderPairs(text)).toEqual([]);
  });

  const plan = (intro: string) => `# Plan

${intro}

- [ ] 1. Base
  - [ ] 1.1 Config loader in src/config.ts
- [ ] 2. Features
  - [ ] 2.1 Cache in src/cache.ts
  - [ ] 2.2 Metrics in src/metrics.ts
`;

  it.each([
    "The other dependencies are written under each task.",
    "Dependențele sunt scrise la fiecare sub-task.",
    "কোন কাজ কার পরে, তা প্রতিটি সাব-টাস্কের বিবরণে লেখা আছে।",
    "Les dépendances sont notées sur chaque tâche.",
  ])("is ordered by its tasks' words where the intro says they carry them: %s", (intro) => {
    const { edges, warnings } = detect(plan(intro));
    expect(edges.filter((e) => e.kind === "order")).toEqual([]);
    expect(warnings.join("\n")).toContain("its numbered groups run in no order of their own");
  });

  it("quotes only the sentence that says so, where Bengali ends sentences with '।'", () => {
    const intro = "সাব-টাস্কের নম্বর শুধু সাজানোর জন্য। কোন কাজ কার পরে, তা প্রতিটি সাব-টাস্কের বিবরণে লেখা আছে।";
    const warning = detect(plan(intro)).warnings.find((w) => w.includes("no order of their own")) ?? "";
    expect(warning).toContain('"কোন কাজ কার পরে');
    expect(warning).not.toContain("সাজানোর");
  });

  it("keeps the group order where the intro says something else is written under each task", () => {
    expect(orderPairs(plan("The acceptance criteria are written under each task."))).toEqual([
      "1.1>2.1",
      "1.1>2.2",
    ]);
    // ... or where it affirms the order as well.
    expect(
      orderPairs(plan("Dependencies are noted on each task. Groups run in order, one after another.")),
    ).toEqual(["1.1>2.1", "1.1>2.2"]);
  });
});

describe("a test sub-task in a numbered list", () => {
  const list = (rule = "") => `${rule}
- [ ] 1. Cart
  - [ ] 1.1 Cart store in src/cart/store.ts
  - [ ] 1.2 Cart badge in src/cart/badge.tsx
  - [ ] 1.3 Write unit tests for the cart store and badge
  - [ ] 1.4 Checkout button in src/cart/checkout.tsx
`;

  it("waits for the work listed before it in its top-level task", () => {
    expect(orderPairs(list())).toEqual(["1.1>1.3", "1.2>1.3"]);
  });

  it("does not when the list binds tests to come first", () => {
    expect(orderPairs(list("Tests are written before the implementation.\n"))).not.toContain("1.1>1.3");
  });
});
