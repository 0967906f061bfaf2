import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

// The shared corpus sits beside the checkout: /work/shared/corpus for /work/main, and one level further up
// for a worktree under /work/wt/<name> (the CI run copies shared/ beside the checkout too).
const candidates = [resolve(repoRoot, "../shared/corpus"), resolve(repoRoot, "../../shared/corpus")];

/** The shared corpus of real task lists (the first candidate that has a tasks/ folder). */
export const corpusDir: string =
  candidates.find((c) => existsSync(join(c, "tasks"))) ?? candidates[0] ?? repoRoot;

/** Whether the corpus is present on this machine. */
export const hasCorpus = (): boolean => existsSync(join(corpusDir, "tasks"));
