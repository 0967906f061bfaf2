import type { Direction, DrawingGrid, DrawnItem } from "./drawing-grid.js";

/** A connection found in a drawing: from one item to another, and how the path ran. */
export interface DrawnPath {
  from: number;
  to: number;
  /** The path passed an arrowhead pointing its way. */
  arrow: boolean;
  first: Direction;
  last: Direction;
  vertical: boolean;
}

const STEP: Record<Direction, [number, number]> = { U: [-1, 0], D: [1, 0], L: [0, -1], R: [0, 1] };
const BACK: Record<Direction, Direction> = { U: "D", D: "U", L: "R", R: "L" };
const ALL: readonly Direction[] = ["U", "D", "L", "R"];

interface State {
  row: number;
  col: number;
  dir: Direction;
  first: Direction;
  arrow: boolean;
  vertical: boolean;
}

/**
 * Follows the strokes leaving an item (right, left, below, above) until they run into another item.
 * A path may branch at tees and corners (and where a stroke meets another one sideways, as authors draw
 * merges loosely); it never turns back, and dies at an arrowhead pointing against it. Items that name
 * nothing are passed through vertically (the second line of a two-line box).
 */
export function tracePaths(
  grid: DrawingGrid,
  items: readonly DrawnItem[],
  itemAt: (row: number, col: number) => number,
  from: number,
  transparent: (item: number) => boolean,
): DrawnPath[] {
  const starts = startStates(grid, items[from] as DrawnItem, itemAt, transparent);
  const out: DrawnPath[] = [];
  const seen = new Set<string>();
  const queue = [...starts];
  for (let i = 0; i < queue.length && i < 20000; i++) {
    const s = queue[i] as State;
    const key = `${s.row},${s.col},${s.dir},${s.arrow ? 1 : 0}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const cell = grid.at(s.row, s.col);
    if (cell.kind === "text") {
      const hit = itemAt(s.row, s.col);
      if (hit === from || hit < 0) continue;
      if (transparent(hit) && (s.dir === "U" || s.dir === "D")) queue.push(move(s, s.dir));
      else if (i >= starts.length)
        out.push({ from, to: hit, arrow: s.arrow, first: s.first, last: s.dir, vertical: s.vertical });
      continue;
    }
    if (cell.kind === "space") {
      const next = move(s, s.dir);
      if (
        i >= starts.length &&
        (s.dir === "L" || s.dir === "R") &&
        grid.at(next.row, next.col).kind === "text"
      )
        queue.push(next);
      continue;
    }
    if (cell.kind === "head" && cell.points === BACK[s.dir]) continue;
    const arrow = s.arrow || (cell.kind === "head" && cell.points === s.dir);
    for (const dir of exits(grid, s, cell)) queue.push(move({ ...s, arrow }, dir));
  }
  return out;
}

/** Where paths leave an item: strokes touching it on the right, the left, below or above. */
function startStates(
  grid: DrawingGrid,
  item: DrawnItem,
  itemAt: (row: number, col: number) => number,
  transparent: (item: number) => boolean,
): State[] {
  const starts: State[] = [];
  const start = (row: number, col: number, dir: Direction): void => {
    const cell = grid.at(row, col);
    const opens =
      (cell.kind === "line" && cell.connects.has(BACK[dir])) ||
      (cell.kind === "head" && (cell.points === dir || cell.points === BACK[dir])) ||
      (cell.kind === "text" && (dir === "U" || dir === "D") && transparent(itemAt(row, col)));
    if (opens) starts.push({ row, col, dir, first: dir, arrow: false, vertical: dir === "U" || dir === "D" });
  };
  start(item.row, item.end + (grid.at(item.row, item.end).kind === "space" ? 1 : 0), "R");
  start(item.row, item.start - 1 - (grid.at(item.row, item.start - 1).kind === "space" ? 1 : 0), "L");
  for (let c = item.start; c < item.end; c++) {
    start(item.row + 1, c, "D");
    start(item.row - 1, c, "U");
  }
  return starts;
}

function exits(grid: DrawingGrid, s: State, cell: ReturnType<DrawingGrid["at"]>): Direction[] {
  const own: Direction[] =
    cell.kind === "line" ? [...cell.connects] : cell.kind === "head" ? [cell.points] : [];
  const loose = ALL.filter((d) => {
    const [dr, dc] = STEP[d];
    const n = grid.at(s.row + dr, s.col + dc);
    return n.kind === "line" && n.connects.has(BACK[d]);
  });
  return [...new Set([...own, ...loose])].filter((d) => d !== BACK[s.dir]);
}

function move(s: State, dir: Direction): State {
  const [dr, dc] = STEP[dir];
  return { ...s, row: s.row + dr, col: s.col + dc, dir, vertical: s.vertical || dir === "U" || dir === "D" };
}
