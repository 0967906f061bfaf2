import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { initRepository } from "../scripts/init-repository.js";

/** Files per folder in a generated repository (so 20,000 files make 200 folders). */
export const FILES_PER_DIR = 100;

/** The path of the `n`-th generated file, e.g. `d007/f042.txt`. */
export function generatedFilePath(n: number): string {
  const dir = Math.floor(n / FILES_PER_DIR);
  return `d${String(dir).padStart(3, "0")}/f${String(n % FILES_PER_DIR).padStart(3, "0")}.txt`;
}

/**
 * Creates a git repository at `dir` holding `files` small text files (about 200 bytes each) in one commit
 * on `main`, with a local identity. Same count, same content.
 */
export function generateFileRepo(dir: string, files: number): void {
  for (let n = 0; n < files; n++) {
    const path = join(dir, generatedFilePath(n));
    if (n % FILES_PER_DIR === 0) mkdirSync(join(path, ".."), { recursive: true });
    const lines = Array.from({ length: 4 }, (_, i) => `file ${n} line ${i}: ${"x".repeat(32)}`);
    writeFileSync(path, `${lines.join("\n")}\n`);
  }
  initRepository(dir, {
    identity: "bench",
    message: `${files} generated files`,
    // Sparse worktrees turn this on in the shared config; on from the start, every variant reads the same config.
    config: { "extensions.worktreeConfig": "true" },
  });
}
