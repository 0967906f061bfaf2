import type { NoteLine } from "./statement-units.js";

/** A Mermaid flowchart's nodes (with their labels) and binding links. */
export interface MermaidGraph {
  nodes: Map<string, { label: string | null; line: number }>;
  /** Links by source node; a link to a subgraph is expanded to its nodes. */
  next: Map<string, Array<{ to: string; line: number }>>;
}

type Links = Array<{ from: string[]; to: string[]; line: number }>;

const HEADER = /^\s*(?:graph|flowchart)\b/i;
// Node shapes, longest delimiters first: (((x))) ((x)) ([x]) [[x]] [(x)] {{x}} [/x/] [\x\] [x] (x) {x} >x]
const SHAPES: ReadonlyArray<[string, string]> = [
  ["(((", ")))"],
  ["((", "))"],
  ["([", "])"],
  ["[[", "]]"],
  ["[(", ")]"],
  ["{{", "}}"],
  ["[/", "/]"],
  ["[\\", "\\]"],
  ["[/", "\\]"],
  ["[\\", "/]"],
  ["[", "]"],
  ["(", ")"],
  ["{", "}"],
  [">", "]"],
];
const ID = /^\s*([\p{L}\p{N}_][\p{L}\p{N}_.]*)/u;
// `-- text -->`, `== text ==>`, `-. text .->`: the text goes, the stroke and head stay.
const TEXT_LINK = /(--|==|-\.)\s+[^-=.>|&;\s][^>|]*?\s+(-{2,}>|={2,}>|\.-+>|-{3,}|={3,}|\.-+)/g;
const LINK = /^\s*(<)?(-{2,}|={2,}|-\.+-|~{3,})(>|o|x)?(?:\|[^|]*\|)?\s*/;

/**
 * Parses a Mermaid `graph`/`flowchart` block; null for other diagram types. Solid and thick links with an
 * arrowhead bind; dotted, invisible, headless and two-headed links do not. Comments (`%%`), styles and
 * class lines are skipped.
 */
export function parseMermaidFlowchart(lines: readonly NoteLine[]): MermaidGraph | null {
  const first = lines.find((l) => l.text.trim().length > 0 && !l.text.trim().startsWith("%%"));
  if (!first || !HEADER.test(first.text)) return null;
  const graph: MermaidGraph = { nodes: new Map(), next: new Map() };
  const subgraphs = new Map<string, string[]>();
  const open: string[] = [];
  const links: Links = [];
  for (const line of lines.slice(lines.indexOf(first) + 1)) {
    for (const statement of line.text.replace(/%%.*$/, "").split(";")) {
      const text = statement.trim();
      if (text.length === 0 || /^(?:style|classDef|class|click|linkStyle|direction)\b/.test(text)) continue;
      const sub = /^subgraph\s+([\p{L}\p{N}_.]+)/u.exec(text);
      if (sub) {
        open.push(sub[1] as string);
        subgraphs.set(sub[1] as string, []);
      } else if (text === "end") open.pop();
      else
        readStatement(text.replace(TEXT_LINK, textLink), line.line, graph, links, (id) =>
          open.forEach((s) => subgraphs.get(s)?.push(id)),
        );
    }
  }
  const expand = (id: string): string[] => subgraphs.get(id)?.flatMap(expand) ?? [id];
  for (const link of links)
    for (const from of link.from.flatMap(expand))
      for (const to of link.to.flatMap(expand))
        graph.next.set(from, [...(graph.next.get(from) ?? []), { to, line: link.line }]);
  for (const id of subgraphs.keys()) graph.nodes.delete(id);
  return graph;
}

function textLink(_: string, open: string, close: string): string {
  const head = close.endsWith(">") ? ">" : "";
  if (open === "-." || close.includes(".")) return `-.-${head}`;
  return open === "==" ? `==${head || "="}` : `--${head || "-"}`;
}

/** One statement: node groups (`A & B`) joined by links. */
function readStatement(
  text: string,
  line: number,
  graph: MermaidGraph,
  links: Links,
  member: (id: string) => void,
): void {
  let rest = text;
  let previous: string[] | null = null;
  let link: { binding: boolean; backwards: boolean } | null = null;
  while (rest.trim().length > 0) {
    const group: string[] = [];
    for (;;) {
      const node = readNode(rest);
      if (!node) return;
      const known = graph.nodes.get(node.id);
      if (!known || (known.label === null && node.label !== null))
        graph.nodes.set(node.id, { label: node.label, line });
      member(node.id);
      group.push(node.id);
      rest = rest.slice(node.length);
      const amp = /^\s*&\s*/.exec(rest);
      if (!amp) break;
      rest = rest.slice(amp[0].length);
    }
    if (previous && link?.binding)
      links.push(link.backwards ? { from: group, to: previous, line } : { from: previous, to: group, line });
    const m = LINK.exec(rest);
    if (!m || m[0].length === 0) return;
    const stroke = m[2] ?? "";
    const head = m[3] === ">";
    const tail = m[1] === "<";
    link = { binding: head !== tail && !stroke.includes(".") && !stroke.startsWith("~"), backwards: tail };
    previous = group;
    rest = rest.slice(m[0].length);
  }
}

/** A node at the start of a statement: its ID, its label (quotes and shape removed) and its length. */
function readNode(text: string): { id: string; label: string | null; length: number } | null {
  const id = ID.exec(text);
  if (!id) return null;
  let at = id[0].length;
  let label: string | null = null;
  for (const [open, close] of SHAPES) {
    if (!text.startsWith(open, at)) continue;
    const start = at + open.length;
    const quoted = text[start] === '"' ? text.indexOf('"', start + 1) : -1;
    const end = text.indexOf(close, quoted >= 0 ? quoted + 1 : start);
    if (end < 0) continue;
    label = text.slice(start, end).replace(/^"|"$/g, "");
    at = end + close.length;
    break;
  }
  const cls = /^:::[\w-]+/.exec(text.slice(at));
  return { id: id[1] as string, label, length: at + (cls ? cls[0].length : 0) };
}
