import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { planView, type ViewTask } from "../../eval/plan-view.js";
import { failures, runEval } from "../../eval/run-eval.js";
import { checkStatedRelations, statedTotals, type StatedView } from "../../eval/stated-relations.js";
import { parseTaskList } from "../../src/core/parse/parse-task-list.js";

// Two stories, independent by the spec-kit layout: only the sentence on line 17 orders US2 after US1.
const LIST = `# Tasks: tiny

## Phase 1: Setup

- [ ] T001 Create the package in \`src/pkg.ts\`

## Phase 2: User Story 1 - Sign in (Priority: P1)

- [ ] T002 [US1] Write the session model in \`src/session.ts\`
- [ ] T003 [US1] Write the sign-in form in \`src/sign-in.ts\`

## Phase 3: User Story 2 - Sign up (Priority: P2)

- [ ] T004 [US2] Write the account model in \`src/account.ts\`
- [ ] T005 [US2] Write the sign-up form in \`src/sign-up.ts\`

## Dependencies & Execution Order

- **User Story 2**: Depends on User Story 1 completion
`;

// Tasks as headings with Depends fields: T003 declares T001.
const DEPENDS_LIST = `## Phase 1: Work

### T001: Create module

**File(s)**: \`src/mod.rs\`
**Depends**: None

### T002: Write docs

**File(s)**: \`docs/guide.md\`
**Depends**: None

### T003: Add parser

**File(s)**: \`src/parser.rs\`
**Depends**: T001
`;

const SENTENCE_LINE = 19;
const QUOTE = "User Story 2: Depends on User Story 1 completion";

/** A plan built by hand: the list as parsed, the waves given, and the warnings given. */
function handPlan(text: string, waves: Record<string, number>, warnings: string[] = []): StatedView {
  const list = parseTaskList({ kind: "file", path: "tasks.md", text });
  const tasks = list.tasks.map((t): ViewTask => ({
    id: t.id,
    line: t.line,
    source: t.source,
    files: [...t.files],
    wave: waves[t.id] ?? null,
    leaves: [],
    authorWave: null,
  }));
  return { path: "tasks.md", list, byId: new Map(tasks.map((t) => [t.id, t])), warnings };
}

describe("(e) stated relations honoured", () => {
  const root = mkdtempSync(join(tmpdir(), "maestro-stated-test-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("finds the sentence and counts it honoured when the plan keeps it (the real planner)", async () => {
    const path = join(root, "tiny.md");
    writeFileSync(path, LIST);
    const view = await planView(path);
    const result = checkStatedRelations(view);
    expect(result.relations).toBe(1);
    // US1 (T002, T003) before US2 (T004, T005): four pairs.
    expect(result.pairs).toBe(4);
    expect(result.violations).toEqual([]);
    // The plan does order them: T003 before T004.
    expect(view.byId.get("T003")?.wave).toBeLessThan(view.byId.get("T004")?.wave ?? 0);
  });

  it("reports a pair the plan breaks with no warning as silent", () => {
    // T004 shares T003's wave: T003 < T004 is broken; T002 < T004 and both pairs into T005 hold.
    const view = handPlan(LIST, { T001: 1, T002: 2, T003: 3, T004: 3, T005: 4 });
    const result = checkStatedRelations(view);
    expect(result.pairs).toBe(4);
    expect(result.violations).toEqual([
      expect.objectContaining({
        line: SENTENCE_LINE,
        origin: "statement",
        before: "T003",
        after: "T004",
        waves: [3, 3],
        warning: null,
        quote: QUOTE,
      }),
    ]);
    expect(statedTotals([result])).toMatchObject({ violated: 1, warned: 0, silent: 1 });
  });

  it("counts the pair as warned when the cycle breaker says it dropped that edge", () => {
    const dropped =
      'dependency cycle T003 -> T004 -> T003: dropped the inferred edge T003 -> T004 (statement "**User Story 2**: something else" (tasks.md:19))';
    const view = handPlan(LIST, { T001: 1, T002: 2, T003: 3, T004: 3, T005: 4 }, [dropped]);
    const result = checkStatedRelations(view);
    expect(result.violations).toHaveLength(1);
    expect(result.violations[0]?.warning).toBe(dropped);
    expect(statedTotals([result])).toMatchObject({ violated: 1, warned: 1, silent: 0 });
  });

  it("counts the pair as warned when the list takes that link back in words, and only that link", () => {
    const waves = { T001: 1, T002: 2, T003: 3, T004: 3, T005: 4 };
    const takenBack =
      'tasks.md:40: "The table says T004 depends on T003; that is outdated.": the list takes back the link "T004 depends on T003" of T004; no edge T003 -> T004 from it';
    expect(checkStatedRelations(handPlan(LIST, waves, [takenBack])).violations[0]?.warning).toBe(takenBack);
    const other = takenBack.replace("no edge T003 -> T004", "no edge T002 -> T004");
    expect(checkStatedRelations(handPlan(LIST, waves, [other])).violations[0]?.warning).toBeNull();
  });

  it("counts the pair as warned when a warning quotes the sentence, and only then", () => {
    const quoting = `tasks.md:${SENTENCE_LINE}: "${QUOTE}" could not be used`;
    const unrelated = "tasks.md:3: T009 is not a task in this list";
    const waves = { T001: 1, T002: 2, T003: 3, T004: 3, T005: 4 };
    const warned = checkStatedRelations(handPlan(LIST, waves, [unrelated, quoting]));
    expect(warned.violations.map((v) => v.warning)).toEqual([quoting]);
    const silent = checkStatedRelations(handPlan(LIST, waves, [unrelated]));
    expect(silent.violations.map((v) => v.warning)).toEqual([null]);
  });

  it("counts the pair as warned when the cycle breaker dropped a statement edge between the relation's sides", () => {
    // Two sentences saying one order share one edge, quoted with the other sentence's words.
    const waves = { T001: 1, T002: 2, T003: 3, T004: 3, T005: 4 };
    const between =
      'dependency cycle T003 -> T004 -> T003: dropped the inferred edge T003 -> T005 (statement "Stories in priority order" (tasks.md:30))';
    expect(checkStatedRelations(handPlan(LIST, waves, [between])).violations[0]?.warning).toBe(between);
    // A dropped edge that is not between the sides (T001 is Setup) explains nothing.
    const outside = between.replace("T003 -> T005", "T001 -> T005");
    expect(checkStatedRelations(handPlan(LIST, waves, [outside])).violations[0]?.warning).toBeNull();
  });

  it("checks a Depends field: the declared task must be in an earlier wave", () => {
    const kept = checkStatedRelations(handPlan(DEPENDS_LIST, { T001: 1, T002: 1, T003: 2 }));
    expect(kept).toMatchObject({ declared: 1, pairs: 1, violations: [] });
    const broken = checkStatedRelations(handPlan(DEPENDS_LIST, { T001: 1, T002: 1, T003: 1 }));
    expect(broken.violations).toEqual([
      expect.objectContaining({ origin: "field", before: "T001", after: "T003", warning: null }),
    ]);
  });

  it("fails the run when a stated pair is broken silently", async () => {
    const run = await runEval({
      repoRoot: join(root, "repo"),
      corpusDir: join(root, "corpus"),
      schedule: false,
    });
    expect(failures(run.figures)).toEqual([]);
    const silent = { ...run.figures, stated: { ...run.figures.stated, violated: 1, silent: 1 } };
    expect(failures(silent)).toEqual(["1 stated pair(s) broken with no warning saying why"]);
  });
});
