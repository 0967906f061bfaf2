// The evaluation's must-be-zero counts over the repository's own lists and the corpus: no same-file pair in
// a wave, no edge from a non-binding sentence, no stated pair broken without a warning, every labelled list
// planned. `npm run eval` exits 1 on these; this keeps them in the test suite.
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { corpusDir, hasCorpus } from "../../bench/corpus-dir.js";
import { failures, runEval } from "../../eval/run-eval.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

describe.runIf(hasCorpus())("npm run eval on the repository", () => {
  it("fails none of its must-be-zero checks", async () => {
    const run = await runEval({ repoRoot, corpusDir, schedule: false });
    expect(failures(run.figures)).toEqual([]);
    // It plans every list of the corpus and the repository (about 20 s on a 2-core machine): the timeout
    // only stops a hang; speed is measured by `npm run bench`.
  }, 120_000);
});
