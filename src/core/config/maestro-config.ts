import { isAlias, LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import { isPlainRepositoryPath } from "../command/plain-repository-path.js";
import { ConfigError } from "./config-error.js";
import { parseDuration as readDuration } from "./parse-duration.js";
import { splitCommandLine } from "./split-command-line.js";

/** The agent presets a repository may name in `agent:`. */
export const AGENT_PRESETS = ["claude", "codex", "aider", "gemini", "script"] as const;

/** An agent preset name. */
export type AgentPreset = (typeof AGENT_PRESETS)[number];

/** `.github/maestro.yml`, validated; every key is optional. */
export interface MaestroConfig {
  tasks: string | null;
  agent: AgentPreset | null;
  verify: string[] | null;
  setup: string[] | null;
  taskTimeoutMs: number | null;
  /** `clean-ignored`: between tasks, remove ignored files from the worktree slots too. */
  cleanIgnored: boolean | null;
  /** Push a failed task's branch to `maestro/<run-id>/<task-id>` (null: the default, yes). */
  keepFailedBranches: boolean | null;
}

/** The config when the repository has no `.github/maestro.yml`. */
export const EMPTY_CONFIG: MaestroConfig = {
  tasks: null,
  agent: null,
  verify: null,
  setup: null,
  taskTimeoutMs: null,
  cleanIgnored: null,
  keepFailedBranches: null,
};

const command = z.union([z.string(), z.array(z.string().min(1)).min(1)], {
  error: "must be a command: plain words (`npm test`) or a list of non-empty words (`[npm, test]`)",
});
const schema = z.strictObject({
  tasks: z.string().refine(isPlainRepositoryPath, "must be a plain repository path").optional(),
  agent: z.enum(AGENT_PRESETS).optional(),
  verify: command.optional(),
  setup: command.optional(),
  "task-timeout": z
    .union([z.number().positive().finite(), z.string()], {
      error: "must be a duration: a number of minutes, or `90s`, `30m`, `2h`, `1h30m`",
    })
    .optional(),
  "clean-ignored": z.boolean({ error: "must be true or false" }).optional(),
  "keep-failed-branches": z.boolean({ error: "must be true or false" }).optional(),
});

/** Size beyond which a config file is refused unread: it is a handful of keys. */
const MAX_CONFIG_BYTES = 64 * 1024;

/** Parses and validates `.github/maestro.yml`. Throws ConfigError naming the key that is wrong. */
export function parseMaestroConfig(text: string, file = ".github/maestro.yml"): MaestroConfig {
  // Bytes, not UTF-16 units: 40,000 `é` are 80,000 bytes.
  if (text.length > MAX_CONFIG_BYTES || new TextEncoder().encode(text).length > MAX_CONFIG_BYTES)
    throw new ConfigError(file, null, "is larger than 64 KiB");
  try {
    return parseConfigText(text, file);
  } catch (error) {
    // Deep nesting (`[[[[...]]]]`) exhausts the stack of the YAML parser or of the checks below.
    if (error instanceof RangeError)
      throw new ConfigError(file, null, "is nested too deeply to be a maestro config");
    throw error;
  }
}

function parseConfigText(text: string, file: string): MaestroConfig {
  const lineCounter = new LineCounter();
  // Aliases are refused outright (maxAliasCount 0): a config needs none, and they enable expansion bombs.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineOf = (offset: number | undefined): number | null =>
    offset === undefined ? null : lineCounter.linePos(offset).line;
  const syntax = doc.errors[0];
  if (syntax && /call stack/i.test(syntax.message)) throw new RangeError(syntax.message);
  if (syntax)
    throw new ConfigError(
      file,
      null,
      `invalid YAML: ${syntax.message.split("\n")[0] ?? ""}`,
      lineOf(syntax.pos[0]),
    );
  let aliasLine: number | null | undefined;
  visitAliases(doc.contents, (offset) => (aliasLine ??= lineOf(offset)));
  if (aliasLine !== undefined)
    throw new ConfigError(file, null, "YAML aliases (`*name`) are not allowed", aliasLine);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 0 });
  } catch (error) {
    throw new ConfigError(file, null, `invalid YAML: ${(error as Error).message}`);
  }
  if (value === null || value === undefined) return { ...EMPTY_CONFIG };
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const key =
      issue?.code === "unrecognized_keys"
        ? (issue.keys[0] ?? null)
        : issue?.path.length
          ? issue.path.map(String).join(".")
          : null;
    const problem =
      issue?.code === "unrecognized_keys"
        ? `unknown key (allowed: tasks, agent, verify, setup, task-timeout, clean-ignored, keep-failed-branches)`
        : key === null
          ? "must be a mapping of keys to values"
          : (issue?.message ?? "is invalid");
    throw new ConfigError(
      file,
      key,
      problem,
      key === null ? null : keyLine(doc, key.split(".")[0] ?? "", lineOf),
    );
  }
  const data = result.data;
  return {
    tasks: data.tasks?.replace(/\/+$/, "") ?? null,
    agent: data.agent ?? null,
    verify: data.verify === undefined ? null : toArgv(file, "verify", data.verify),
    setup: data.setup === undefined ? null : toArgv(file, "setup", data.setup),
    taskTimeoutMs:
      data["task-timeout"] === undefined ? null : parseDuration(file, "task-timeout", data["task-timeout"]),
    cleanIgnored: data["clean-ignored"] ?? null,
    keepFailedBranches: data["keep-failed-branches"] ?? null,
  };
}

/** Reads a duration: a number of minutes, or `90s`, `30m`, `2h`, `1h30m`. Throws ConfigError. */
export function parseDuration(file: string, key: string, value: number | string): number {
  const ms = readDuration(value);
  if (ms === null) throw new ConfigError(file, key, `\`${value}\` is not a duration (e.g. 30m, 2h, 90s)`);
  if (ms < 1000 || ms > 24 * 3600_000)
    throw new ConfigError(file, key, "must be between 1 second and 24 hours");
  return ms;
}

/** A command given as a list of words, or as one string of plain words. Throws ConfigError. */
export function toArgv(file: string, key: string, value: string | string[]): string[] {
  if (Array.isArray(value)) return value;
  const parsed = splitCommandLine(value);
  if ("problem" in parsed) throw new ConfigError(file, key, parsed.problem);
  return parsed.argv;
}

function visitAliases(node: unknown, found: (offset: number | undefined) => void): void {
  if (node === null || typeof node !== "object") return;
  if (isAlias(node)) {
    found(node.range?.[0]);
    return;
  }
  const n = node as { items?: unknown[]; key?: unknown; value?: unknown };
  for (const item of n.items ?? []) visitAliases(item, found);
  if ("key" in n) visitAliases(n.key, found);
  if ("value" in n) visitAliases(n.value, found);
}

function keyLine(
  doc: ReturnType<typeof parseDocument>,
  key: string,
  lineOf: (offset: number | undefined) => number | null,
): number | null {
  const contents = doc.contents as {
    items?: Array<{ key?: { value?: unknown; range?: [number, number, number] } }>;
  } | null;
  const pair = contents?.items?.find((p) => p.key?.value === key);
  return lineOf(pair?.key?.range?.[0]);
}
