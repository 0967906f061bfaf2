import { patternList, type WordList } from "./word-matcher.js";
import { PARALLEL_HEADINGS } from "./words/parallel-headings.js";
import { STRATEGY_HEADINGS } from "./words/strategy-headings.js";

let strategy: RegExp[] | null = null;
let parallel: WordList<string> | null = null;

const strategyMemo = new Map<string, boolean>();

/** True when a note sits under a heading about a way of working (strategy, MVP, incremental delivery). */
export function isStrategySection(headings: readonly string[]): boolean {
  strategy ??= STRATEGY_HEADINGS.map((p) => new RegExp(p, "iu"));
  return headings.some((h) => {
    let known = strategyMemo.get(h);
    if (known === undefined) {
      known = strategy?.some((re) => re.test(h.trim())) ?? false;
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
