import { describe, expect, it } from "vitest";
import { pairs, serial, speckit, statementPairs } from "./plan-helpers.js";

const five = (notes: string): string =>
  speckit([["Phase 1: Work", ["T001", "T002", "T003", "T004", "T005"]]], notes);
const unmarked = (notes: string): string => serial(["T001", "T002", "T003", "T004"], notes);

describe("statements in other languages", () => {
  it.each([
    ["French", "- T004 dépend de T001\n- T002 avant T005"],
    ["Spanish", "- T004 depende de T001\n- T002 antes de T005"],
    ["Portuguese", "- T004 só pode começar após T001\n- T002 antes da T005"],
    ["Russian", "- T004 зависит от T001\n- T002 перед T005"],
    ["Chinese", "- T004 依赖 T001\n- T002 在 T005 之前"],
    ["Japanese", "- T004 は T001 の後に実行する\n- T002 は T005 より前に終える"],
    ["Korean", "- T004 는 T001 이후 진행\n- T002 는 T005 전에 완료"],
  ])("reads forward and backward relations in %s", (_, notes) => {
    expect(statementPairs(five(`## Notes\n\n${notes}\n`))).toEqual(["T001>T004", "T002>T005"]);
  });

  it.each([
    ["French", "T002 et T003 en parallèle"],
    ["French", "T002 et T003 peuvent être faites en même temps"],
    ["Spanish", "T002 y T003 en paralelo"],
    ["Portuguese", "T002 e T003 em paralelo"],
    ["Russian", "T002 и T003 параллельно"],
    ["Chinese", "T002、T003 可并行"],
    ["Japanese", "T002 と T003 は並行して進められる"],
    ["Korean", "T002 와 T003 병렬 진행"],
  ])("reads a parallel statement in %s", (_, sentence) => {
    expect(pairs(unmarked(`## Notes\n\n- ${sentence}\n`), "order")).not.toContain("T002>T003");
  });

  it.each([
    ["French", "T004 pourrait dépendre de T001"],
    ["Spanish", "T004 depende de T001, por ejemplo"],
    ["Portuguese", "T004 depende de T001 ou de T002"],
    ["Russian", "T004 зависит от T001 или от T002"],
    ["Chinese", "T004 或者依赖 T001"],
    ["Japanese", "T004 は T001 の後、または T002 の後"],
    ["Korean", "T004 는 T001 이후 또는 T002 이후"],
  ])("reads an alternative in %s as binding nothing", (_, sentence) => {
    expect(statementPairs(five(`## Notes\n\n- ${sentence}\n`))).toEqual([]);
  });

  it.each([
    ["French", "T004 est indépendant de T001"],
    ["Portuguese", "T004 não depende de T001"],
    ["Russian", "T004 независим от T001"],
    ["Chinese", "T004 与 T001 无依赖"],
    ["Japanese", "T004 は T001 と依存なし"],
    ["Korean", "T004 는 T001 과 의존성 없음"],
  ])("reads a negation in %s as no edge", (_, sentence) => {
    expect(statementPairs(five(`## Notes\n\n- ${sentence}\n`))).toEqual([]);
  });

  it("reads Traditional Chinese as written in Taiwan", () => {
    // 依賴 (depends on) and 阻擋 / 擋住 (blocks) in one sentence: two relations, two directions.
    expect(statementPairs(five("## 相依性\n\n- T003 依賴 T001，並且阻擋 T005。\n"))).toEqual([
      "T001>T003",
      "T003>T005",
    ]);
    expect(statementPairs(five("## 相依性\n\n- T004 依賴 T002，並且擋住 T005 的整合測試。\n"))).toEqual([
      "T002>T004",
      "T004>T005",
    ]);
    expect(pairs(unmarked("## 備註\n\n- T002 與 T003 獨立，可同時進行。\n"), "order")).not.toContain(
      "T002>T003",
    );
    // A comparative: "T005 必須比 T002 先完成" (T005 must be done before T002), against list order.
    expect(statementPairs(five("## 相依性\n\n- T005 必須比 T002 先完成。\n"))).toEqual(["T005>T002"]);
  });

  it("does not read a Chinese 'block' that names nothing after it", () => {
    expect(statementPairs(five("## 相依性\n\n- 遇到阻擋就回報。\n"))).toEqual([]);
    expect(statementPairs(five("## 相依性\n\n- T005 比 T002 大。\n"))).toEqual([]);
  });

  it("reads the Dutch 'na' (after), not the Portuguese 'na' (in the) of a Portuguese sentence", () => {
    expect(statementPairs(five("## Notes\n\n- T004 komt pas na T001.\n"))).toEqual(["T001>T004"]);
    expect(
      statementPairs(
        five("## Notas\n\n- T001 não faz sentido sozinha, e mexe no arquivo que nasce na T004.\n"),
      ),
    ).toEqual([]);
    expect(statementPairs(five("## Notas\n\n- A T004 só roda depois da T001, que entra na T002.\n"))).toEqual(
      ["T001>T004"],
    );
  });
});
