// `npm run eval`: prints the report, writes the figures to bench/results.json under `eval` (other keys
// kept) and exits 1 when a labelled must-order pair is violated or a count that must be 0 is not (stated
// pairs broken silently among them); 2 for a bad labels file. `--no-write` leaves results.json alone;
// `--no-schedule` skips the schedule ratios.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { corpusDir } from "../bench/corpus-dir.js";
import { LabelError } from "./labels.js";
import { renderReport } from "./report.js";
import { failures, runEval, storedFigures, UnplannedListError } from "./run-eval.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const resultsPath = join(repoRoot, "bench/results.json");
/** Keeps results.json readable: fractions to four decimals. */
const rounded = (_key: string, value: unknown): unknown =>
  typeof value === "number" && !Number.isInteger(value) ? Math.round(value * 10_000) / 10_000 : value;
const args = new Set(process.argv.slice(2));

let results: Record<string, unknown> = {};
try {
  results = JSON.parse(readFileSync(resultsPath, "utf8")) as Record<string, unknown>;
} catch {
  results = {};
}

try {
  const run = await runEval({ repoRoot, corpusDir, schedule: !args.has("--no-schedule") });
  process.stdout.write(renderReport(run, results.eval));
  if (!args.has("--no-write")) {
    results.eval = storedFigures(run.figures);
    writeFileSync(resultsPath, `${JSON.stringify(results, rounded, 2)}\n`);
  }
  const failed = failures(run.figures);
  if (failed.length > 0) {
    process.stdout.write(`\nFAIL: ${failed.join("; ")}\n`);
    process.exitCode = 1;
  }
  // A labels file that cannot be read as written is the labels' own error: exit 2, as for bad input.
  if (run.labelErrors.some((e) => !(e instanceof UnplannedListError))) process.exitCode = 2;
  for (const e of run.labelErrors) process.stderr.write(`eval: ${e.message}\n`);
} catch (error) {
  if (error instanceof LabelError) {
    process.stderr.write(`eval: ${error.message}\n`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}
