import { foldText } from "./fold-text.js";
import { parseMermaidFlowchart, type MermaidGraph } from "./parse-mermaid.js";
import { recordSentence } from "./record-reading.js";
import { evidence, findReferences, type ReadingContext } from "./reading-context.js";
import { referenceGroups } from "./reference-groups.js";
import { dropAppositions, findParentheses } from "./sentence-parts.js";
import type { CodeUnit } from "./statement-units.js";
import { titleIndex } from "./title-index.js";
import type { Target } from "./statement-types.js";

/**
 * A Mermaid flowchart (`graph` or `flowchart`): `A --> B` puts A before B, `A & B --> C` and
 * `A --> B & C` fan in and out, chains read link by link, and a link to a subgraph reaches every node in
 * it. A node names what its label names (`T010[Title]`, `US1[Phase 3: US1]`), else what its ID names, else
 * the one task whose title its label starts (`transcode["Transcode stage"]`).
 * Nodes naming nothing ("Review", a decision) pass order through. Dotted (`-.->`) and unlabelled-arrow
 * links (`---`) state no order; other diagram types (gantt schedules, pie charts) are not read.
 */
export function readMermaid(rc: ReadingContext, unit: CodeUnit): void {
  const graph = parseMermaidFlowchart(unit.lines);
  if (graph === null) return;
  const names = new Map<string, Target[]>();
  for (const [id, node] of graph.nodes) names.set(id, nodeTargets(rc, id, node.label, node.line));
  for (const [from, to, line] of orderedPairs(graph, names)) {
    const text = unit.lines.find((l) => l.line === line)?.text.trim() ?? "";
    recordSentence(
      rc,
      { relations: [{ before: names.get(from) ?? [], after: names.get(to) ?? [] }], parallel: [] },
      evidence(text, line),
    );
  }
}

function nodeTargets(rc: ReadingContext, id: string, label: string | null, line: number): Target[] {
  for (const text of label === null ? [id] : [label, id]) {
    const folded = foldText(text);
    const refs = dropAppositions(
      folded,
      findReferences(rc, folded, line, { bare: true }),
      findParentheses(folded),
    );
    const first = referenceGroups(folded, refs)[0] ?? [];
    if (first.length > 0) return first.map((r) => r.target);
  }
  // `transcode["Transcode stage"]`: a label that is the start of one task's title names that task.
  const titled = label === null ? null : titleIndex(rc.ctx.list).find(label);
  return titled === null ? [] : [{ level: "task", ids: [titled], written: label ?? titled }];
}

/**
 * Pairs of naming nodes (from, to, line of the first link) where a path of binding links leads from one
 * to the other through nodes that name nothing.
 */
function orderedPairs(
  graph: MermaidGraph,
  names: ReadonlyMap<string, Target[]>,
): Array<[string, string, number]> {
  const out: Array<[string, string, number]> = [];
  const seen = new Set<string>();
  for (const start of graph.nodes.keys()) {
    if ((names.get(start) ?? []).length === 0) continue;
    const stack = (graph.next.get(start) ?? []).map((l) => ({ node: l.to, line: l.line }));
    const visited = new Set<string>();
    while (stack.length > 0) {
      const { node, line } = stack.pop() as { node: string; line: number };
      if (visited.has(node) || node === start) continue;
      visited.add(node);
      if ((names.get(node) ?? []).length > 0) {
        const key = `${start}\u0000${node}`;
        if (!seen.has(key)) {
          seen.add(key);
          out.push([start, node, line]);
        }
        continue;
      }
      for (const l of graph.next.get(node) ?? []) stack.push({ node: l.to, line });
    }
  }
  return out.sort((a, b) => a[2] - b[2]);
}
