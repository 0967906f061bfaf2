import { describe, expect, it } from "vitest";
import { detect, kiroNotes, kiroPlan, pairs, saidUnder, serial, twoStoriesIn } from "./plan-helpers.js";

// A Kiro plan in Japanese: two groups of three sub-tasks; `note` is written under sub-task `under`.
const GROUPS: Array<[string, string[]]> = [
  [
    "1. 基盤",
    [
      "1.1 設定を読み込む app/config.go",
      "1.2 スキーマを作る app/db/001_init.sql",
      "1.3 共通のエラー型 app/errs.go",
    ],
  ],
  [
    "2. 注文",
    [
      "2.1 注文リポジトリ app/order_repo.go",
      "2.2 注文サービス app/order_service.go",
      "2.3 注文 API app/order_api.go",
    ],
  ],
];
const statements = kiroNotes("実装計画", GROUPS);

describe("Japanese in a numbered plan: the object and its particle before the word", () => {
  it.each([
    // "uses 2.1's `OrderRepo` as it is", "calls 2.2's Place and registers it on the router"
    ["2.2", "2.1 の `OrderRepo` をそのまま使う", ["2.1>2.2"]],
    ["2.3", "2.2 の `OrderService.Place` を呼んでルーターに載せる", ["2.2>2.3"]],
    // "takes the error codes from 1.3's `Errs`", "wraps the table created in 1.2"
    ["2.1", "エラーコードは 1.3 の `Errs` から取る", ["1.3>2.1"]],
    ["2.1", "1.2 で作成したテーブルを包む", ["1.2>2.1"]],
    // "depends on 1.1's `Config.Load`": what a sub-task owns may stand between it and the particle
    ["2.2", "1.1 の `Config.Load` に依存する", ["1.1>2.2"]],
    // "only once both 2.1's tests and 2.2's review have passed": two owners joined by "と" are one list
    ["2.3", "2.1 のテストと 2.2 のレビューの両方が通ってから", ["2.1>2.3", "2.2>2.3"]],
    // "the repository (2.1) and the service (2.2) must all be in place": items glossed with their numbers
    ["2.3", "リポジトリ（2.1）、サービス（2.2）がすべて揃っている必要がある", ["2.1>2.3", "2.2>2.3"]],
    // "can start once 1.1-1.3 are in place", "every migration of 1.x is a premise"
    ["2.1", "1.1〜1.3 が揃っていれば始められる", ["1.1>2.1", "1.2>2.1", "1.3>2.1"]],
    ["2.1", "1.x のマイグレーションが前提", ["1.1>2.1", "1.2>2.1", "1.3>2.1"]],
    // "return errors with 1.3's error type": a thing a sub-task owns, named with "の", is used
    ["2.3", "エラーは 1.3 のエラー型で返す", ["1.3>2.3"]],
    // "shape the responses after 2.3's OpenAPI definition": words of the owned thing may have spaces between
    ["2.1", "応答の形は 2.3 の OpenAPI 定義に合わせる", ["2.3>2.1"]],
    // "finish before 2.1, although its number is later": the subject goes first
    ["2.2", "番号は後ろだが 2.1 より先に終わらせる", ["2.2>2.1"]],
  ])("under %s: %s", (under, note, expected) => {
    expect(statements(under, note)).toEqual(expected);
  });

  it.each([
    // "does not wait for 2.1", "no need to wait for 1.2"
    ["2.2", "2.1 を待たない"],
    ["2.1", "1.2 を待つ必要はない"],
    // "if there is time, you may finish 2.1 first": a condition and a permission
    ["2.2", "余裕があれば 2.1 の後に回してもよい"],
    // "does not use 1.3's error type" is no use; "1.3's section 5.2 of the design" names no sub-task
    ["2.1", "1.3 のエラー型はここでは使わない"],
    // "defined apart from 1.3's error type": a contrast
    ["2.1", "1.3 のエラー型とは別に定義する"],
  ])("under %s binds nothing: %s", (under, note) => {
    const edges = statements(under, note);
    expect(edges.filter((e) => e.endsWith(`>${under}`))).toEqual([]);
  });

  it("carries the word for a top-level task to a bare number in the same sentence", () => {
    // In the plan's intro: "go on to 2 only after the whole of task 1 is done"
    const text = kiroPlan("実装計画", GROUPS).replace(
      "- [ ] 1. 基盤",
      "タスク 1 全体が終わってから 2 に進む。\n\n- [ ] 1. 基盤",
    );
    const edges = detect(text).edges.filter((e) => e.origin === "statement");
    expect(edges.map((e) => `${e.from}>${e.to}`).sort()).toEqual(
      expect.arrayContaining(["1.1>2.1", "1.2>2.1", "1.3>2.1"]),
    );
    // A number that counts something is no task: "after task 1, write 2 tests".
    const counted = kiroPlan("実装計画", GROUPS).replace(
      "- [ ] 1. 基盤",
      "タスク 1 の後、2 つのテストを書く。\n\n- [ ] 1. 基盤",
    );
    expect(detect(counted).edges.filter((e) => e.origin === "statement")).toEqual([]);
  });
});

describe("Japanese statements in a spec-kit list", () => {
  // Five [P] tasks, T001 to T005, and one bullet under a Japanese heading ("依存関係", dependencies).
  const said = saidUnder("フェーズ 1: 準備", "依存関係");

  it.each([
    // "T004 only after T001 and T002 are both done"
    ["T004 は T001 と T002 の両方が終わってから。", ["T001>T004", "T002>T004"]],
    // "what T005 needs is only T003": the object follows
    ["T005 が必要なのは T003 だけ。", ["T003>T005"]],
    // "... only T003, and T004 comes after T001": "で、" joins two clauses, each with its own subject
    ["T005 が必要なのは T003 だけで、T004 は T001 の後。", ["T001>T004", "T003>T005"]],
  ])("%s", (sentence, expected) => {
    expect(said(sentence).sort()).toEqual(expected);
  });

  it("binds nothing in a suggestion", () => {
    // "Recommended: T005 after T002 (a rough guide)"
    expect(said("おすすめは T002 の後に T005。あくまで目安。")).toEqual([]);
  });
});

describe("a denial whose object stands before it, in a task's own words", () => {
  // Five unmarked tasks in one phase: listing order chains them; T005's own text says the words.
  const chained = (words: string, only: "order" | "any" = "order"): string[] =>
    pairs(
      `# Tasks: 受付\n\n## フェーズ 1: 作業\n\n${["T001", "T002", "T003", "T004"]
        .map((id, i) => `- [ ] ${id} 画面 ${i} を web/src/p${i}.tsx に作る`)
        .join("\n")}\n- [ ] T005 一覧を web/src/list.tsx に作る。${words}\n`,
      only === "any" ? undefined : "order",
    ).sort();

  it.each([
    // "unrelated to T002-T004", "need not wait for T004", "independent of T004"
    ["T002〜T004 とは無関係", ["T001>T005"]],
    ["T004 を待つ必要はない", ["T003>T005"]],
    ["T004 とは独立", ["T003>T005"]],
    // "waits for T002, but need not wait for T003-T004": what を marks is an object, never the subject
    ["T002 を待つが、T003〜T004 を待つ必要はない", ["T002>T005"]],
  ])("sets the task apart from what it names: %s", (words, into) => {
    expect(chained(words).filter((p) => p.endsWith(">T005"))).toEqual(into);
  });

  it("keeps the listing order when the object does not stand right before the word", () => {
    // "the layout of T004 is followed, but does not wait for the API" names T004 as no object of the denial
    expect(chained("T004 のレイアウトに合わせるが、API は待たない", "any")).toContain("T004>T005");
  });
});

describe("Japanese: 'X は Y に依存しない' in the notes", () => {
  // Four unmarked tasks in one phase, so the listing order chains them.
  const order = (sentence: string): string[] =>
    pairs(serial(["T001", "T002", "T003", "T004"], `## 依存関係\n\n- ${sentence}\n`)).sort();

  it("sets the subject apart from the object only, freeing neither from the rest of the order", () => {
    // "T004 does not depend on T003": T004 still follows T002 (and T001); T003 still follows T002.
    expect(order("T004 は T003 に依存しない。")).toEqual(["T001>T002", "T002>T003", "T002>T004"]);
  });
});

describe("Japanese: 'each other' written before the word of denial", () => {
  it("sets the two apart from each other only", () => {
    const order = pairs(
      serial(["T001", "T002", "T003", "T004"], "## 依存関係\n\n- T003 と T004 は互いに依存しない。\n"),
    );
    // T004 no longer follows T003, and still follows T002; nothing is freed from the rest.
    expect(order.sort()).toEqual(["T001>T002", "T002>T003", "T002>T004"]);
  });
});

describe("Japanese: an ID after a group's の, and 'until X is done'", () => {
  // Setup (T001), US1 (T002, T003) and US2 (T004, T005), each phase heading in Japanese.
  const said = twoStoriesIn(
    [
      "フェーズ1: セットアップ",
      "フェーズ2: ユーザーストーリー1 - 貸し出し (優先度: P1)",
      "フェーズ3: ユーザーストーリー2 - 返却 (優先度: P2)",
    ],
    "依存関係",
  );

  it("reads the task a group's の names as the object, not as something the group owns", () => {
    expect(said("US2 の T005 は US1 の T003 に依存する。")).toEqual(["T003>T005"]);
    expect(said("T004 は US1 の T002 を使う。")).toEqual(["T002>T004"]);
  });

  it("reads 'cannot start until X is done' as a wait for X", () => {
    expect(said("T005 は US1 の T002 と T003 が終わるまで着手できない。")).toEqual([
      "T002>T005",
      "T003>T005",
    ]);
    expect(said("T002 が揃うまで T004 は始められない。")).toEqual(["T002>T004"]);
  });

  it("reads no wait from 'by the time X is done', nor from an object it cannot name", () => {
    expect(said("T004 は T002 が終わるまでに仕上げる。")).toEqual([]);
    expect(said("どのストーリーも、このフェーズが終わるまで着手できない。")).toEqual([]);
  });
});

describe("a name glossed with its IDs before a postposition", () => {
  // Five unmarked tasks; T005's own line says it does not depend on the back end (T002-T004).
  const list = (note: string): string =>
    [
      "# Tasks",
      "",
      "## Phase 1: Work",
      "",
      "- [ ] T001 Schema in db/schema.sql",
      "- [ ] T002 Service in api/service.go",
      "- [ ] T003 Handler in api/handler.go",
      "- [ ] T004 Router in api/router.go",
      `- [ ] T005 View in web/view.vue: ${note}`,
      "",
    ].join("\n");

  it("reads the gloss as the postposition's object, not as a mention", () => {
    const edges = pairs(list("モックで足りるので、バックエンド（T002〜T004）とは独立"));
    expect(edges).toContain("T001>T005");
    expect(edges.filter((e) => e.endsWith(">T005"))).toEqual(["T001>T005"]);
  });

  it("still reads a gloss that nothing denies as a mention", () => {
    expect(pairs(list("バックエンド（T002〜T004）の API を呼ぶ"))).toEqual(
      expect.arrayContaining(["T002>T005", "T003>T005", "T004>T005"]),
    );
  });
});
