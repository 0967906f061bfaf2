import { isPlainRepositoryPath } from "./plain-repository-path.js";

/** A `/maestro` command read from the first line of a pull-request comment. */
export type CommentCommand =
  | { kind: "implement"; path: string | null; dryRun: boolean; only: string[] | null }
  | { kind: "plan"; path: string | null }
  | { kind: "cancel" }
  /** `problem` says what was wrong when the help is an answer to a malformed command. */
  | { kind: "help"; problem: string | null };

const TASK_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;

/**
 * Reads the command on the first line of a comment; null when the comment is not addressed to maestro.
 * Anything starting with `/maestro` that is not understood becomes `help` with the problem named.
 */
export function parseCommentCommand(body: string): CommentCommand | null {
  const firstLine = (body.split(/\r?\n/, 1)[0] ?? "").trim();
  const head = /^\/maestro(?:\.(implement|plan|cancel|help))?(?=\s|$)/.exec(firstLine);
  if (!head) {
    if (!firstLine.startsWith("/maestro")) return null;
    return help(`unknown command \`${clip(firstLine.split(/\s/, 1)[0] ?? "")}\``);
  }
  const words = firstLine.slice(head[0].length).trim().split(/\s+/).filter(Boolean);
  const verb = head[1] ?? words.shift();
  if (verb === undefined || verb === "help") return help(null);
  switch (verb) {
    case "implement":
      return parseImplement(words);
    case "plan": {
      const path = parsePathArgument(words);
      return typeof path === "object" && path !== null ? path : { kind: "plan", path };
    }
    case "cancel":
      return words.length === 0 ? { kind: "cancel" } : help(`\`cancel\` takes no arguments`);
    default:
      return help(`unknown command \`${clip(verb)}\``);
  }
}

function parseImplement(words: string[]): CommentCommand {
  let dryRun = false;
  let only: string[] | null = null;
  const positional: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (word === "--dry-run") {
      dryRun = true;
    } else if (word === "--only" || word.startsWith("--only=")) {
      const value = word === "--only" ? words[++i] : word.slice("--only=".length);
      if (value === undefined || value === "")
        return help("`--only` needs task IDs, e.g. `--only T001,T004`");
      const ids = value.split(",").filter(Boolean);
      const bad = ids.find((id) => !TASK_ID.test(id));
      if (bad !== undefined || ids.length === 0) return help(`\`${clip(bad ?? value)}\` is not a task ID`);
      only = [...(only ?? []), ...ids];
    } else if (word.startsWith("-")) {
      return help(`unknown option \`${clip(word)}\``);
    } else {
      positional.push(word);
    }
  }
  const path = parsePathArgument(positional);
  if (typeof path === "object" && path !== null) return path;
  return { kind: "implement", path, dryRun, only: only === null ? null : [...new Set(only)] };
}

function parsePathArgument(words: string[]): string | null | CommentCommand {
  if (words.length === 0) return null;
  if (words.length > 1) return help(`expected one task-list path, got ${words.length} words`);
  const path = words[0] as string;
  if (!isPlainRepositoryPath(path)) {
    return help(
      `\`${clip(path)}\` is not a plain repository path (letters, digits, \`._-/\`, no \`..\`, not absolute, not starting with \`-\`)`,
    );
  }
  return path.replace(/\/+$/, "");
}

function help(problem: string | null): CommentCommand {
  return { kind: "help", problem };
}

// Echoed text is cut short and stripped of backticks so a reply cannot be turned into other Markdown.
function clip(text: string): string {
  const plain = text.replace(/[`\r\n]/g, "");
  return plain.length > 40 ? `${plain.slice(0, 40)}…` : plain;
}
