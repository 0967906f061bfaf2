import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** A throwaway git repository cloned from a bare "remote", both in one temp folder. */
export interface TempRepo {
  root: string;
  repo: string;
  remote: string;
  git(...args: string[]): string;
  write(path: string, text: string): void;
  read(path: string): string;
  /** Writes an executable script outside the repository and returns its path. */
  script(name: string, body: string): string;
  cleanup(): void;
}

const GIT_ENV = { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_CONFIG_NOSYSTEM: "1" };

/** Creates a repository with `files` committed on `main` and pushed to a bare remote. */
export function makeTempRepo(files: Record<string, string>): TempRepo {
  const root = mkdtempSync(join(tmpdir(), "maestro-test-"));
  const remote = join(root, "remote.git");
  const repo = join(root, "repo");
  const run = (cwd: string, args: string[]) =>
    execFileSync("git", args, { cwd, env: GIT_ENV, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  run(root, ["init", "--quiet", "--bare", "-b", "main", remote]);
  run(root, ["clone", "--quiet", remote, repo]);
  run(repo, ["config", "user.name", "Test"]);
  run(repo, ["config", "user.email", "test@example.invalid"]);
  run(repo, ["checkout", "--quiet", "-b", "main"]);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  }
  run(repo, ["add", "--all"]);
  run(repo, ["commit", "--quiet", "-m", "initial"]);
  run(repo, ["push", "--quiet", "origin", "main"]);
  mkdirSync(join(root, "bin"), { recursive: true });
  return {
    root,
    repo,
    remote,
    git: (...args) => run(repo, args).trim(),
    write(path, text) {
      mkdirSync(dirname(join(repo, path)), { recursive: true });
      writeFileSync(join(repo, path), text);
    },
    read: (path) => readFileSync(join(repo, path), "utf8"),
    script(name, body) {
      const path = join(root, "bin", name);
      writeFileSync(path, body.startsWith("#!") ? body : `#!/usr/bin/env bash\n${body}`);
      chmodSync(path, 0o755);
      return path;
    },
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/**
 * A fake agent: records `start`/`end` lines with millisecond timestamps in `$TIMELINE`, writes
 * `src/<task>.txt`, sleeps `$AGENT_SLEEP` seconds (default 0.3), then runs `$AGENT_EXTRA` hooks by task.
 * `$AGENT_RENDEZVOUS` (optional) makes the first agents wait until that many have started.
 */
export const TIMELINE_AGENT = `#!/usr/bin/env bash
set -euo pipefail
now() { date +%s%3N; }
echo "start $(now) $MAESTRO_TASK_ID $$" >> "$TIMELINE"
# With AGENT_RENDEZVOUS=n, the first agents wait (10 s at most) until n have started: a test of
# parallelism then does not depend on how fast a loaded machine starts processes.
if [ -n "\${AGENT_RENDEZVOUS:-}" ]; then
  for _ in $(seq 1 100); do
    [ "$(grep -c '^start ' "$TIMELINE")" -ge "$AGENT_RENDEZVOUS" ] && break
    sleep 0.1
  done
fi
mkdir -p src
echo "$MAESTRO_TASK_ID" > "src/$MAESTRO_TASK_ID.txt"
sleep "\${AGENT_SLEEP:-0.3}"
echo "end $(now) $MAESTRO_TASK_ID" >> "$TIMELINE"
`;

/** Parsed timeline lines. */
export interface TimelineEntry {
  kind: "start" | "end";
  ms: number;
  task: string;
  pid: number | null;
}

/** Reads the fake agents' timeline. */
export function readTimeline(path: string): TimelineEntry[] {
  let text = "";
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return [];
  }
  return text
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [kind, ms, task, pid] = line.split(" ");
      return {
        kind: kind as "start" | "end",
        ms: Number(ms),
        task: task ?? "",
        pid: pid ? Number(pid) : null,
      };
    });
}

/** The most agents that ran at the same time, from a timeline. */
export function maxOverlap(entries: TimelineEntry[]): number {
  const points = entries
    .map((e) => ({ ms: e.ms, delta: e.kind === "start" ? 1 : -1 }))
    // At the same millisecond, count ends before starts: touching intervals do not overlap.
    .sort((a, b) => a.ms - b.ms || a.delta - b.delta);
  let current = 0;
  let max = 0;
  for (const p of points) {
    current += p.delta;
    max = Math.max(max, current);
  }
  return max;
}
