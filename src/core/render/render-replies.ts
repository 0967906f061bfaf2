import type { WaveSnapshot } from "../model/run-event.js";
import { inlineCode, tableCell } from "./markdown-text.js";

/** The help text, optionally prefixed by what was wrong with the command. */
export function renderHelpReply(problem: string | null): string {
  const lines = problem === null ? [] : [`I did not understand that: ${problem}.`, ""];
  lines.push(
    "**maestro** implements the tasks of a spec on this pull request, wave by wave. Commands (first line of a new comment):",
    "",
    "| Command | What it does |",
    "|---|---|",
    "| `/maestro implement [path/to/tasks.md] [--dry-run] [--only T001,T004]` | Run the tasks and push each merged wave to this branch (`/maestro.implement` works too). |",
    "| `/maestro plan [path/to/tasks.md]` | Show the waves and the dependency graph; run nothing. |",
    "| `/maestro cancel` | Stop the running run; merged work is kept and pushed. |",
    "| `/maestro help` | This message. |",
    "",
    "Without a path, maestro uses `tasks:` from `.github/maestro.yml`, else the one `specs/*/tasks.md` this pull request changes, else the only `tasks.md` under `specs/`.",
  );
  return lines.join("\n");
}

/** The reply to someone without write access. */
export function renderPermissionDenied(user: string, permission: string): string {
  return `Sorry @${user}, only people with write, maintain or admin access to this repository can run maestro (your access: ${permission}).`;
}

/** The reply to a command on a pull request from a fork. */
export function renderForkRefusal(headRepo: string): string {
  return [
    `maestro does not run on pull requests from forks (this one comes from ${inlineCode(headRepo)}).`,
    "",
    "It would run the fork's code with this repository's credentials and push to a branch it does not own. A maintainer can push the branch to this repository and open the pull request from there.",
  ].join("\n");
}

/** The reply to a second command while a run is going on. */
export function renderAlreadyRunning(link: string | null): string {
  return `maestro is already running on this pull request${link ? ` ([progress](${link}))` : ""}. Wait for it to finish, or stop it with \`/maestro cancel\`.`;
}

/** The reply when the task list cannot be chosen. */
export function renderTaskListChoice(candidates: readonly string[]): string {
  if (candidates.length === 0) {
    return "I could not find a task list: name it in the command (`/maestro implement specs/my-feature/tasks.md`) or set `tasks:` in `.github/maestro.yml` on the default branch.";
  }
  const shown = candidates.slice(0, 30).map((c) => `- ${inlineCode(c)}`);
  if (candidates.length > 30) shown.push(`- …and ${candidates.length - 30} more`);
  return [
    "Which task list? Several match; name one in the command, e.g.",
    "",
    `\`/maestro implement ${candidates[0] ?? "specs/feature/tasks.md"}\``,
    "",
    ...shown,
  ].join("\n");
}

/** The PR comment posted once per re-grouping, so people watching the PR see it. */
export function renderRegroupComment(regroup: {
  reason: string;
  before: readonly WaveSnapshot[];
  after: readonly WaveSnapshot[];
}): string {
  const table = (waves: readonly WaveSnapshot[]): string =>
    waves.map((w) => `| ${w.number} | ${tableCell(w.tasks.join(", "), 2000)} |`).join("\n");
  return [
    `🔀 **maestro re-grouped the remaining waves**: ${tableCell(regroup.reason, 500)}`,
    "",
    "**Before**",
    "",
    "| Wave | Tasks |",
    "|---|---|",
    table(regroup.before),
    "",
    "**After**",
    "",
    "| Wave | Tasks |",
    "|---|---|",
    table(regroup.after),
  ].join("\n");
}
