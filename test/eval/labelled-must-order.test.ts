// Every labelled must-order pair (eval/labels/corpus/*.txt, eval/labels/own/*.txt) must hold in maestro's
// plan: one test per labels file, failing with the pairs it violates and their reasons.
import { readdirSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { corpusDir, hasCorpus } from "../../bench/corpus-dir.js";
import { evaluateLabels } from "../../eval/evaluate.js";
import { loadLabelled, PlanCache } from "../../eval/run-eval.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

function labelsIn(dir: string): string[] {
  try {
    return readdirSync(join(repoRoot, dir))
      .filter((n) => n.endsWith(".txt"))
      .sort()
      .map((n) => join(repoRoot, dir, n));
  } catch {
    return [];
  }
}

// Pairs the planner does not honour yet, each with what it would take; the list may only shrink: a pair
// listed here that holds fails the test too, so it must leave the list.
const NOT_YET: Record<string, string[]> = {};

// Pairs the waves keep with no path of edges between the tasks (a re-plan at run time need not keep them),
// each with what it would take; this list may only shrink too.
const NO_PATH_YET: Record<string, string[]> = {
  // The files are named only as "en/de/tr ARB files" in T031: no path to share with T015's.
  "a-urel-jet-print-013-label-value-format": ["T015 < T031"],
  // "Blocked on the same items as 2.2 (2.1, 2.5 and 3.4)": a need by comparison with a list in parentheses;
  // "Beyond section 1, only 2.1": a need without a verb; "Needs 4.4 for the preview and 4.5, otherwise ...":
  // a second object after a purpose. Each is held by the waves, not yet by an edge.
  "h23-openspec-change": ["2.1 < 2.4", "2.1 < 4.4", "4.5 < 5.3"],
  // "Nobody switches staging on (9.5) before the on-call runbook is reviewed and merged": 9.4 is named by
  // words of its title ("Write the on-call runbook ..."), unquoted; only quoted titles name a task.
  "h30-rollout-kiro-en": ["9.4 < 9.5"],
  // "Av grupp 5 behöver grupp 8 bara 5.1" (of group 5, group 8 needs only 5.1): a fronted "of" phrase naming
  // the group the object comes from, in verb-second order, with a group for the subject; not read yet.
  "h29-lager-kiro-sv": ["5.1 < 8.3", "5.1 < 8.5"],
  // "Sorry, in Dependency I was write T040 depends to T036, this is mistake. Right one is T035": a
  // correction reported in the writer's own words, and the replacement named in the next sentence; neither
  // is read yet (T040 still follows T036, and T035 comes before it only by the waves).
  "h45-nonnative-en": ["T035 < T040"],
};

const files = [...labelsIn("eval/labels/corpus"), ...labelsIn("eval/labels/own")];
const cache = new PlanCache();

describe("labelled must-order pairs hold in maestro's plan", () => {
  it("has labels to check", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    const needsCorpus = file.includes(`${join("labels", "corpus")}`);
    it.skipIf(needsCorpus && !hasCorpus())(basename(file, ".txt"), async () => {
      const { labels, view } = await loadLabelled(file, { repoRoot, corpusDir }, cache);
      const known = NOT_YET[basename(file, ".txt")] ?? [];
      const result = evaluateLabels(labels, view);
      const violations = result.violations;
      const violated = violations
        .filter((v) => !known.includes(`${v.before} < ${v.after}`))
        .map(
          (v) =>
            `${v.labels}:${v.line}: ${v.before} < ${v.after} (waves ${v.waves[0] ?? "-"}, ${v.waves[1] ?? "-"}) why: ${v.why}`,
        );
      expect(violated, `must-order pairs violated:\n${violated.join("\n")}`).toEqual([]);
      const nowHeld = known.filter((pair) => !violations.some((v) => `${v.before} < ${v.after}` === pair));
      expect(nowHeld, "pairs that now hold: remove them from NOT_YET").toEqual([]);
      const noPath = result.unbacked.map((v) => `${v.before} < ${v.after}`);
      const expected = NO_PATH_YET[basename(file, ".txt")] ?? [];
      expect(noPath, "pairs kept only by the waves (NO_PATH_YET lists the known ones)").toEqual(expected);
    });
  }
});
