import { NOT_AFTER_VERSION_MARK } from "../../parse/task-id-pattern.js";
import type { TaskList } from "../../model/task.js";

export const T_ID = String.raw`T\d{3,}[A-Za-z]?(?:[.-](?:\d+|[A-Z]{2,}))*`;
// "T005 to T010", "T005 bis T010", "T005 hasta T010", "T005 jusqu'à T010", "T005 tot en met T010", "T005 sampai T010",
// Indonesian "2.1 s.d. 2.7" (sampai dengan: up to and with), "s/d",
// Hindi "2.4 से 2.7", Bengali "3.1 থেকে 3.4 (পর্যন্ত)", Thai "T052 ถึง T056", Chinese "T002 到 T005", "T002 至 T005".
export const RANGE = String.raw`\s*(?:-|–|—|\.\.\.?|~|〜|～|\bto\b|\bthrough\b|\bthru\b|\bat[eé]\b|\bbis\b|\bhasta\b|\bjusqu['’]\s*[àa]\b|\btot\s+en\s+met\b|\bfino\s+a\b|\bs\.\s?d\.|\bs/d\b|\bsampai(?:\s+dengan)?\b|\bhingga\b|(?<![\u0600-\u06FF])(?:تا|إلى|الى)(?![\u0600-\u06FF])|(?<![\u0900-\u097F])से(?![\u0900-\u097F])|(?<![\u0980-\u09FF])থেকে(?![\u0980-\u09FF])|(?<![\u0600-\u06FF])سے(?![\u0600-\u06FF])|ถึง|到|至)\s*`;

// In numbered lists a parent task is also called a group ("all of group 2", Bengali "গ্রুপ ৮", Hindi "समूह 3",
// Czech and Slovak "skupina 2", folded like the Slovak "úloha" and Czech "úkol": task).
export const TASK_WORD = String.raw`(?:(?:sub-?)?tasks?|groups?|sections?|secci[oó]n(?:es)?|abschnitte?|раздел[аыу]?|tarefas?|tareas?|grupos?|t[aâ]ches?|groupes?|aufgaben?|grupp(?:o|i|e|en)?|(?:sotto)?attivit[àa]|steps?|schritte?|etapas?|passos?|kroki?|grup(?:a|y|ę|e|ie|ą|u|i|om|ama|ul|ului|urile|urilor)?|(?:pod)?zadat(?:ak|ka|ku|ci|aka)|(?:pod)?uloh(?:a|y|e|u|ou|ach|ami|am)?|(?:pod)?ukol(?:u|y|em|ech|um|ov)?|skupin(?:a|y|e|u|ou|ach|ami|am)?|zadani(?:e|a|u|em)|задач[аиуе]?|групп[аыуе]?|груп(?:а|и|у|і|ою)|підзадач(?:а|і|у|ею)?|任务|任務|タスク|组|グループ|작업|그룹|步骤|步驟|ステップ|nh[oó]m|b[uư][oớ]c|шаг(?:а|и|у|ом|е|ов|ам|ами|ах)?|(?:সাব-?)?টাস্ক|গ্রুপ|समूह|ग्रुप|(?:सब-?)?टास्क)`;

// A task ID of either style, T-numbered or numbered ("2.1"), to learn what "a" means in the list.
const ANY_ID = String.raw`(?:${T_ID}|(?<![\w.])\d+(?:\.\d+)+)`;
const JOINED_BY_ROMANCE_AND = new RegExp(String.raw`${ANY_ID}\s+(?:e|y|et|ed)\s+${ANY_ID}`);
const SERIES_ENDED_BY_A = new RegExp(String.raw`${ANY_ID},\s*${ANY_ID}\s+a\s+${ANY_ID}`);
// Czech and Slovak "2.1 až 2.4", "skupiny 1 až 9": "to" (text is matched folded, where "až" reads "az", the
// Hungarian article, so the list's own spelling decides).
const AZ_BETWEEN_NUMBERS = new RegExp(String.raw`(?:${T_ID}|(?<![\w.])\d+(?:\.\d+)*)\s+až\s+(?:T\d|\d)`);

/** The patterns that find IDs and ranges, with the words this list uses for "to". */
export interface IdPatterns {
  /** "T005", "T005-T010" (the ID and the range's end as groups 1 and 2). */
  tItem: RegExp;
  /** "2.1", "3.1-3.3" written bare (groups 1 and 2). */
  bareNumbered: RegExp;
  /** "task 2.1", "tasks 2.1-2.3 and 2.5": a task word and its run of numbers (group 1). */
  numberedList: RegExp;
  /** "2.1-2.3" inside such a run. */
  numberedItem: RegExp;
  /** The range between two IDs, as a source to build on. */
  range: string;
}

const byList = new WeakMap<TaskList, IdPatterns>();
const byRange = new Map<string, IdPatterns>();

/** The ID patterns of `list`: RANGE, plus "a" and "až" where the list uses them for "to". */
export function idPatterns(list: TaskList): IdPatterns {
  let known = byList.get(list);
  if (known === undefined) {
    const texts = [...list.tasks.flatMap((t) => [t.title, t.body]), ...(list.notes ?? []).map((n) => n.text)];
    const words = [
      // "T011 a T013", "T011 à T013": "to" in Portuguese, Spanish, Italian and French, but "and" in Czech
      // and Slovak: "to" where the list joins IDs with another word for "and" ("T027, T028 e T030") and
      // never ends a series with "a" ("T002, T003 a T004").
      texts.some((t) => JOINED_BY_ROMANCE_AND.test(t)) && !texts.some((t) => SERIES_ENDED_BY_A.test(t))
        ? String.raw`\s+[aà]\s+`
        : null,
      texts.some((t) => AZ_BETWEEN_NUMBERS.test(t)) ? String.raw`\s+az\s+` : null,
    ].filter((w): w is string => w !== null);
    const range = words.length === 0 ? RANGE : String.raw`(?:${RANGE}|${words.join("|")})`;
    known = byRange.get(range) ?? compile(range);
    byRange.set(range, known);
    byList.set(list, known);
  }
  return known;
}

function compile(range: string): IdPatterns {
  const numId = String.raw`\d+(?:\.\d+)*`;
  const item = String.raw`${numId}(?:${range}${numId})?`;
  return {
    tItem: new RegExp(String.raw`(?<![\w])(${T_ID})(?:${range}(${T_ID}))?(?!\w)`, "g"),
    // A number written as a version (`^3.4`, `image:3.4`) names no task (NOT_AFTER_VERSION_MARK).
    bareNumbered: new RegExp(
      String.raw`${NOT_AFTER_VERSION_MARK}(\d+(?:\.\d+)+)(?:${range}(\d+(?:\.\d+)+))?(?![\w.]*\w)`,
      "g",
    ),
    numberedList: new RegExp(
      String.raw`${TASK_WORD}\s*#?\s*(${item}(?:\s*(?:,|&|\band\b|\bor\b|\be\b|\by\b|\bet\b|\bund\b|(?<!\p{L})[șş]i(?!\p{L})|и|і|та|、|和|और|तथा|และ)\s*${item})*)`,
      "giu",
    ),
    numberedItem: new RegExp(String.raw`(${numId})(?:${range}(${numId}))?`, "g"),
    range,
  };
}
