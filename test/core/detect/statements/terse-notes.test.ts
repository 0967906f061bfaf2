import { describe, expect, it } from "vitest";
import { parseTaskList } from "../../../../src/core/parse/parse-task-list.js";
import { detect, pairs, statementPairs } from "./plan-helpers.js";

const parse = (text: string) => parseTaskList({ kind: "file", path: "tasks.md", text });

// Setup and two story phases of two [P] tasks each (T001-T006), then notes: stories run side by side.
const phased = (notes: string): string => `# Tasks: Field app

## Phase 1: Setup

- [ ] T001 [P] Lint config in .eslintrc.json
- [ ] T002 [P] Env template in .env.example

## Phase 2: Storage (US1)

- [ ] T003 [P] Photo table in app/db/photos.ts
- [ ] T004 [P] Queue table in app/db/queue.ts

## Phase 3: Upload (US2)

- [ ] T005 [P] Upload worker in app/sync/worker.ts
- [ ] T006 [P] Retry timer in app/sync/retry.ts

## Deps

${notes}
`;

describe("the short forms of a hand-edited list", () => {
  it("reads 'blk by' and 'dep:' as words of need, each opening its own clause", () => {
    expect(statementPairs(phased("- T006 blk by T003, T005 dep: T004."))).toEqual(["T003>T006", "T004>T005"]);
  });

  it("reads 'Ph2' as Phase 2 and '2.x' as every task of phase 2, never a version", () => {
    expect(statementPairs(phased("- Ph3 waits for Ph2."))).toEqual([
      "T003>T005",
      "T003>T006",
      "T004>T005",
      "T004>T006",
    ]);
    expect(statementPairs(phased("- T005 after 2.x."))).toEqual(["T003>T005", "T004>T005"]);
    expect(statementPairs(phased("- T005 requires Python 2.x."))).toEqual([]);
  });

  it("takes struck-through words as taken back", () => {
    expect(statementPairs(phased("- ~~T006 blk by T003~~ (stale)."))).toEqual([]);
    expect(statementPairs(phased("- ~~T006 blk by T004~~ T006 blk by T003."))).toEqual(["T003>T006"]);
  });

  it("binds nothing that calls itself thinking aloud or undecided", () => {
    expect(statementPairs(phased("- Thinking out loud, not a plan: T006 after T003."))).toEqual([]);
    expect(statementPairs(phased("- Just an idea: T006 after T003."))).toEqual([]);
    expect(statementPairs(phased("- Not decided yet: T005 waits for T004."))).toEqual([]);
    expect(statementPairs(phased("- The plan: T005 waits for T004."))).toEqual(["T004>T005"]);
  });

  it("takes back a task's link that a note quotes and calls wrong, naming the task that says it", () => {
    const text = `# Tasks: Field app

## Phase 1: Sync

- [ ] T001 [P] Cursor format in app/sync/cursor.ts
- [ ] T002 [P] Change feed in app/sync/feed.ts
- [ ] T003 [P] Pull loop in app/sync/pull.ts — dep: T002

## Notes

- NB: T003 says \`dep: T002\` — wrong, the loop only needs the cursor. Read it as blk by T001.
`;
    expect(pairs(text).sort()).toEqual(["T001>T003"]);
    expect(detect(text).warnings.join("\n")).toContain('the list takes back the link "dep: T002" of T003');
  });
});

describe("a task's short note that it needs nothing", () => {
  const serial = (note: string): string => `# Tasks: Field app

## Phase 1: Storage

- [ ] T001 Photo table in app/db/photos.ts
- [ ] T002 Queue table in app/db/queue.ts — ${note}
`;

  it.each(["dep: n/a", "deps: none", "dep: n/a ∥ T001", "dép. : aucune", "Abhängigkeiten: keine"])(
    "frees the task from listing order: %j",
    (note) => {
      expect(pairs(serial(note))).toEqual([]);
    },
  );

  it("keeps listing order for a note that says more than that", () => {
    expect(pairs(serial("dep: n/a on the server side"), "order")).toEqual(["T001>T002"]);
    expect(pairs(serial("no deps on the CMS"), "order")).toEqual(["T001>T002"]);
  });
});

describe("the layout of a hand-edited list", () => {
  it("reads a story tag in brackets after the phase's name, alone or with a priority", () => {
    const list = parse(`# Tasks

## Phase 3 — Capture offline (US1)

- [ ] T001 Capture in app/capture.ts

## Phase 4 — Upload [US2 · P2]

- [ ] T002 Upload in app/upload.ts

## Phase 5 — Docs (US1–US2 notes)

- [ ] T003 Docs in docs/sync.md
`);
    expect(list.phases.map((p) => [p.kind, p.story])).toEqual([
      ["story", "US1"],
      ["story", "US2"],
      ["other", null],
    ]);
  });

  it("reads the markers after a status sign, and keeps a sign with no marker after it in the title", () => {
    const list = parse(`# Tasks

## Phase 1: Setup

- [ ] T001 🚧 [P] MinIO in docker-compose.yml
- [ ] T002 ⬜ Queue table in app/db/queue.ts
`);
    expect(list.tasks.map((t) => [t.parallel, t.title])).toEqual([
      [true, "MinIO in docker-compose.yml"],
      [false, "⬜ Queue table in app/db/queue.ts"],
    ]);
  });
});

describe("a task's words naming the task listed right before it", () => {
  const marked = (notes: readonly string[]): string => `# Tasks: Field app

## Phase 1: Storage

- [ ] T001 [P] Photo table in app/db/photos.ts
${notes.map((n, i) => `- [ ] T00${i + 2} [P] Work item ${i + 2} in app/x${i + 2}.ts ${n}`).join("\n")}
`;

  it("reads the arrow up, the task above and the previous task, in several languages", () => {
    expect(
      pairs(
        marked([
          "— needs ↑",
          "(after the task above)",
          "; depends on the previous task",
          "— dépend de la tâche précédente",
          "（依赖上一个任务）",
        ]),
      ).sort(),
    ).toEqual(["T001>T002", "T002>T003", "T003>T004", "T004>T005", "T005>T006"]);
  });

  it("leaves alone the step above, the last task, a pointer, and the words in a note outside the tasks", () => {
    const text = `${marked(["— needs the schema from the step above", "— unlike the previous task, no cache", "— runs after the last task"])}
## Notes

- Everything here needs the task above.
`;
    expect(pairs(text)).toEqual([]);
  });
});
