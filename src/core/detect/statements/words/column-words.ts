/**
 * Table headers naming what a row's subject waits for ("Depends on", "Dependencies", "Blocked by",
 * "Prerequisites", "Can start after", "前置", "依赖", "依存", "선행", "Зависит от"). Headers holding a
 * relation word are recognised by that word; these are the nouns.
 */
export const DEPENDENCY_COLUMNS: readonly string[] = [
  String.raw`dependenc(?:y|ies)|depends|deps|prerequisites?|pre-requisites?|requirements?\s+tasks?|waits?\s+for|upstream`,
  // When the row's work may start: "Can start when", "Starts once", "Ready when", "Unblocked by".
  String.raw`(?:can\s+)?(?:start|starts|begin|begins)\s+(?:when|once|after)|ready\s+(?:when|once)|unblocked\s+(?:when|once|by)`,
  String.raw`d[eé]pendances?|pr[eé]requis|depend[eê]ncias?|dependencias|pr[eé]-?requisitos?|requisitos?\s+previos`,
  String.raw`зависимост\S*|предпосылк\S*`,
  String.raw`前置(?:任务|条件|タスク)?|前提|依赖|依存(?:関係)?|선행(?:\s*작업|\s*조건)?|의존(?:성)?`,
];

/** Table headers naming what waits for a row's subject ("Blocks", "Unblocks", "Dependents", "后续"). */
export const DEPENDENT_COLUMNS: readonly string[] = [
  String.raw`dependents|successors|downstream|unblocks|enables|blocks|required\s+by|needed\s+by`,
  String.raw`d[eé]pendants|bloque|bloqueia|bloquea|sucesores|sucessores`,
  String.raw`блокирует|последующ\S*`,
  String.raw`后续(?:任务)?|後続(?:タスク)?|후행(?:\s*작업)?|阻塞`,
];

/** Cells that say "nothing" ("None", "-", "N/A", "無", "なし", "없음", "нет"). */
export const NONE_CELLS: readonly string[] = [
  String.raw`none|nothing|n/?a|nenhum[a]?|ninguno|aucune?|нет|無|无|なし|없음|[-—–]`,
];

/** Words in a comment above a run of task lines saying they are launched at once ("together"). */
export const TOGETHER_WORDS: readonly string[] = [
  String.raw`together|at\s+once|juntos|juntas|ensemble|вместе|一起|同时|一緒に|同時に|함께|동시에`,
];

/**
 * "T005 prerequisites: T001 and T002", "Prereqs: S2-4", "Voraussetzung: 8.1 und 5.7 sind grün",
 * "Prérequis : T003" (folded), "前置：3.1、2.4", "선행 작업: 2.1": what the task right before the label (or the note's own task) needs, after a
 * colon. Not "After the story prerequisites: ...", which names no task, nor the header listing design
 * documents ("Prerequisites: plan.md, spec.md").
 */
export const PREREQUISITE_LABEL = String.raw`(?:(?<=^\s*)|(?<=(?:t\d{3,}\w*|\d+\.\d+)\s*))(?:prereq(?:uisite)?s?|voraussetzung(?:en)?|prerequis|pre-?requisitos?|prerrequisitos?|requisitos?\s+previos?|prerequisit[io]|voorwaarden?|前置(?:任务|任務|条件|條件|步骤|步驟|タスク)?|前提(?:条件|條件)?|선행\s*(?:작업|조건)?)\s*[:：](?!\s*[\w./-]+\.(?:md|ya?ml|json)\b)`;
