import { findDependencyPhrases } from "../parse/extract-task-references.js";
import type { DetectionContext } from "./detection-context.js";

// Requirement links (`_Requirements: 1.2_`, `**Validates: Requirements 1.3**`) name requirements, not tasks.
const REQUIREMENT_LINE = /^\s*(?:[-*+]\s+)?[_*]*\s*(?:requirements?|validates|design|spec coverage)\b/i;

/**
 * Explicit edges: structured fields (`**Depends**: T003`, GSD `depends_on`) and dependency phrases in a
 * task's own text (`(depends on T012)`, `after T009`, `once T007 lands`, `task 2.1`). A phrase that opens a
 * clause is stated; one inside a sentence about something else is only read from prose (stated: false).
 */
export function detectExplicitEdges(ctx: DetectionContext): void {
  for (const task of ctx.list.tasks) {
    for (const declared of task.declared) {
      if (!ctx.index.has(declared.id)) {
        ctx.unknownReference(task.source, declared.line, declared.id);
        continue;
      }
      ctx.edges.add({
        from: declared.id,
        to: task.id,
        kind: "explicit",
        reason: `explicit "${declared.text}" (${ctx.at(task, declared.line)})`,
        stated: true,
      });
    }
    if (ctx.style === "none") continue;
    const text = readableText(task.title, task.body);
    if (!/\d/.test(text)) continue;
    for (const phrase of findDependencyPhrases(text, ctx.style)) {
      const line = task.line + countNewlines(text, phrase.index);
      for (const ref of phrase.references) {
        const resolved = ctx.index.resolve(ref);
        if (resolved.unknown !== null) {
          ctx.unknownReference(task.source, line, resolved.unknown);
          continue;
        }
        for (const id of resolved.ids) {
          ctx.edges.add({
            from: id,
            to: task.id,
            kind: "explicit",
            reason: `explicit "${phrase.text}" (${ctx.at(task, line)})${phrase.opensClause ? "" : ", read from prose"}`,
            stated: phrase.opensClause,
          });
        }
      }
    }
  }
}

/** Title and body with code blocks and requirement links blanked out, keeping line positions. */
function readableText(title: string, body: string): string {
  if (body.length === 0) return title;
  let inFence = false;
  const lines = body.split("\n").map((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      return "";
    }
    return inFence || REQUIREMENT_LINE.test(line) ? "" : line;
  });
  return `${title}\n${lines.join("\n")}`;
}

function countNewlines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < end; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
