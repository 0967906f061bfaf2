import type { Fence } from "./scan-lines.js";

// Fences whose body is shell commands; `console` blocks keep only their `$ ` prompt lines.
const SHELL_INFO = new Set(["", "sh", "bash", "shell", "console", "zsh", "shell-session"]);

/** The shell commands of a task's own fenced blocks, joined; null when it has none. */
export function readTaskScript(fences: readonly Fence[], own: ReadonlySet<number>): string | null {
  const scripts: string[] = [];
  for (const index of own) {
    const fence = fences[index];
    if (!fence || !SHELL_INFO.has(fence.info)) continue;
    const body = dedent(fence.body);
    const prompted = fence.info === "console" || fence.info === "shell-session";
    scripts.push(prompted ? promptedCommands(body) : body.join("\n"));
  }
  const script = scripts.join("\n").trim();
  return script.length > 0 ? script : null;
}

function promptedCommands(body: readonly string[]): string {
  return body
    .filter((l) => /^\s*\$\s/.test(l))
    .map((l) => l.replace(/^\s*\$\s/, ""))
    .join("\n");
}

/** Removes the indentation all non-blank lines share. */
export function dedent(lines: readonly string[]): string[] {
  let min = Infinity;
  for (const l of lines) {
    if (l.trim().length === 0) continue;
    const indent = l.length - l.trimStart().length;
    if (indent < min) min = indent;
  }
  if (min === Infinity || min === 0) return [...lines];
  return lines.map((l) => l.slice(Math.min(min, l.length - l.trimStart().length)));
}
