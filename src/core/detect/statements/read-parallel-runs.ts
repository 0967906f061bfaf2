import { findMarkers } from "./find-markers.js";
import { foldText } from "./fold-text.js";
import { recordSentence } from "./record-reading.js";
import { evidence, findReferences, type ReadingContext } from "./reading-context.js";
import { isHedged } from "./sentence-modality.js";
import type { CodeUnit, NoteLine } from "./statement-units.js";
import type { Target } from "./statement-types.js";
import { titleIndex } from "./title-index.js";
import { patternList, type WordList } from "./word-matcher.js";
import { TOGETHER_WORDS } from "./words/column-words.js";

const COMMENT = /^\s*(?:#|\/\/|--\s|;|%%|\/\*|\*)/;
let together: WordList<string> | null = null;

/**
 * The authors' parallel examples: in a code block, each run of consecutive lines naming tasks
 * (`Task T012: "..."`, `Task: "Create User model in src/models/user.py"`, `T007: Database setup`) is a
 * group launched together. A comment or a blank line ends a run; the comment above a run decides what it
 * is: parallel when it says so ("in parallel", "together"), nothing when it says sequential or only
 * offers an option, else what the section says (a "Parallel Example" section is parallel).
 */
export function readParallelRuns(rc: ReadingContext, unit: CodeUnit, parallelSection: boolean): void {
  let run: Array<{ line: NoteLine; targets: Target[] }> = [];
  let parallel = parallelSection;
  const close = (): void => {
    if (parallel && run.length > 1 && run[0]) {
      const members = run.map((r) => r.targets.filter((t) => t.level === "task")).filter((m) => m.length > 0);
      const first = run[0].line;
      if (members.length > 1)
        recordSentence(
          rc,
          { relations: [], parallel: [{ members: members.flat() }] },
          evidence(first.text.trim(), first.line),
        );
    }
    run = [];
  };
  for (const line of unit.lines) {
    if (line.text.trim().length === 0 || COMMENT.test(line.text)) {
      close();
      if (COMMENT.test(line.text)) parallel = runKind(line.text, parallelSection);
      continue;
    }
    const targets = lineTargets(rc, line);
    if (targets.length === 0) {
      close();
      continue;
    }
    run.push({ line, targets });
  }
  close();
}

/** Parallel when the comment says so; nothing when it says sequential or only offers it; else the section's word. */
function runKind(comment: string, parallelSection: boolean): boolean {
  together ??= patternList(TOGETHER_WORDS);
  const folded = foldText(comment);
  if (isHedged(folded)) return false;
  const markers = findMarkers(folded);
  if (markers.some((m) => m.type === "sequence")) return false;
  if (markers.some((m) => m.type === "parallel") || together.test(folded)) return true;
  return parallelSection;
}

/** The task a line of a parallel example names: its ID, or the task whose title it quotes. */
function lineTargets(rc: ReadingContext, line: NoteLine): Target[] {
  const folded = foldText(line.text);
  const quoted = /"([^"]+)"|“([^”]+)”/.exec(line.text);
  const outside = quoted ? folded.slice(0, quoted.index) : folded;
  const refs = findReferences(rc, outside, line.line, { bare: true }).filter(
    (r) => r.target.level === "task",
  );
  if (refs.length > 0) return [refs[0]?.target as Target];
  const title = quoted ? (quoted[1] ?? quoted[2] ?? "") : "";
  const id = title.length > 0 ? titleIndex(rc.ctx.list).find(title) : null;
  if (id !== null) return [{ level: "task", ids: [id], written: title }];
  const inTitle = findReferences(rc, folded, line.line, { bare: true }).filter(
    (r) => r.target.level === "task",
  );
  return inTitle.length > 0 ? [inTitle[0]?.target as Target] : [];
}
