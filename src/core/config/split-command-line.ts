import { parse } from "shell-quote";

/**
 * Splits `"CMD ARGS"` into argv the way a POSIX shell would quote it, without running a shell: `$VAR` and
 * globs stay literal, and shell operators (`|`, `>`, `&&`, `;`) are refused, because maestro never runs a
 * shell: put such logic in a script file and name that instead. Returns the argv, or the problem.
 */
export function splitCommandLine(text: string): { argv: string[] } | { problem: string } {
  const argv: string[] = [];
  for (const part of parse(text, (name) => `$${name}`)) {
    if (typeof part === "string") argv.push(part);
    else if ("op" in part && part.op === "glob") argv.push(part.pattern);
    else if ("comment" in part) break;
    else return { problem: `shell operator "${part.op}" is not supported (no shell runs)` };
  }
  if (argv.length === 0) return { problem: "it is empty" };
  return { argv };
}
