/**
 * The label format shared by the labelled evaluation (corpus lists and our own lists):
 *
 *   # list: eval/lists/<name>.md          (or: # list: corpus:tasks/<file>.md, resolved against the corpus)
 *   # free comment lines
 *   T001 < T004          # why: ...      A must be in an earlier wave than B; each side may hold several IDs
 *   T010 | T011 | T012   # why: ...      must-parallel: pairwise, the same wave
 *
 * Every pair line carries a `# why:`. A malformed line is an error naming file:line; unknown IDs are
 * checked later against the parsed list (checkLabelIds).
 */
import { isAbsolute, join, resolve } from "node:path";

/** A labelled pair: `before` must be in an earlier wave than `after`. */
export interface MustOrder {
  kind: "order";
  before: string;
  after: string;
  why: string;
  /** 1-based line in the labels file. */
  line: number;
}

/** A labelled pair: `a` and `b` must be in the same wave. */
export interface MustParallel {
  kind: "parallel";
  a: string;
  b: string;
  why: string;
  line: number;
}

export type LabelPair = MustOrder | MustParallel;

/** One labels file. */
export interface LabelFile {
  /** The labels file, as given. */
  file: string;
  /** The `# list:` value as written. */
  list: string;
  /** 1-based line of the `# list:` header. */
  listLine: number;
  pairs: LabelPair[];
}

/** A labels file that cannot be used: names the file and line. */
export class LabelError extends Error {
  override readonly name = "LabelError";
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly problem: string,
  ) {
    super(line === null ? `${file}: ${problem}` : `${file}:${line}: ${problem}`);
  }
}

const LIST_HEADER = /^#\s*list:\s*(.*?)\s*$/i;
const WHY = /^(.*?)#\s*why:\s*(.*?)\s*$/i;
/** A task ID token: no blanks, no separators, no comment sign (but a GitHub issue reference, `#412`). */
const ID = /^(?:#\d+|[^\s,<|#]+)$/;

/** Parses one labels file. Throws LabelError for a missing or repeated header or a malformed line. */
export function parseLabels(text: string, file: string): LabelFile {
  const lines = text.split(/\r?\n/);
  let list: string | null = null;
  let listLine = 0;
  const pairs: LabelPair[] = [];
  lines.forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    if (trimmed === "") return;
    const header = LIST_HEADER.exec(trimmed);
    if (header) {
      if (list !== null)
        throw new LabelError(file, line, `a second "# list:" header (the first is on line ${listLine})`);
      if (!header[1]) throw new LabelError(file, line, `"# list:" names no task list`);
      list = header[1];
      listLine = line;
      return;
    }
    // A comment; a line opening with a GitHub reference ("#410 < #412") is a pair.
    if (trimmed.startsWith("#") && !/^#\d/.test(trimmed)) return;
    const why = WHY.exec(trimmed);
    if (!why) throw new LabelError(file, line, `a pair without "# why: ...": ${trimmed}`);
    const body = (why[1] ?? "").trim();
    const reason = why[2] ?? "";
    if (reason === "") throw new LabelError(file, line, `"# why:" is empty`);
    const hasOrder = body.includes("<");
    const hasParallel = body.includes("|");
    if (hasOrder && hasParallel)
      throw new LabelError(file, line, `a line is either "A < B" or "A | B", not both`);
    if (hasOrder) {
      const sides = body.split("<");
      if (sides.length !== 2)
        throw new LabelError(file, line, `"A < B" has exactly one "<" (write chains as separate lines)`);
      const before = ids(sides[0] ?? "", file, line);
      const after = ids(sides[1] ?? "", file, line);
      for (const b of before) {
        for (const a of after) {
          if (a === b) throw new LabelError(file, line, `${a} is on both sides of "<"`);
          pairs.push({ kind: "order", before: b, after: a, why: reason, line });
        }
      }
      return;
    }
    if (hasParallel) {
      const groups = body.split("|").map((side) => ids(side, file, line));
      const all = groups.flat();
      if (new Set(all).size !== all.length)
        throw new LabelError(file, line, `an ID appears twice in a "|" line`);
      for (let x = 0; x < all.length; x++) {
        for (let y = x + 1; y < all.length; y++) {
          pairs.push({ kind: "parallel", a: all[x] ?? "", b: all[y] ?? "", why: reason, line });
        }
      }
      return;
    }
    throw new LabelError(file, line, `not a pair ("A < B" or "A | B") nor a comment: ${trimmed}`);
  });
  if (list === null) throw new LabelError(file, 1, `no "# list: <path>" header`);
  return { file, list, listLine, pairs };
}

function ids(side: string, file: string, line: number): string[] {
  const tokens = side
    .split(/[\s,]+/)
    .map((t) => t.trim())
    .filter((t) => t !== "");
  if (tokens.length === 0) throw new LabelError(file, line, `a side of the pair names no task ID`);
  for (const t of tokens) {
    if (!ID.test(t)) throw new LabelError(file, line, `"${t}" is not a task ID`);
  }
  return tokens;
}

/**
 * Where the `# list:` value points: `corpus:<path>` against the shared corpus directory, anything else
 * against the repository root (absolute paths as they are).
 */
export function resolveListPath(list: string, repoRoot: string, corpusDir: string): string {
  if (list.startsWith("corpus:")) return join(corpusDir, list.slice("corpus:".length));
  return isAbsolute(list) ? list : resolve(repoRoot, list);
}

/**
 * Checks every ID of the labels against the list's task IDs; throws LabelError naming the line of the
 * first unknown one.
 */
export function checkLabelIds(labels: LabelFile, known: ReadonlySet<string>): void {
  for (const p of labels.pairs) {
    for (const id of p.kind === "order" ? [p.before, p.after] : [p.a, p.b]) {
      if (!known.has(id)) throw new LabelError(labels.file, p.line, `${id} is not a task in ${labels.list}`);
    }
  }
}
