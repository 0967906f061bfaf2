import type { Phase } from "../model/task.js";
import type { DetectionContext } from "./detection-context.js";
import { linkPhases, type PhaseEnds } from "./phase-ends.js";

/**
 * Phase edges with spec-kit semantics: phases run in the order listed, except that consecutive user-story
 * phases form one stage whose stories are independent of each other. So Setup comes before Foundational,
 * Foundational blocks every story, and Polish (or any later phase) waits for all stories before it.
 * Edges go from the last tasks of each phase of a stage to the first tasks of each phase of the next.
 */
export function detectPhaseEdges(ctx: DetectionContext, ends: ReadonlyMap<number, PhaseEnds>): void {
  const stages: Phase[][] = [];
  for (const phase of ctx.list.phases) {
    if (!ends.has(phase.index)) continue;
    const last = stages[stages.length - 1];
    if (phase.kind === "story" && last && last[0]?.kind === "story") last.push(phase);
    else stages.push([phase]);
  }
  for (let s = 1; s < stages.length; s++) {
    for (const before of stages[s - 1] ?? []) {
      for (const after of stages[s] ?? [])
        linkPhases(ctx, ends, before, after, phaseReason(ctx, before, after), {
          origin: "structure",
          line: after.line,
        });
    }
  }
}

function phaseReason(ctx: DetectionContext, before: Phase, after: Phase): string {
  const source = ctx.list.tasks[0]?.source ?? ctx.list.source;
  const a = `"${short(before.title)}" (${ctx.at({ source }, before.line)})`;
  const b = `"${short(after.title)}" (${ctx.at({ source }, after.line)})`;
  if (before.kind === "foundational" && after.kind === "story")
    return `phase: ${a} blocks every user story, including ${b}`;
  if (before.kind === "story" && after.kind !== "story")
    return `phase: ${b} comes after the user stories, including ${a}`;
  return `phase: ${a} comes before ${b}`;
}

function short(title: string): string {
  return title.length > 60 ? `${title.slice(0, 57)}...` : title;
}
