import type { Phase, Task } from "../model/task.js";
import type { Evidence, ParallelPhases } from "./statements/statement-types.js";
import type { DetectionContext } from "./detection-context.js";
import { linkPhases, linkTasks, type PhaseEnds } from "./phase-ends.js";
import type { Exemptions } from "./phase-exemptions.js";

/**
 * Phase edges with spec-kit semantics: phases run in the order listed, except that consecutive user-story
 * phases form one stage whose stories are independent of each other. So Setup comes before Foundational,
 * Foundational blocks every story, and Polish (or any later phase) waits for all stories before it.
 * Edges go from the last tasks of each phase of a stage to the first tasks of each phase of the next.
 * Two phases of the same story in one stage keep their order. A Foundational phase whose blockers the
 * list names (`namedBlockers`) reaches the stories through those tasks' own statement edges, and its
 * last tasks go before the stage after the stories instead. A phase the list says may run beside every
 * phase of the stage before it (`parallel`: "Phase 3 and Phase 4 can run in parallel") joins that stage.
 */
export function detectPhaseEdges(
  ctx: DetectionContext,
  ends: ReadonlyMap<number, PhaseEnds>,
  named: ReadonlyMap<number, Evidence>,
  parallel: readonly ParallelPhases[] = [],
  exempt: Exemptions = new Map(),
): void {
  const stages = phaseStages(ctx, ends, parallel);
  const freed = new Map<string, { task: Task; stage: number; from: Phase[] }>();
  for (let s = 1; s < stages.length; s++) {
    for (const before of stages[s - 1] ?? []) {
      const blockers = stages[s]?.[0]?.kind === "story" ? named.get(before.index) : undefined;
      const narrowed = blockers !== undefined;
      if (blockers) warnNarrowed(ctx, before, blockers);
      const free = (id: string): boolean => exempt.get(id)?.phases.has(before.index) === true;
      for (const after of (narrowed ? stages[s + 1] : stages[s]) ?? []) {
        const from = ends.get(before.index);
        const to = ends.get(after.index);
        if (!from || !to || before.index === after.index) continue;
        const evidence = { origin: "structure" as const, line: after.line };
        const firsts = firstTasksBeside(to, free);
        linkTasks(ctx, from.sinks, firsts.bound, phaseReason(ctx, before, after, narrowed), evidence);
        for (const task of firsts.freed) {
          const entry = freed.get(task.id) ?? { task, stage: s - 1, from: [] };
          freed.set(task.id, { ...entry, from: [...entry.from, before] });
        }
      }
    }
  }
  for (const { task, stage, from } of freed.values())
    linkEarlier(ctx, ends, stages, stage, task, exempt, from);
  for (const stage of stages) chainSameStory(ctx, ends, stage);
}

/**
 * A phase's first tasks as seen from a phase some of its tasks are freed from (`free`): the tasks whose
 * predecessors inside the phase are all freed, split into those still bound to that phase and the freed.
 */
function firstTasksBeside(to: PhaseEnds, free: (id: string) => boolean): { bound: Task[]; freed: Task[] } {
  const firsts = to.tasks.filter((t) => (to.before.get(t.id) ?? []).every(free));
  return { bound: firsts.filter((t) => !free(t.id)), freed: firsts.filter((t) => free(t.id)) };
}

/**
 * A task freed from the phases of a stage still comes after the stage before them ("this task need not
 * wait for any user story": it waits for Foundational): the nearest earlier stage it is not freed from.
 */
function linkEarlier(
  ctx: DetectionContext,
  ends: ReadonlyMap<number, PhaseEnds>,
  stages: readonly Phase[][],
  stage: number,
  task: Task,
  exempt: Exemptions,
  from: readonly Phase[],
): void {
  const said = exempt.get(task.id);
  if (!said) return;
  ctx.warnings.push(
    `${ctx.at(task, said.evidence.line)}: "${said.evidence.quote}": ${task.id} does not wait for ${from.map((p) => place(ctx, p)).join(", ")}, although its phase comes after them`,
  );
  for (let k = stage - 1; k >= 0; k--) {
    const phases = (stages[k] ?? []).filter((p) => !said.phases.has(p.index) && ends.has(p.index));
    if (phases.length === 0) continue;
    for (const p of phases)
      linkTasks(
        ctx,
        ends.get(p.index)?.sinks ?? [],
        [task],
        `phase: ${place(ctx, p)} comes before ${task.id}, which the list frees from the phases after it`,
        { origin: "structure", line: said.evidence.line },
      );
    return;
  }
}

/**
 * The phases in stages: consecutive story phases share one, and so does a phase said to run beside every
 * phase of the stage before it (warned, quoting the words, since it would otherwise come after them).
 */
function phaseStages(
  ctx: DetectionContext,
  ends: ReadonlyMap<number, PhaseEnds>,
  parallel: readonly ParallelPhases[],
): Phase[][] {
  const said = (a: Phase, b: Phase): ParallelPhases | undefined =>
    parallel.find((p) => p.phases.includes(a.index) && p.phases.includes(b.index));
  const stages: Phase[][] = [];
  for (const phase of ctx.list.phases) {
    if (!ends.has(phase.index)) continue;
    const last = stages[stages.length - 1];
    if (!last) {
      stages.push([phase]);
      continue;
    }
    const claims = last.map((p) => said(p, phase));
    const claim = claims.every((c) => c !== undefined) ? claims[0] : undefined;
    if (phase.kind === "story" && last[0]?.kind === "story") last.push(phase);
    else if (claim) {
      warnBeside(ctx, claim, phase, last);
      last.push(phase);
    } else stages.push([phase]);
  }
  return stages;
}

function warnBeside(
  ctx: DetectionContext,
  claim: ParallelPhases,
  phase: Phase,
  stage: readonly Phase[],
): void {
  const source = ctx.list.tasks[0]?.source ?? ctx.list.source;
  ctx.warnings.push(
    `${ctx.at({ source }, claim.line)}: "${claim.quote}": ${place(ctx, phase)} runs beside ${stage.map((p) => place(ctx, p)).join(" and ")}, not after it`,
  );
}

/**
 * Two phases of one story in a stage ("User Story 1 - API", then "User Story 1 - Screens") are that
 * story's work in the order listed: only different stories are independent, so each waits for the
 * story's phase before it.
 */
function chainSameStory(ctx: DetectionContext, ends: ReadonlyMap<number, PhaseEnds>, stage: Phase[]): void {
  const latest = new Map<string, Phase>();
  for (const phase of stage) {
    if (phase.story === null) continue;
    const before = latest.get(phase.story);
    latest.set(phase.story, phase);
    if (!before) continue;
    const reason = `phase: ${place(ctx, phase)} continues ${phase.story} after ${place(ctx, before)}`;
    linkPhases(ctx, ends, before, phase, reason, { origin: "structure", line: phase.line });
  }
}

function warnNarrowed(ctx: DetectionContext, phase: Phase, evidence: Evidence): void {
  const source = ctx.list.tasks[0]?.source ?? ctx.list.source;
  ctx.warnings.push(
    `${ctx.at({ source }, evidence.line)}: "${evidence.quote}" names what in ${place(ctx, phase)} blocks the user stories: its other tasks reach a story only through their words, files and names`,
  );
}

function phaseReason(ctx: DetectionContext, before: Phase, after: Phase, narrowed: boolean): string {
  const a = place(ctx, before);
  const b = place(ctx, after);
  if (narrowed)
    return `phase: ${a} comes before ${b} (it blocks the user stories only through the tasks the list names)`;
  if (before.kind === "foundational" && after.kind === "story")
    return `phase: ${a} blocks every user story, including ${b}`;
  if (before.kind === "story" && after.kind !== "story")
    return `phase: ${b} comes after the user stories, including ${a}`;
  return `phase: ${a} comes before ${b}`;
}

/** `"Phase 3: ..." (tasks.md:40)`: a phase as edge reasons quote it. */
function place(ctx: DetectionContext, phase: Phase): string {
  const source = ctx.list.tasks[0]?.source ?? ctx.list.source;
  return `"${short(phase.title)}" (${ctx.at({ source }, phase.line)})`;
}

function short(title: string): string {
  return title.length > 60 ? `${title.slice(0, 57)}...` : title;
}
