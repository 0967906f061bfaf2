import { describe, expect, it } from "vitest";
import { detect, kiroNotes, pairs, saidUnder, twoStoriesIn } from "./plan-helpers.js";

// A Kiro plan in Korean: two groups of three sub-tasks; `note` is written under sub-task `under`.
const statements = kiroNotes("구현 계획", [
  [
    "1. 기반",
    [
      "1.1 빌드 설정 app/build.gradle.kts",
      "1.2 스키마 app/db/V1__init.sql",
      "1.3 공통 예외 처리 app/src/Errors.kt",
    ],
  ],
  [
    "2. 기능",
    [
      "2.1 주문 엔티티 app/src/Order.kt",
      "2.2 주문 서비스 app/src/OrderService.kt",
      "2.3 주문 API app/src/OrderApi.kt",
    ],
  ],
]);

describe("Korean in a numbered plan: the object and its particle before the word", () => {
  it.each([
    // "can start only once 1.2 is done", "only once 2.1 and 2.2 are merged"
    ["2.3", "1.2가 끝나야 시작할 수 있다", ["1.2>2.3"]],
    ["2.3", "2.1과 2.2가 머지되어야 시작한다", ["2.1>2.3", "2.2>2.3"]],
    // "written after 2.1 and 2.2 are done (group 1 has no such rule)": the parenthesis is an aside
    ["2.3", "2.1~2.2가 끝난 뒤에 쓴다 (그룹 1에는 이 규칙이 없다)", ["2.1>2.3", "2.2>2.3"]],
    // "must finish before 2.1 although its number is later": the subject goes first
    ["2.2", "번호는 뒤지만 2.1보다 먼저 끝나야 한다", ["2.2>2.1"]],
    // "exposes 2.2's service as it is", "extends 1.3's handler": a verb of use on what a sub-task owns
    ["2.3", "2.2의 서비스를 그대로 노출한다", ["2.2>2.3"]],
    ["2.1", "1.3의 ErrorHandler를 상속한다", ["1.3>2.1"]],
    // "1.1's settings and 1.2's schema are needed": two owners joined by "과" are one list
    ["2.1", "1.1의 설정과 1.2의 스키마가 필요하다", ["1.1>2.1", "1.2>2.1"]],
  ])("under %s: %s", (under, note, expected) => {
    expect(statements(under, note)).toEqual(expected);
  });

  it("reads the subject after a word of time and the list its particle closes", () => {
    // In the plan's intro: "once 1.1 is done, 1.2 and 1.3 go on at the same time"
    const edges = statements("1.1", "1.1이 끝나면 1.2, 1.3을 동시에 진행한다");
    expect(edges).toEqual(expect.arrayContaining(["1.1>1.2", "1.1>1.3"]));
  });

  it.each([
    // "no need to wait for 1.2", "does not wait for 1.2"
    ["2.1", "1.2를 기다릴 필요는 없다"],
    ["2.1", "1.2를 기다리지 않는다"],
    // "writing it after 2.1 is handy, but it need not be so": a concession takes the order back
    ["2.3", "2.1 이후에 쓰면 편하지만, 꼭 그럴 필요는 없다"],
    // "does not use 2.1's code", "2.2 and 2.3 use this entity" (they are the subject, not what 2.1 needs)
    ["2.2", "2.1과 같은 규칙이지만 2.1의 코드를 쓰지는 않는다"],
    ["2.1", "2.2, 2.3이 이 엔티티를 쓴다"],
    // "adds the WebClient dependency": a library dependency, no task
    ["1.1", "WebClient 의존성을 추가한다"],
  ])("under %s binds nothing: %s", (under, note) => {
    const edges = statements(under, note);
    expect(edges.filter((e) => e.endsWith(`>${under}`))).toEqual([]);
  });
});

describe("Korean statements in a spec-kit list", () => {
  // Five [P] tasks, T001 to T005, and one bullet under a Korean heading ("의존성", dependencies).
  const said = saidUnder("단계 1: 준비", "작업 순서");

  it.each([
    // "No task of T003 and T004 starts before T001 is merged": a negated "before" turns round
    ["T003, T004는 T001이 머지되기 전에는 시작하지 않는다.", ["T001>T003", "T001>T004"]],
    // "T005 waits for T002"
    ["T005는 T002를 기다린다.", ["T002>T005"]],
  ])("%s", (sentence, expected) => {
    expect(said(sentence).sort()).toEqual(expected);
  });

  it("binds nothing in an optional note", () => {
    // "Optional: T005 after T002"
    expect(said("선택 사항: T005는 T002 이후에 해도 된다.")).toEqual([]);
  });
});

describe("Korean spec-kit: phases numbered before the word", () => {
  const said = twoStoriesIn(
    [
      "1단계: 설정",
      "2단계: 사용자 스토리 1 - 장바구니 (우선순위: P1)",
      "3단계: 사용자 스토리 2 - 결제 (우선순위: P2)",
    ],
    "의존성",
  );

  it("reads '2단계' in prose as phase 2", () => {
    // "Phase 3 starts after phase 2 is done"
    expect(said("3단계는 2단계가 끝난 뒤 시작한다.")).toEqual([
      "T002>T004",
      "T002>T005",
      "T003>T004",
      "T003>T005",
    ]);
  });

  it("keeps a recommendation from making a rule of kinds of work", () => {
    // "T003 takes a day for its test key, so touching it first in US1 is recommended": no tests-first cue;
    // without "권장한다" (is recommended) the same words make one.
    const list = (verb: string): string => `# 작업 목록

## 1단계: 사용자 스토리 1 - 장바구니 (우선순위: P1)

- [ ] T001 [P] [US1] 장바구니 테스트 app/src/test/CartTest.kt
- [ ] T002 [P] [US1] 결제 클라이언트 app/src/main/PayClient.kt
- [ ] T003 [P] [US1] 주문 화면 web/src/Order.tsx

## 메모

- T003은 테스트 키 발급에 하루가 걸리니 US1에서 가장 먼저 손대는 것을 ${verb}.
`;
    expect(pairs(list("권장한다"), "cue")).toEqual([]);
    expect(pairs(list("해야 한다"), "cue")).not.toEqual([]);
  });
});

describe("Korean: a task set beside others named with a particle of company", () => {
  // Four tasks without [P] in one phase: each follows the ones listed before it unless the note says otherwise.
  const edges = (note: string): string[] =>
    detect(
      [
        "# 작업",
        "",
        "## 1단계: 운영",
        "",
        "- [ ] T001 운영 서비스 src/ops/service.ts",
        "- [ ] T002 운영 저장소 src/ops/repo.ts",
        "- [ ] T003 운영 컨트롤러 src/ops/controller.ts",
        "- [ ] T004 게이트웨이 룸 src/gw/room.ts",
        "",
        "## 메모",
        "",
        `- ${note}`,
        "",
      ].join("\n"),
    )
      .edges.map((e) => `${e.from}>${e.to}`)
      .sort();

  it("sets the topic beside the list before 과/와, not the list's members beside each other", () => {
    // "T004 can run in parallel with T002 and T003" (a middle dot or a comma between them)
    const beside = ["T001>T002", "T001>T004", "T002>T003"];
    expect(edges("T004 는 T002·T003 과 병렬 가능")).toEqual(beside);
    expect(edges("T004 는 T002, T003 과 병렬 가능")).toEqual(beside);
  });

  it("still sets two tasks named together beside each other", () => {
    // "T002 and T003 can run in parallel": the listing order after them stays
    expect(edges("T002·T003 은 병렬 가능")).toEqual(["T001>T002", "T001>T003", "T002>T004", "T003>T004"]);
  });
});

describe("Korean: a task's note that it has nothing to do with others", () => {
  // Three unmarked tasks (listing order chains them); T003's own note names T002.
  const into = (note: string): string[] =>
    pairs(
      [
        "# 작업",
        "",
        "## Phase 1: 작업",
        "",
        "- [ ] T001 패널 src/panel.tsx",
        "- [ ] T002 버튼 src/button.tsx",
        `- [ ] T003 대화상자 src/dialog.tsx (${note})`,
      ].join("\n"),
    )
      .filter((p) => p.endsWith(">T003"))
      .sort();

  it("frees it from the tasks before 하고는/과는 상관 없음, 무관", () => {
    expect(into("T001 이후. T002 하고는 상관 없음")).toEqual(["T001>T003"]);
    // freed from T002 only: T001, listed before it, still goes first
    expect(into("T002 와는 무관")).toEqual(["T001>T003"]);
  });

  it("keeps the order where the note says they are related", () => {
    // Must not fire: "관련 있음" (related) and "상관 있음" (it matters)
    expect(into("T002 하고 관련 있음")).toEqual(["T002>T003"]);
    expect(into("T002 하고 상관 있음")).toEqual(["T002>T003"]);
  });
});
