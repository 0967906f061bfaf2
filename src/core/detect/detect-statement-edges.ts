import type { Phase, Task } from "../model/task.js";
import { readReferenceList } from "../parse/extract-task-references.js";
import type { DetectionContext } from "./detection-context.js";
import { linkPhases, type PhaseEnds } from "./phase-ends.js";

/** A statement's words as quoted in an edge reason, and its line. */
interface Why {
  text: string;
  line: number;
}

/** Something a statement names: tasks, phases, or "all phases before the subject". */
type Named =
  | { kind: "tasks"; ids: string[]; at: number }
  | { kind: "phases"; phases: number[]; at: number }
  | { kind: "earlier-phases"; at: number };

const NEGATION =
  /\b(no dependenc\w*|independent\w*|in parallel|parallel with|parallelizable|concurrently|any time|start immediately|does not (?:depend|require)|not depend\w*|optional)\b/i;
const FORWARD =
  /\b(depends? on|dependent on|requires?(?! for)|needs|after|blocked by|builds on|waits? for|unblocked after)\b/i;
const BACKWARD =
  /\b(before|blocks|blocking|precedes?|prerequisite for|required (?:by|for)|needed (?:by|for)|gates)\b/i;
const ARROW = /\s*(?:→|->|⟶)\s*/;

/**
 * Reads the "Dependencies & Execution Order" section: "T010 blocks T011", "T015-T016 before T017",
 * "T019 → T020 → T021", "**User Story 2 (Phase 4)**: Depends on User Story 1", "Phase 5 runs after all
 * implementation phases". Task-level sentences give explicit edges, phase-level ones phase edges; all of
 * them are inferred (stated: false), since a sentence about the plan is not the task's own declaration.
 * Clauses that say "in parallel", "independent" or "no dependencies" are skipped.
 */
export function detectStatementEdges(ctx: DetectionContext, ends: ReadonlyMap<number, PhaseEnds>): void {
  const numbers = phaseNumbers(ctx.list.phases);
  const source = ctx.list.tasks[0]?.source ?? ctx.list.source;
  for (const statement of ctx.list.statements) {
    const text = statement.text.replace(/\*\*|__|`/g, "").trim();
    const quoted = text.length > 100 ? `${text.slice(0, 97)}...` : text;
    const reason: Why = {
      text: `statement "${quoted}" (${ctx.at({ source }, statement.line)})`,
      line: statement.line,
    };
    const subjectMatch = /^([^:]{1,80}):\s+(.*)$/.exec(text);
    const subject = subjectMatch ? names(ctx, numbers, subjectMatch[1] ?? "", source, statement.line) : [];
    const predicate = subjectMatch ? (subjectMatch[2] ?? "") : text;
    for (const clause of predicate.split(/(?<=\.)\s+|;\s*|\s+[—–]\s+|\s+-\s+/)) {
      if (ARROW.test(clause)) {
        const steps = clause.split(ARROW).map((part) => names(ctx, numbers, part, source, statement.line));
        for (let i = 1; i < steps.length; i++) {
          link(ctx, ends, steps[i - 1] ?? [], steps[i] ?? [], subject, reason);
        }
        continue;
      }
      const negation = NEGATION.exec(clause);
      const forward = FORWARD.exec(clause);
      const backward = BACKWARD.exec(clause);
      const relation = [forward, backward]
        .filter((m): m is RegExpExecArray => m !== null)
        .sort((a, b) => a.index - b.index)[0];
      if (!relation) continue;
      if (negation && negation.index < relation.index) continue;
      const end = negation ? negation.index : clause.length;
      const left = names(ctx, numbers, clause.slice(0, relation.index), source, statement.line);
      const right = names(
        ctx,
        numbers,
        clause.slice(relation.index + relation[0].length, end),
        source,
        statement.line,
      );
      const lhs = left.length > 0 ? left : subject;
      if (relation === forward) link(ctx, ends, right, lhs, lhs, reason);
      else link(ctx, ends, lhs, right, lhs, reason);
    }
  }
}

/** Adds edges from everything in `before` to everything in `after`. */
function link(
  ctx: DetectionContext,
  ends: ReadonlyMap<number, PhaseEnds>,
  before: Named[],
  after: Named[],
  subject: Named[],
  reason: Why,
): void {
  if (before.length === 0 || after.length === 0) return;
  const phases = ctx.list.phases;
  const subjectPhases = subject.flatMap((n) => (n.kind === "phases" ? n.phases : []));
  const earliest = subjectPhases.length > 0 ? Math.min(...subjectPhases) : null;
  const expand = (n: Named): { tasks: Task[]; phases: Phase[] } => {
    if (n.kind === "tasks")
      return { tasks: n.ids.map((id) => ctx.byId.get(id)).filter((t): t is Task => !!t), phases: [] };
    if (n.kind === "phases")
      return { tasks: [], phases: n.phases.map((i) => phases[i]).filter((p): p is Phase => !!p) };
    return { tasks: [], phases: earliest === null ? [] : phases.filter((p) => p.index < earliest) };
  };
  const from = before.map(expand);
  const to = after.map(expand);
  for (const a of from) {
    for (const b of to) {
      for (const pa of a.phases)
        for (const pb of b.phases)
          if (pa.index !== pb.index)
            linkPhases(ctx, ends, pa, pb, reason.text, { origin: "statement", line: reason.line });
      for (const pa of a.phases) {
        const sinks = ends.get(pa.index)?.sinks ?? [];
        for (const tb of b.tasks)
          if (tb.phase !== pa.index) for (const s of sinks) add(ctx, s.id, tb.id, "phase", reason);
      }
      for (const ta of a.tasks) {
        for (const pb of b.phases) {
          if (ta.phase === pb.index) continue;
          for (const s of ends.get(pb.index)?.sources ?? []) add(ctx, ta.id, s.id, "phase", reason);
        }
        for (const tb of b.tasks) add(ctx, ta.id, tb.id, "explicit", reason);
      }
    }
  }
}

function add(ctx: DetectionContext, from: string, to: string, kind: "phase" | "explicit", reason: Why): void {
  ctx.edges.add({
    from,
    to,
    kind,
    reason: reason.text,
    stated: false,
    origin: "statement",
    line: reason.line,
  });
}

/** Phase number as written in its heading ("3", "3.1", "2.5") -> phase index. */
function phaseNumbers(phases: readonly Phase[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const p of phases) {
    const m = /^(?:phase|stage)\s+(\d+(?:\.\d+)*)/i.exec(p.title);
    if (m) map.set(m[1] as string, p.index);
  }
  return map;
}

const PHASE_LIST = /\bphases?\s+(\d+(?:\.\d+)?)((?:\s*(?:,|and|&|-|–|to|through)\s*\d+(?:\.\d+)?)*)/giy;
const STORY_LIST =
  /\b(?:user\s+stor(?:y|ies)\s*|stories\s+|(?=[A-Z]+-US\d)|US-?)((?:[A-Z]+-US)?\d+)((?:\s*(?:,|and|&|\+|\/|-|–)\s*(?:US)?\s*\d+)*)/giy;
const KIND_WORD = /\b(setup|foundational|foundation|polish)\b/giy;
const ALL_WORDS = /\ball\b[^.;,]{0,40}?\b(stor(?:y|ies)|phases)\b/giy;

/** Finds the tasks and phases a piece of a statement names, in order. */
function names(
  ctx: DetectionContext,
  numbers: Map<string, number>,
  text: string,
  source: string,
  line: number,
): Named[] {
  const out: Named[] = [];
  const phases = ctx.list.phases;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? "";
    if (i > 0 && /\w/.test(text[i - 1] ?? "") && /\w/.test(c)) continue;
    if (c === "T" && /^T\d{3}/.test(text.slice(i, i + 4))) {
      const list = readReferenceList(text.slice(i), "t");
      const ids: string[] = [];
      for (const ref of list.references) {
        const resolved = ctx.index.resolve(ref);
        if (resolved.unknown !== null) ctx.unknownReference(source, line, resolved.unknown);
        ids.push(...resolved.ids);
      }
      if (ids.length > 0) out.push({ kind: "tasks", ids, at: i });
      i += Math.max(list.length, 1) - 1;
      continue;
    }
    const matchAt = (re: RegExp): RegExpExecArray | null => {
      re.lastIndex = i;
      return re.exec(text);
    };
    const all = matchAt(ALL_WORDS);
    if (all) {
      if (/stor/i.test(all[1] ?? ""))
        out.push({
          kind: "phases",
          phases: phases.filter((p) => p.kind === "story").map((p) => p.index),
          at: i,
        });
      else out.push({ kind: "earlier-phases", at: i });
      i += all[0].length - 1;
      continue;
    }
    const phaseList = matchAt(PHASE_LIST);
    if (phaseList) {
      const found = numberList(phaseList[1] ?? "", phaseList[2] ?? "")
        .flatMap((n) => (n.range ? rangeOf(numbers, n.from, n.to) : [numbers.get(n.from)]))
        .filter((x): x is number => x !== undefined);
      if (found.length > 0) out.push({ kind: "phases", phases: found, at: i });
      i += phaseList[0].length - 1;
      continue;
    }
    const story = matchAt(STORY_LIST);
    if (story) {
      const ids = numberList(story[1] ?? "", story[2] ?? "").map((n) =>
        /US/.test(n.from) ? n.from.toUpperCase() : `US${n.from}`,
      );
      const found = phases.filter((p) => p.story !== null && ids.includes(p.story)).map((p) => p.index);
      if (found.length > 0) out.push({ kind: "phases", phases: found, at: i });
      i += story[0].length - 1;
      continue;
    }
    const kind = matchAt(KIND_WORD);
    if (kind) {
      const word = (kind[1] ?? "").toLowerCase();
      const wanted = word === "setup" ? "setup" : word === "polish" ? "polish" : "foundational";
      const found = phases.filter((p) => p.kind === wanted).map((p) => p.index);
      if (found.length > 0) out.push({ kind: "phases", phases: found, at: i });
      i += kind[0].length - 1;
    }
  }
  return out;
}

function numberList(first: string, rest: string): Array<{ from: string; to: string; range: boolean }> {
  const out: Array<{ from: string; to: string; range: boolean }> = [{ from: first, to: first, range: false }];
  for (const m of rest.matchAll(/\s*(,|and|&|\+|\/|-|–|to|through)\s*(?:US)?\s*(\d+(?:\.\d+)?)/gi)) {
    const value = m[2] as string;
    if (/^(-|–|to|through)$/i.test(m[1] ?? "")) {
      const last = out[out.length - 1];
      if (last) {
        last.to = value;
        last.range = true;
      }
    } else out.push({ from: value, to: value, range: false });
  }
  return out;
}

function rangeOf(numbers: Map<string, number>, from: string, to: string): number[] {
  const lo = Number(from);
  const hi = Number(to);
  const out: number[] = [];
  for (const [n, index] of numbers) {
    const v = Number(n);
    if (v >= Math.min(lo, hi) && v <= Math.max(lo, hi)) out.push(index);
  }
  return out;
}
