/** One line of a Markdown document, with its place relative to fenced code blocks. */
export interface ScannedLine {
  /** 1-based. */
  number: number;
  /** The line without its line ending. */
  text: string;
  /** Leading whitespace width (a tab counts as 4). */
  indent: number;
  /**
   * "text": ordinary Markdown; "open"/"close": a fence line; "code": inside a fenced block.
   * Only "text" lines can hold tasks, headings or conflict markers.
   */
  role: "text" | "open" | "code" | "close";
  /** For lines of a fenced block (open, code, close): index into ScannedDocument.fences. */
  fence: number | null;
}

/** A fenced code block (``` or ~~~). */
export interface Fence {
  /** Line number of the opening fence. */
  open: number;
  /** Line number of the closing fence, or null when the block runs to the end of the document. */
  close: number | null;
  /** Indentation of the opening fence. */
  indent: number;
  /** First word of the info string, lower-cased ("" when absent). */
  info: string;
  /** The lines inside the block, without the fences. */
  body: string[];
}

/** A document split into lines with its fenced blocks found. */
export interface ScannedDocument {
  lines: ScannedLine[];
  fences: Fence[];
}

const FENCE_OPEN = /^(\s*)(`{3,}|~{3,})(.*)$/;

/** Measures leading whitespace, a tab counting as 4 columns. */
export function indentOf(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) width += 1;
    else if (c === 9) width += 4 - (width % 4);
    else break;
  }
  return width;
}

/**
 * Splits a document into lines and tracks fenced code blocks exactly (fence character, minimum length,
 * info string), in one pass: a Markdown AST would be slower and lose nothing we need here.
 */
export function scanLines(text: string): ScannedDocument {
  const raw = text.split(/\r?\n|\r/);
  if (raw.length > 0 && raw[raw.length - 1] === "") raw.pop();
  const lines: ScannedLine[] = new Array<ScannedLine>(raw.length);
  const fences: Fence[] = [];
  let open: { fence: Fence; char: string; length: number } | null = null;
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i] as string;
    const indent = indentOf(line);
    if (open === null) {
      const first = line.charCodeAt(indent === 0 ? 0 : line.length - line.trimStart().length);
      // Fast path: most lines start with neither ` nor ~.
      if (first === 96 || first === 126) {
        const m = FENCE_OPEN.exec(line);
        if (m) {
          const marker = m[2] as string;
          const rest = (m[3] ?? "").trim();
          // A backtick fence's info string may not contain a backtick (that is inline code).
          if (!(marker[0] === "`" && rest.includes("`"))) {
            const fence: Fence = {
              open: i + 1,
              close: null,
              indent,
              info: (rest.split(/\s+/)[0] ?? "")
                .replace(/^\{?\.?/, "")
                .replace(/\}$/, "")
                .toLowerCase(),
              body: [],
            };
            fences.push(fence);
            open = { fence, char: marker[0] as string, length: marker.length };
            lines[i] = { number: i + 1, text: line, indent, role: "open", fence: fences.length - 1 };
            continue;
          }
        }
      }
      lines[i] = { number: i + 1, text: line, indent, role: "text", fence: null };
      continue;
    }
    const trimmed = line.trim();
    if (
      trimmed.length >= open.length &&
      trimmed[0] === open.char &&
      /^(`+|~+)$/.test(trimmed) &&
      trimmed[0] === open.char
    ) {
      open.fence.close = i + 1;
      lines[i] = { number: i + 1, text: line, indent, role: "close", fence: fences.length - 1 };
      open = null;
      continue;
    }
    open.fence.body.push(line);
    lines[i] = { number: i + 1, text: line, indent, role: "code", fence: fences.length - 1 };
  }
  return { lines, fences };
}
