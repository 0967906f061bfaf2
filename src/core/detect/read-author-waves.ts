import { parse as parseYaml } from "yaml";
import type { ListNote, TaskList } from "../model/task.js";

/** The author's own execution plan: waves of task IDs, in order, and the line the plan starts on. */
export interface AuthorWaves {
  waves: string[][];
  line: number;
}

const WAVE_KEY = /^(waves?|batches|stages|rounds|execution_?order|parallel_?groups)$/i;
const WAVE_WORD = /\b(waves?|batches|stages|rounds|execution_?order|parallel_?groups)\b/i;

/**
 * Finds a wave plan the author wrote in a code block (JSON or YAML): `{"waves": [{"tasks": ["1.1", "2.1"]},
 * ...]}` or `waves: [[T001, T002], [T003]]`. It counts only when it has two or more waves of this list's
 * tasks and covers at least half of them; otherwise it is an example, not the plan.
 */
export function readAuthorWaves(list: TaskList): AuthorWaves | null {
  const ids = new Set(list.tasks.filter((t) => !t.group).map((t) => t.id));
  for (const block of codeBlocks(list.notes ?? [])) {
    const waves = wavesIn(parseBlock(block.text))?.map((w) => w.filter((id) => ids.has(id)));
    if (!waves || waves.filter((w) => w.length > 0).length < 2) continue;
    const covered = new Set(waves.flat()).size;
    if (covered * 2 >= ids.size) return { waves: waves.filter((w) => w.length > 0), line: block.line };
  }
  return null;
}

function codeBlocks(notes: readonly ListNote[]): Array<{ line: number; text: string }> {
  const blocks: Array<{ line: number; text: string }> = [];
  let previous: ListNote | null = null;
  for (const note of notes) {
    const continues = previous !== null && previous.code !== null && previous.line === note.line - 1;
    if (note.code !== null && continues)
      (blocks[blocks.length - 1] as { text: string }).text += `\n${note.text}`;
    else if (note.code !== null) blocks.push({ line: note.line, text: note.text });
    previous = note;
  }
  return blocks;
}

function parseBlock(text: string): unknown {
  // Most code blocks are not plans (shell, templates): parse only those that name a wave-like key, and
  // quietly, so that a block YAML cannot read prints nothing.
  if (!WAVE_WORD.test(text)) return null;
  try {
    return parseYaml(text, { logLevel: "silent" }) as unknown; // YAML reads JSON too
  } catch {
    return null;
  }
}

/** The first array under a wave-like key, as lists of IDs: `[["1.1"]]` or `[{"tasks": ["1.1"]}]`. */
function wavesIn(value: unknown): string[][] | null {
  if (value === null || typeof value !== "object") return null;
  for (const [key, inner] of Object.entries(value)) {
    if (WAVE_KEY.test(key) && Array.isArray(inner)) {
      const waves = inner.map(idsOf).filter((w): w is string[] => w !== null);
      if (waves.length === inner.length) return waves;
    }
    const nested = wavesIn(inner);
    if (nested) return nested;
  }
  return null;
}

function idsOf(wave: unknown): string[] | null {
  const list = Array.isArray(wave) ? wave : (wave as { tasks?: unknown } | null)?.tasks;
  if (!Array.isArray(list) || !list.every((x) => typeof x === "string" || typeof x === "number")) return null;
  return list.map(String);
}
