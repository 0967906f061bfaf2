/** A direction on the character grid of a drawing. */
export type Direction = "U" | "D" | "L" | "R";

/** What one character of a drawing is. */
export type Cell =
  | { kind: "space" }
  | { kind: "text" }
  | { kind: "line"; connects: ReadonlySet<Direction> }
  | { kind: "head"; points: Direction };

/** A run of text in a drawing (words separated by single spaces): a node or a label. */
export interface DrawnItem {
  row: number;
  start: number;
  end: number;
  text: string;
}

const LINES: Record<string, string> = {
  "─": "LR",
  "━": "LR",
  "═": "LR",
  "│": "UD",
  "┃": "UD",
  "║": "UD",
  "┌": "RD",
  "╭": "RD",
  "╔": "RD",
  "┐": "LD",
  "╮": "LD",
  "╗": "LD",
  "└": "RU",
  "╰": "RU",
  "╚": "RU",
  "┘": "LU",
  "╯": "LU",
  "╝": "LU",
  "├": "UDR",
  "╠": "UDR",
  "┤": "UDL",
  "╣": "UDL",
  "┬": "LRD",
  "╦": "LRD",
  "┴": "LRU",
  "╩": "LRU",
  "┼": "UDLR",
  "╬": "UDLR",
};
const HEADS: Record<string, Direction> = {
  "►": "R",
  "▶": "R",
  "▸": "R",
  "→": "R",
  "⟶": "R",
  "➜": "R",
  "➔": "R",
  "⇒": "R",
  "◄": "L",
  "◀": "L",
  "◂": "L",
  "←": "L",
  "⟵": "L",
  "▼": "D",
  "↓": "D",
  "▾": "D",
  "⬇": "D",
  "▲": "U",
  "↑": "U",
  "▴": "U",
  "⬆": "U",
};

/** The grid of a drawing: one array of characters per line. */
export class DrawingGrid {
  readonly rows: string[][];
  readonly cells: Cell[][];

  constructor(lines: readonly string[]) {
    this.rows = lines.map((l) => Array.from(l));
    this.cells = this.rows.map((row) => row.map((_, c) => classify(row, c)));
  }

  /** The cell at a position (space outside the drawing). */
  at(row: number, col: number): Cell {
    return this.cells[row]?.[col] ?? SPACE;
  }

  /** True when the drawing has any arrowhead. */
  hasHeads(): boolean {
    return this.cells.some((row) => row.some((c) => c.kind === "head"));
  }

  /** The text runs of the drawing, row by row. */
  items(): DrawnItem[] {
    const out: DrawnItem[] = [];
    this.cells.forEach((row, r) => {
      let start = -1;
      for (let c = 0; c <= row.length; c++) {
        const text = row[c]?.kind === "text";
        const bridge = row[c]?.kind === "space" && row[c + 1]?.kind === "text" && start >= 0;
        if (text && start < 0) start = c;
        if (!text && !bridge && start >= 0) {
          out.push({ row: r, start, end: c, text: (this.rows[r] ?? []).slice(start, c).join("") });
          start = -1;
        }
      }
    });
    return out;
  }
}

const SPACE: Cell = { kind: "space" };
const TEXT: Cell = { kind: "text" };
const LINE_CELLS = new Map(
  Object.entries(LINES).map(([ch, d]): [string, Cell] => [
    ch,
    { kind: "line", connects: new Set(d.split("") as Direction[]) },
  ]),
);
const HEAD_CELLS = new Map(
  Object.entries(HEADS).map(([ch, d]): [string, Cell] => [ch, { kind: "head", points: d }]),
);
const ACROSS: Cell = { kind: "line", connects: new Set<Direction>(["L", "R"]) };
const DOWN: Cell = { kind: "line", connects: new Set<Direction>(["U", "D"]) };

function classify(row: readonly string[], c: number): Cell {
  const ch = row[c] ?? " ";
  if (ch === " " || /\s/.test(ch)) return SPACE;
  return LINE_CELLS.get(ch) ?? HEAD_CELLS.get(ch) ?? asciiCell(row, c, ch) ?? TEXT;
}

/** ASCII strokes count only where they plainly draw: runs of `-`/`=`, `->`, `<-`, a `|` standing alone. */
function asciiCell(row: readonly string[], c: number, ch: string): Cell | null {
  const before = row[c - 1] ?? " ";
  const after = row[c + 1] ?? " ";
  const stroke = (x: string): boolean => x === "-" || x === "=" || x === "─" || x === "━";
  if ((ch === "-" || ch === "=") && (stroke(before) || stroke(after) || after === ">" || before === "<"))
    return ACROSS;
  if (ch === ">" && stroke(before)) return HEAD_CELLS.get("►") ?? null;
  if (ch === "<" && stroke(after)) return HEAD_CELLS.get("◄") ?? null;
  if (ch === "|" && /\s/.test(before) && /\s/.test(after)) return DOWN;
  return null;
}
