import type { GitChannel } from "./git-process.js";

// Neither `add` nor `commit` runs --quiet: simple-git waits 50 ms after any command that printed nothing,
// and these run once per task (and once per wave for the tick).

/** Stages everything and commits it; false when there was nothing to commit. */
export async function commitAll(c: GitChannel, subject: string, trailers: string[]): Promise<boolean> {
  await c.git.raw(["add", "--all", "--verbose"]);
  const staged = (await c.git.raw(["diff", "--cached", "--name-only"])).trim();
  if (staged === "") return false;
  await c.git.raw(["commit", "--no-verify", ...message(subject, trailers)]);
  return true;
}

/** Commits the given paths only (they must be tracked or staged); false when none of them changed. */
export async function commitPaths(
  c: GitChannel,
  paths: string[],
  subject: string,
  trailers: string[],
): Promise<boolean> {
  await c.git.raw(["add", "--verbose", "--", ...paths]);
  const staged = (await c.quiet(["diff", "--cached", "--name-only", "--", ...paths])).trim();
  if (staged === "") return false;
  await c.git.raw(["commit", "--no-verify", ...message(subject, trailers), "--", ...paths]);
  return true;
}

/** Puts files back as HEAD has them, in the index and the work tree. */
export async function restoreFromHead(c: GitChannel, paths: string[]): Promise<void> {
  await c.git.raw(["checkout", "HEAD", "--", ...paths]);
}

function message(subject: string, trailers: string[]): string[] {
  return trailers.length > 0 ? ["-m", subject, "-m", trailers.join("\n")] : ["-m", subject];
}
