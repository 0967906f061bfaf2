import { targetTaskIds } from "./expand-side.js";
import { DrawingGrid, type DrawnItem } from "./drawing-grid.js";
import { findMarkers } from "./find-markers.js";
import { foldText } from "./fold-text.js";
import { recordSentence } from "./record-reading.js";
import { referenceGroups } from "./reference-groups.js";
import { evidence, findReferences, type ReadingContext } from "./reading-context.js";
import { dropAppositions, findParentheses } from "./sentence-parts.js";
import type { CodeUnit } from "./statement-units.js";
import type { Target } from "./statement-types.js";
import { tracePaths } from "./trace-drawing.js";

const DRAWN = /[│┃║├┤┬┴┼┌┐└┘╭╮╯╰╔╗╚╝╠╣╦╩╬▼▲↓↑◄◀←]/;

/**
 * A drawing in a code block, read as a graph. A path of strokes that carries an arrowhead its way orders
 * the item it leaves before the item it reaches ("Phase 1 ─┐ ... └─► Phase 2", "Setup / ↓ / Foundational");
 * a tree branch without arrowheads (leaving its parent downwards, entering the child from the left:
 * "├── T013") makes the child wait for its parent, and when the parent names nothing but says
 * "parallel" ("Parallel Group A:"), its children form a parallel group. A node is named by its first
 * reference ("US1: Health Check (Phase 3) [P1]" is US1). Paths along one line are read as prose instead.
 */
export function readDiagram(rc: ReadingContext, unit: CodeUnit): void {
  if (!unit.lines.some((l) => DRAWN.test(l.text))) return;
  const grid = new DrawingGrid(unit.lines.map((l) => l.text));
  const items = grid.items();
  const owner = new Map<string, number>();
  items.forEach((item, i) => {
    for (let c = item.start; c < item.end; c++) owner.set(`${item.row},${c}`, i);
  });
  const itemAt = (row: number, col: number): number => owner.get(`${row},${col}`) ?? -1;
  const named = items.map((item) => nodeTargets(rc, item, unit.lines[item.row]?.line ?? 0));
  const parallelParent = items.map(
    (item, i) =>
      named[i]?.length === 0 && findMarkers(foldText(item.text)).some((m) => m.type === "parallel"),
  );
  const transparent = (i: number): boolean => named[i]?.length === 0 && !parallelParent[i];
  const links: Array<{ from: number; to: number; tree: boolean }> = [];
  items.forEach((_, i) => {
    if (named[i]?.length === 0 && !parallelParent[i]) return;
    const children: Target[] = [];
    for (const path of tracePaths(grid, items, itemAt, i, transparent)) {
      const tree = path.first === "D" && path.last === "R";
      const target = named[path.to] ?? [];
      if (!path.vertical || !(path.arrow || tree) || target.length === 0) continue;
      if (!parallelParent[i]) links.push({ from: i, to: path.to, tree: tree && !path.arrow });
      else if (tree) children.push(...target);
    }
    const line = unit.lines[items[i]?.row ?? 0];
    if (children.length > 1)
      recordSentence(
        rc,
        { relations: [], parallel: [{ members: children }] },
        evidence(line?.text ?? "", line?.line ?? 0),
      );
  });
  const inverted = treeReadsUpwards(rc, links, named);
  for (const link of links) {
    // A task hung under the group it belongs to ("US1 (T012–T019)" / "└── T015") marks that task, for the
    // branches under it to wait for; it does not wait for its own group.
    if (link.tree && !inverted && memberOf(rc, named[link.to] ?? [], named[link.from] ?? [])) continue;
    const line = unit.lines[items[link.to]?.row ?? 0];
    const [before, after] = link.tree && inverted ? [link.to, link.from] : [link.from, link.to];
    const relation = { before: named[before] ?? [], after: named[after] ?? [] };
    recordSentence(rc, { relations: [relation], parallel: [] }, evidence(line?.text ?? "", line?.line ?? 0));
  }
}

function memberOf(rc: ReadingContext, child: readonly Target[], parent: readonly Target[]): boolean {
  const inParent = new Set(parent.flatMap((t) => targetTaskIds(rc.ctx, t)));
  const ids = child.flatMap((t) => (t.level === "task" ? targetTaskIds(rc.ctx, t) : ["?"]));
  return ids.length > 0 && ids.length < inParent.size && ids.every((id) => inParent.has(id));
}

/**
 * Which way a tree without arrowheads reads. Usually a child waits for its parent; a tree that hangs
 * each task's prerequisites beneath it ("import command" over "CSV reader") says otherwise, and shows it
 * by contradicting the list's own order: most of its branches go from a later task to an earlier one.
 */
function treeReadsUpwards(
  rc: ReadingContext,
  links: ReadonlyArray<{ from: number; to: number; tree: boolean }>,
  named: ReadonlyArray<readonly Target[]>,
): boolean {
  let up = 0;
  let down = 0;
  for (const link of links) {
    if (!link.tree) continue;
    const parent = firstPosition(rc, named[link.from] ?? []);
    const child = firstPosition(rc, named[link.to] ?? []);
    if (parent === null || child === null || parent === child) continue;
    if (child < parent) up++;
    else down++;
  }
  return up > down;
}

/** The list position of the first task some targets name, or null. */
function firstPosition(rc: ReadingContext, targets: readonly Target[]): number | null {
  const ids = targets.flatMap((t) =>
    t.level === "task"
      ? t.ids
      : t.level === "group"
        ? [...t.ids, ...t.phases.flatMap((p) => rc.vocabulary.phaseTasks.get(p) ?? [])]
        : [],
  );
  const positions = ids.map((id) => rc.ctx.index.indexOf(id)).filter((p) => p >= 0);
  return positions.length > 0 ? Math.min(...positions) : null;
}

/** What a node names: its first list of references, appositions aside. */
function nodeTargets(rc: ReadingContext, item: DrawnItem, line: number): Target[] {
  const folded = foldText(item.text);
  const refs = dropAppositions(
    folded,
    findReferences(rc, folded, line, { bare: true }),
    findParentheses(folded),
  );
  return (referenceGroups(folded, refs)[0] ?? []).map((r) => r.target);
}
