import { describe, expect, it } from "vitest";
import { detect, kiroNotes, kiroPlan, pairs, saidUnder, serial } from "./plan-helpers.js";

// A Kiro plan in Chinese: two groups of three sub-tasks; `note` is written under sub-task `under`.
const GROUPS: Array<[string, string[]]> = [
  ["1. 基础", ["1.1 读取配置 app/config.go", "1.2 建表 app/db/001_init.sql", "1.3 公共错误类型 app/errs.go"]],
  [
    "2. 订单",
    ["2.1 订单仓储 app/order_repo.go", "2.2 订单服务 app/order_service.go", "2.3 订单接口 app/order_api.go"],
  ],
];
const note = kiroNotes("实施计划", GROUPS);

describe("Chinese in a numbered plan", () => {
  it.each([
    // "wraps 2.1's OrderRepo", "uses the table 1.2 creates", "sends through 2.2"
    ["2.2", "包装 2.1 的 `OrderRepo`", ["2.1>2.2"]],
    ["2.1", "使用 1.2 创建的表", ["1.2>2.1"]],
    ["2.3", "下单请求通过 2.2 发出", ["2.2>2.3"]],
    // "start after 2.1 is merged", Traditional "完成後"
    ["2.2", "在 2.1 合并之后开始", ["2.1>2.2"]],
    ["2.3", "2.2 完成後才能開始", ["2.2>2.3"]],
    // "only waits for 1.3"
    ["2.1", "只等 1.3", ["1.3>2.1"]],
  ])("reads the note of %s: %s", (under, words, expected) => {
    expect(note(under, words)).toEqual(expected);
  });

  it("binds a later sub-task named as the maker of what this one uses, or said to come first", () => {
    // "uses the error type 2.3 defines", "the lock is configured by 2.2", "2.2 and 2.3 must be in place first"
    expect(note("2.1", "使用 2.3 定义的错误类型")).toEqual(["2.3>2.1"]);
    expect(note("2.1", "锁由 2.2 配置")).toEqual(["2.2>2.1"]);
    expect(note("2.1", "2.2、2.3 两个都要先就位")).toEqual(["2.2>2.1", "2.3>2.1"]);
  });

  it("binds nothing where the note compares, denies, or only counts", () => {
    // "same format as 2.1's", "does not need 2.2's service", "1.1、1.2 etc."
    expect(note("2.3", "和 2.1 的格式一样")).toEqual([]);
    expect(note("2.3", "不需要 2.2 的服务")).toEqual([]);
    expect(note("2.3", "参考 1.1、1.2 等")).toEqual([]);
  });

  it("reads a semicolon as the end of a clause: an alternative after it hedges only its own clause", () => {
    expect(note("2.3", "基于 2.2 注册的指标；超时或失败时告警")).toEqual(["2.2>2.3"]);
  });
});

describe("Chinese statements about groups", () => {
  // The intro says the numbering is no order ("编号只是为了引用，不代表执行顺序"), so only the words order groups.
  const plan = (words: string): string[] =>
    detect(
      `${kiroPlan("实施计划", [
        ...GROUPS,
        ["3. 报表", ["3.1 报表查询 app/report.go", "3.2 报表导出 app/export.go"]],
      ]).replace(
        "# 实施计划\n",
        "# 实施计划\n\n编号只是为了引用，不代表执行顺序。\n",
      )}\n## 依赖\n\n- ${words}\n`,
    )
      .edges.filter((e) => e.origin === "statement")
      .map((e) => `${e.from}>${e.to}`)
      .sort();

  it("reads '第 N 组' as group N", () => {
    expect(plan("第 2 组全部合并后才能开始第 3 组")).toEqual(
      ["2.1>3.1", "2.1>3.2", "2.2>3.1", "2.2>3.2", "2.3>3.1", "2.3>3.2"].sort(),
    );
  });

  it("leaves a sub-task of the waiting group that is named as a prerequisite free of the others", () => {
    expect(plan("第 3 组只等 2.2 和 3.1")).toEqual(["2.2>3.2", "3.1>3.2"]);
  });

  it("reads a denied wait as no relation", () => {
    expect(plan("第 3 组不用等第 2 组")).toEqual([]);
  });
});

describe("a permission to go first", () => {
  const said = saidUnder("Phase 1: Work", "Notes");
  it("binds nothing: 'can start before' is no obligation", () => {
    expect(said("T004 can even start before T002.")).toEqual([]);
    expect(said("T004 peut même partir avant T002.")).toEqual([]);
    expect(said("T004 可以在 T002 之前做完。")).toEqual([]);
  });

  it("still binds an obligation, and 'can start after'", () => {
    expect(said("T004 must be finished before T002.")).toEqual(["T004>T002"]);
    expect(said("T004 can start after T002.")).toEqual(["T002>T004"]);
  });
});

describe("Chinese statements in a spec-kit list", () => {
  // Setup T001; US1 T002-T004; US2 T005-T007, all [P].
  const pairsOf = (sentence: string): string[] =>
    detect(
      [
        "# Tasks: 订单",
        "",
        "## 阶段 1：初始化",
        "",
        "- [ ] T001 [P] 初始化 app/main.go",
        "",
        "## 阶段 2：用户故事 1 - 下单 (优先级: P1)",
        "",
        ...["T002", "T003", "T004"].map((id) => `- [ ] ${id} [P] [US1] 下单 app/${id.toLowerCase()}.go`),
        "",
        "## 阶段 3：用户故事 2 - 查询 (优先级: P2)",
        "",
        ...["T005", "T006", "T007"].map((id) => `- [ ] ${id} [P] [US2] 查询 app/${id.toLowerCase()}.go`),
        "",
        "## 依赖关系",
        "",
        `- ${sentence}`,
        "",
      ].join("\n"),
    )
      .edges.filter((e) => e.origin === "statement")
      .map((e) => `${e.from}>${e.to}`)
      .sort();

  it("reads '等' before a pronoun as a wait, not as the 'etc.' that turned the clause around", () => {
    // "它们" (them) is not resolved yet: no edge from the clause, and never T004 before T002 and T003.
    expect(pairsOf("T002 和 T003 并行开发，T004 等它们都完成后再做。")).toEqual([]);
  });

  it("keeps '等' after a list as 'etc.'", () => {
    expect(pairsOf("T005、T006 等任务可以并行。")).toEqual([]);
  });

  it("reads a story before '的' and one of its own tasks as where that task is", () => {
    expect(pairsOf("T002 的迁移阻塞 US2 的 T006。")).toEqual(["T002>T006"]);
    // A task the story does not hold leaves the story whole.
    expect(pairsOf("T002 阻塞 US2 的 T004。")).toEqual(["T002>T004", "T002>T005", "T002>T006", "T002>T007"]);
  });
});

describe("Chinese: the other side of a parallel word opened by 与 (with)", () => {
  const serialNotes = (sentence: string): string[] =>
    pairs(serial(["T001", "T002", "T003", "T004", "T005"], `## 说明\n\n- ${sentence}\n`), "order").sort();

  it("sets the subject beside what 与 opens, and leaves that list in its order", () => {
    // "T005 can run in parallel with T003, T004": T005 no longer waits for them, T003 < T004 stays.
    expect(serialNotes("T005 可与 T003、T004 并行。")).toEqual([
      "T001>T002",
      "T002>T003",
      "T002>T005",
      "T003>T004",
    ]);
  });

  it("reads 与 between two names as joining them", () => {
    // "T004 does not depend on T001; T002 and T003 run in parallel": T004 still follows T002 and T003.
    expect(serialNotes("T004 不依赖 T001，T002 与 T003 并行。")).toEqual([
      "T001>T002",
      "T001>T003",
      "T002>T004",
      "T003>T004",
      "T004>T005",
    ]);
  });
});

describe("Chinese: starting together, a list the colon brings, a task said to come first", () => {
  const said = saidUnder("阶段 1：工作", "说明");

  it("reads 同时开始 and 一起开工 as parallel words, and 这些/以下任务 as the list after the colon", () => {
    // "after T001 is done, these can start at the same time: T002, T003, T004"
    expect(said("T001 完成后，这些可以同时开始：T002、T003、T004。")).toEqual([
      "T001>T002",
      "T001>T003",
      "T001>T004",
    ]);
    expect(said("T001 完成后，以下任务可以一起开工：T002、T003。")).toEqual(["T001>T002", "T001>T003"]);
    // "同时" alone is "meanwhile": no claim, the need stays
    expect(said("同时，T003 需要 T002。")).toEqual(["T002>T003"]);
  });

  it("frees the tasks said to start together from their listing order among themselves", () => {
    const order = (sentence: string): string[] =>
      pairs(serial(["T001", "T002", "T003", "T004"], `## 说明\n\n- ${sentence}\n`), "order").sort();
    // The statement makes T001 < T002-T004; no listing order is left among the three.
    expect(order("T001 完成后，这些可以同时开始：T002、T003、T004。")).toEqual([]);
    // Without a word of parallel work the listing order stays.
    expect(order("T001 完成后，T002、T003、T004 都要做。")).toEqual(["T002>T003", "T003>T004"]);
  });

  it("binds a task said to be finished first even when the concession's comma stands between", () => {
    const text = `# Tasks

## Phase 1: Work

- [ ] T001 [P] Docs in docs/api.md（T003 的格式已经定了，文档要先写好）
- [ ] T002 [P] Routes in app/api/router.py（T003 虽然排在后面，但要先做完）
- [ ] T003 [P] Rate limit dependency in app/api/deps.py
`;
    // Without the concession the comma ends the clause: T001's "T003 ... 文档要先写好" binds nothing.
    expect(pairs(text).sort()).toEqual(["T003>T002"]);
  });
});

describe("Chinese: an exception opening the sentence, and a range with 到 or 至", () => {
  const said = saidUnder("阶段 1：工作", "说明");

  it("carves the tasks of '除 ... 外，' out of the statement after it", () => {
    expect(said("除 T004 外，T002、T003、T005 都依赖 T001。")).toEqual([
      "T001>T002",
      "T001>T003",
      "T001>T005",
    ]);
    expect(said("除了 T004，T002、T003、T005 都依赖 T001。")).toEqual([
      "T001>T002",
      "T001>T003",
      "T001>T005",
    ]);
    expect(said("除了 T004 以外，T002 到 T005 都依赖 T001。")).toEqual([
      "T001>T002",
      "T001>T003",
      "T001>T005",
    ]);
    // Must not fire: "删除" (delete) is no exception.
    expect(said("T005 依赖 T001；T003 负责删除 T004 留下的旧表。")).toEqual(["T001>T005"]);
  });

  it("reads 'T002 到 T005' and 'T002 至 T005' as ranges", () => {
    expect(said("T002 到 T004 都依赖 T001。")).toEqual(["T001>T002", "T001>T003", "T001>T004"]);
    expect(said("T003 至 T005 依赖 T001。")).toEqual(["T001>T003", "T001>T004", "T001>T005"]);
  });
});
