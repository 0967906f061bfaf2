import { foldText } from "./fold-text.js";
import { patternList, type WordList } from "./word-matcher.js";
import { PARALLEL_HEADINGS } from "./words/parallel-headings.js";
import { STRATEGY_HEADINGS } from "./words/strategy-headings.js";

let strategy: RegExp[] | null = null;
let parallel: WordList<string> | null = null;

const strategyMemo = new Map<string, boolean>();

// The list's own title names its feature ("Tasks: Incremental Builds", "Tâches : MVP du panier"), never a
// way of working, whatever words the feature's name holds.
const LIST_TITLE =
  /^(?:tasks?|task\s+list|tareas|tarefas|t[âa]ches|aufgaben|attivit[àa]|taken|uppgifter|opgaver|oppgaver|задачи|zadania|úkoly|ukoly)\s*[:：—–-]/iu;

/** True when a note sits under a heading about a way of working (strategy, MVP, incremental delivery). */
export function isStrategySection(headings: readonly string[]): boolean {
  strategy ??= STRATEGY_HEADINGS.map((p) => new RegExp(p, "iu"));
  return headings.some((h) => {
    if (LIST_TITLE.test(h.trim())) return false;
    let known = strategyMemo.get(h);
    if (known === undefined) {
      // Raw and without diacritics: "Estratègia" is the "estrategia" of the patterns.
      known = strategy?.some((re) => re.test(h.trim()) || re.test(foldText(h.trim()))) ?? false;
      if (strategyMemo.size > 2000) strategyMemo.clear();
      strategyMemo.set(h, known);
    }
    return known;
  });
}

/** True when a note sits under one of the authors' parallel sections ("Parallel Example: ..."). */
export function isParallelSection(headings: readonly string[]): boolean {
  parallel ??= patternList(PARALLEL_HEADINGS.map((p) => String.raw`\w*(?:${p})\w*`));
  return headings.some((h) => parallel?.test(h) ?? false);
}
