import { describe, expect, it } from "vitest";
import { detect, speckit, statementPairs } from "./plan-helpers.js";

const five = (notes: string): string =>
  speckit([["Phase 1: Робота", ["T001", "T002", "T003", "T004", "T005"]]], notes);
const said = (sentence: string): string[] => statementPairs(five(`## Нотатки\n\n- ${sentence}\n`));

describe("Ukrainian statements", () => {
  it.each([
    ["залежить від (depends on)", "T004 залежить від T001.", ["T001>T004"]],
    ["потребує (needs), a list joined by 'і'", "T005 потребує T002 і T003.", ["T002>T005", "T003>T005"]],
    ["two relations joined by 'і'", "T003 чекає на T001 і блокує T005.", ["T001>T003", "T003>T005"]],
    ["після (after)", "T004 беремо лише після T002.", ["T002>T004"]],
    ["коли буде готове (when ... is ready)", "T005 починати, коли буде готове T003.", ["T003>T005"]],
    ["не раніше, ніж (not before)", "T004 не раніше, ніж злито T001.", ["T001>T004"]],
  ])("reads %s", (_, sentence, expected) => {
    expect(said(sentence)).toEqual(expected);
  });

  it("does not fire on denials or suggestions", () => {
    expect(said("T004 не залежить від T001.")).toEqual([]);
    expect(said("Бажано зробити T005 після T003, але це на розсуд команди.")).toEqual([]);
    expect(said("За бажанням T004 можна робити ще до T002.")).toEqual([]);
    expect(said("T002 і T003 ідуть паралельно й одна одну не блокують.")).toEqual([]);
  });
});

describe("a numbered plan written in Ukrainian", () => {
  const plan = (intro: string, notes: Record<string, string> = {}): string => {
    const task = (id: string, title: string): string =>
      `  - [ ] ${id} ${title}\n${notes[id] ? `    - ${notes[id]}\n` : ""}`;
    return `# План\n\n${intro}\n\n- [ ] 1. Схема\n${task("1.1", "Міграція db/points.php")}${task("1.2", "Модель app/Point.php")}- [ ] 2. API\n${task("2.1", "Ресурс app/PointResource.php")}${task("2.2", "Пошук app/Finder.php")}${task("2.3", "Контролер app/PointController.php")}`;
  };
  const edges = (text: string): string[] => detect(text).edges.map((e) => `${e.from}>${e.to}`);

  it("reads a sentence that wraps onto a line starting with a Cyrillic lower-case letter", () => {
    expect(statementPairs(five("## Нотатки\n\nT004 беремо лише\nпісля T001, бо схема вже буде.\n"))).toEqual([
      "T001>T004",
    ]);
  });

  it("binds a note naming what an earlier sub-task made ('з 1.1'), not one naming it as an example", () => {
    const text = plan("Нумерація лише для зручності, порядок рядків нічого не означає.", {
      "1.2": "Модель для таблиці з 1.1",
      "2.3": "Структура така само, як у 2.1",
    });
    expect(edges(text)).toContain("1.1>1.2");
    expect(edges(text)).not.toContain("2.1>2.3");
  });

  it("reads a group said to go last, and a start set by other groups being merged", () => {
    const last = plan("Порядок рядків нічого не означає. Група 2 іде останньою.");
    expect(edges(last)).toEqual(expect.arrayContaining(["1.1>2.1", "1.2>2.3"]));
    const merged = plan("Порядок рядків нічого не означає. Група 2 стартує, коли злита група 1.");
    expect(edges(merged)).toEqual(expect.arrayContaining(["1.1>2.2", "1.2>2.2"]));
    const free = plan("Порядок рядків нічого не означає. Група 2 іде першою, а група 1 — за нею.");
    expect(edges(free)).not.toContain("1.1>2.1");
  });
});
