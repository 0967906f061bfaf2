import { describe, expect, it } from "vitest";
import { detectDependencies } from "../../../src/core/detect/detect-dependencies.js";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";
import type { Task } from "../../../src/core/model/task.js";

// Lists written by coding assistants explain each task by other tasks: context, not dependencies.
const edges = (text: string): string[] =>
  detectDependencies(parseTaskList({ kind: "file", path: "tasks.md", text })).edges.map(
    (e) => `${e.from}>${e.to}`,
  );
const task = (line: string): Task =>
  parseTaskList({ kind: "file", path: "tasks.md", text: `- [ ] T001 ${line}\n` }).tasks[0] as Task;

describe("mentions of other tasks that set the task apart", () => {
  it.each([
    ["kept apart", "Add the bench config in bench.config.ts, kept separate from T001 on purpose"],
    ["a comparison with words between", "Write the CSV parser in src/csv.ts, same parsing approach as T001"],
    ["a denied need", "Render the report in src/report.ts; no changes to the exporter in T001 are needed"],
    [
      "a comparison of naming",
      "Write docs/api.yaml: it follows the same field naming as T001, but is docs only",
    ],
    ["a cross-reference", "Retry job in src/retry.ts; see T001 for the backoff policy, no code is shared"],
    ["an abbreviated cross-reference", "Retry job in src/retry.ts (cf. T001)"],
    ["an example", "Retry job in src/retry.ts (e.g. T001)"],
    ["a cross-reference in Vietnamese", "Job thử lại in src/retry.ts; xem T001 để biết chính sách chờ"],
    ["a comparison in German", "Wiederholungsjob in src/retry.ts, wie bei T001"],
    ["a cross-reference in Japanese", "src/retry.ts に再試行ジョブ（T001を参照）"],
    ["a thing from another task, compared", "Retry job in src/retry.ts; resembles `Backoff` from T001"],
    ["the same in Danish", "Genforsøgsjob i src/retry.ts; minder om `Backoff` fra T001"],
    ["the same in Swedish", "Omförsöksjobb i src/retry.ts; liknar `Backoff` från T001"],
  ])("binds nothing: %s", (_, line) => {
    expect(edges(`- [ ] T001 [P] Exporter in src/export.ts\n- [ ] T002 [P] ${line}\n`)).toEqual([]);
  });

  // A comparison names a model to follow, not a thing needed; a preference states a wish, not an order.
  it.each([
    ["a model in English", "Retry job in src/retry.ts, modelled on T001"],
    ["a model in Finnish", "Uusintatyö src/retry.ts: rakenne samanlainen kuin T001:n viejällä"],
    ["a model in Hungarian", "Újrapróbáló feladat a src/retry.ts fájlban, a T001 mintájára"],
    ["a comparison in Hungarian", "Újrapróbáló feladat a src/retry.ts fájlban, hasonló a T001-éhez"],
    ["a comparison in Greek", "Εργασία επανάληψης στο src/retry.ts, παρόμοια με την T001"],
    ["a comparison in Turkish", "src/retry.ts içinde yeniden deneme işi, T001 gibi"],
    ["a comparison in French", "Tâche de relance dans src/retry.ts, semblable à T001"],
    ['a model in Polish ("na" is Dutch "after")', "Zadanie ponawiania w src/retry.ts, na wzór T001"],
    ["a preference in French", "Tâche de relance dans src/retry.ts (de préférence après T001)"],
    ["a preference in Spanish", "Tarea de reintento en src/retry.ts, preferiblemente después de T001"],
    ["a preference in Dutch", "Herhaaltaak in src/retry.ts, bij voorkeur na T001"],
    ["a preference in Chinese", "在 src/retry.ts 中实现重试任务，最好在 T001 之后"],
    [
      "a model with no code shared",
      "Retry job in src/retry.ts: copy the layout of T001, nothing is shared in code",
    ],
    [
      "a model with no code shared, in Spanish",
      "Tarea de reintento en src/retry.ts con la estructura de T001, no se comparte código",
    ],
    ["a denial in Turkish", "src/retry.ts içinde yeniden deneme işi; T001'e bağımlı değildir"],
    [
      "a condition in Turkish",
      "src/retry.ts içinde yeniden deneme işi; istenirse T001'deki şablon kopyalanır",
    ],
  ])("binds nothing: %s", (_, line) => {
    expect(edges(`- [ ] T001 [P] Exporter in src/export.ts\n- [ ] T002 [P] ${line}\n`)).toEqual([]);
  });

  it.each([
    ["uses it, in Finnish", "Uusintatyö src/retry.ts käyttää T001:n viejää"],
    ["uses what it made, in Hungarian", "Újrapróbáló feladat a src/retry.ts fájlban, a T001 után"],
    ["comes after it, in French", "Tâche de relance dans src/retry.ts, après T001 (écran des préférences)"],
    [
      "comes after it, in Spanish",
      "Tarea de reintento en src/retry.ts después de T001, con las preferencias",
    ],
    ["needs it, sharing no state", "Retry job in src/retry.ts shares no state but uses the queue from T001"],
    ["depends on it, in Turkish", "src/retry.ts içinde yeniden deneme işi; T001'e bağlıdır"],
  ])("still binds a task it %s", (_, line) => {
    expect(edges(`- [ ] T001 [P] Exporter in src/export.ts\n- [ ] T002 [P] ${line}\n`)).toEqual([
      "T001>T002",
    ]);
  });

  it("still binds a task it takes something from, or follows", () => {
    expect(
      edges(
        "- [ ] T001 [P] Money type in src/money.ts\n- [ ] T002 [P] Invoices in src/inv.ts using the type from T001\n",
      ),
    ).toEqual(["T001>T002"]);
    expect(
      edges("- [ ] T001 [P] Schema in db/s.sql\n- [ ] T002 [P] Seed data in db/seed.sql; it follows T001\n"),
    ).toEqual(["T001>T002"]);
    expect(
      edges(
        "- [ ] T001 [P] Tiền tệ in src/money.ts\n- [ ] T002 [P] Hóa đơn in src/inv.ts, dùng kiểu từ T001\n",
      ),
    ).toEqual(["T001>T002"]);
  });
});

describe("a mention that puts the task first, in any language", () => {
  it("is no mention of a task it builds on", () => {
    const text =
      "- [ ] T001 [P] Chart view in src/view.ts\n- [ ] T002 [P] Chart module in src/chart.js; blocca T001, la cui vista lo carica\n";
    expect(edges(text)).toEqual(["T002>T001"]);
  });
});

describe("a concession is a clause of its own", () => {
  it("keeps 'even though T001 belongs to US1' out of what the task needs", () => {
    const text = [
      "## Phase 1: User Story 1 - Post entries (Priority: P1)",
      "",
      "- [ ] T001 [P] [US1] Posting service in src/post.ts",
      "- [ ] T002 [P] [US1] Journal view in src/view.ts",
      "",
      "## Phase 2: User Story 2 - Invoices (Priority: P2)",
      "",
      "- [ ] T003 [P] [US2] Revenue poster in src/rev.ts; this needs T001 merged even though T001 belongs to US1",
      "",
    ].join("\n");
    expect(edges(text)).toEqual(["T001>T003"]);
  });
});

describe("paths a task reads, or does not use at all", () => {
  it("reads what it refers to or imports from", () => {
    expect(task("Lint config in eslint.config.js that refers to tsconfig.json by path").reads).toEqual([
      "tsconfig.json",
    ]);
    expect(task("Report view in src/view.ts; import the formatters from src/format.ts").reads).toEqual([
      "src/format.ts",
    ]);
  });

  it("does not use what it says nothing is taken from", () => {
    const t = task("Invoice schemas in src/inv/schemas.ts; nothing is imported from src/routes/journal.ts");
    expect(t.files).toEqual(["src/inv/schemas.ts"]);
    expect(t.reads ?? []).toEqual([]);
  });

  it("does not use a path it says it does not depend on, before the path or after it", () => {
    for (const title of [
      "Status machine in src/inv/state.py; pure logic, it does not depend on src/inv/models.py",
      "Status machine in src/inv/state.py, independent of src/inv/models.py",
      "Durum makinesi src/inv/state.py içinde; `src/inv/models.py`'ye bağlı değildir",
      "状態機械を src/inv/state.py に実装する（src/inv/models.py に依存しない）",
    ]) {
      const t = task(title);
      expect(t.files, title).toEqual(["src/inv/state.py"]);
      expect(t.reads ?? [], title).toEqual([]);
    }
  });

  it("still uses a path it depends on, or one whose denial names something else", () => {
    expect(task("Status machine in src/inv/state.py; it depends on src/inv/models.py").files).toContain(
      "src/inv/models.py",
    );
    const t = task("Status machine in src/inv/state.py; the API does not change, see src/inv/models.py");
    expect(t.reads).toEqual(["src/inv/models.py"]);
  });
});
