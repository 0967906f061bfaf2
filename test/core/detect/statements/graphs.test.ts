import { describe, expect, it } from "vitest";
import { pairs, serial, speckit, statementPairs } from "./plan-helpers.js";

const six = (notes: string): string =>
  speckit([["Phase 1: Work", ["T001", "T002", "T003", "T004", "T005", "T006"]]], notes);

describe("Mermaid graphs", () => {
  it("names a task by a label that starts its title, when one title does", () => {
    const list = [
      "## Phase 1: Media",
      "",
      "- [ ] T001 [P] Transcode stage that runs ffmpeg per rung in src/transcode.ts",
      "- [ ] T002 [P] HLS packager that writes the playlists in src/hls.ts",
      "- [ ] T003 [P] Thumbnail stage in src/thumb.ts",
      "- [ ] T004 [P] Thumbnail stage tests in test/thumb.test.ts",
      "",
    ].join("\n");
    const graph = (body: string): string => `${list}\n## Graph\n\n\`\`\`mermaid\ngraph LR\n${body}\n\`\`\`\n`;
    expect(statementPairs(graph('  tx["Transcode stage"] --> hls["HLS packager"]'))).toEqual(["T001>T002"]);
    // Two titles start with the label, or it is too short to name one: nothing.
    expect(statementPairs(graph('  th["Thumbnail stage"] --> hls["HLS packager"]'))).toEqual([]);
    expect(statementPairs(graph('  a["Media"] --> hls["HLS packager"]'))).toEqual([]);
  });

  it("reads links, chains, fan-out and fan-in", () => {
    const graph = "```mermaid\ngraph TD\n  T001 --> T002 & T003\n  T002 & T003 --> T004 --> T005\n```\n";
    expect(statementPairs(six(`## Graph\n\n${graph}`))).toEqual([
      "T001>T002",
      "T001>T003",
      "T002>T004",
      "T003>T004",
      "T004>T005",
    ]);
  });

  it("names nodes by their labels and passes order through nodes that name nothing", () => {
    const graph =
      '```mermaid\nflowchart LR\n  a[T001 Schema] --> review{Review?}\n  review -->|yes| b["T004: Import"]\n```\n';
    expect(statementPairs(six(`## Graph\n\n${graph}`))).toEqual(["T001>T004"]);
  });

  it("reads no order from dotted or headless links, nor from other diagram types", () => {
    const graph =
      "```mermaid\ngraph TD\n  T001 -.-> T002\n  T003 --- T004\n```\n\n```mermaid\ngantt\n  T005 :a, 2025-01-01, 1d\n  T006 :after a, 1d\n```\n";
    expect(statementPairs(six(`## Graph\n\n${graph}`))).toEqual([]);
  });

  it("reaches every node of a subgraph", () => {
    const graph = "```mermaid\ngraph TD\n  subgraph core\n    T002\n    T003\n  end\n  T001 --> core\n```\n";
    expect(statementPairs(six(`## Graph\n\n${graph}`))).toEqual(["T001>T002", "T001>T003"]);
  });
});

describe("drawings in code blocks", () => {
  it("reads vertical arrows between lines", () => {
    expect(statementPairs(six("## Flow\n\n```\nT001 Schema\n   ↓\nT004 Import\n```\n"))).toEqual([
      "T001>T004",
    ]);
  });

  it("reads arrows routed around corners, and fan-in", () => {
    const drawing = "```\nT001 ──┐\nT002 ──┴──▶ T005\n```\n";
    expect(statementPairs(six(`## Flow\n\n${drawing}`))).toEqual(["T001>T005", "T002>T005"]);
  });

  it("reads an arrowless tree: a child waits for its parent, siblings do not wait for each other", () => {
    const tree = "```\nT001 Base\n├── T002 Reader\n│   └── T004 Cache\n└── T003 Writer\n```\n";
    expect(statementPairs(six(`## Tree\n\n${tree}`))).toEqual(["T001>T002", "T001>T003", "T002>T004"]);
  });

  it("reads a tree that hangs prerequisites under each task upwards, as the list's order shows", () => {
    const tree = "```\nT005 Export\n├── T003 Query\n│   └── T001 Schema\n└── T004 Format\n```\n";
    expect(statementPairs(six(`## Tree\n\n${tree}`))).toEqual(["T001>T003", "T003>T005", "T004>T005"]);
  });

  it("reads a task hung under the range it belongs to as a mark, not as waiting for its own range", () => {
    // "Reports (T001-T003)" holds T002; what hangs under T002 waits for T002 alone.
    const tree = "```\nReports (T001-T003)\n└── T002 exporter\n    └── T005 Mailer\n```\n";
    expect(statementPairs(six(`## Tree\n\n${tree}`))).toEqual(["T002>T005"]);
    // A task outside the parent's range still waits for it.
    const outside = "```\nReports (T001-T003)\n└── T004 exporter\n```\n";
    expect(statementPairs(six(`## Tree\n\n${outside}`))).toEqual(["T001>T004", "T002>T004", "T003>T004"]);
  });

  it("reads the children of a tree whose root says 'parallel' as a parallel group", () => {
    const tree = "```\nParallel batch:\n├── T002 (reader)\n├── T003 (writer)\n└── T004 (cache)\n```\n";
    const order = pairs(serial(["T001", "T002", "T003", "T004"], `## Batches\n\n${tree}`)).sort();
    expect(order).toEqual(["T001>T002", "T001>T003", "T001>T004"]);
  });

  it("reads nothing from a file tree", () => {
    const tree = "```\nsrc/\n├── app.ts\n└── util/\n    └── dates.ts\n```\n";
    expect(statementPairs(six(`## Layout\n\n${tree}`))).toEqual([]);
  });

  it("reads a line drawn with an arrow and a relation word as a sentence", () => {
    expect(statementPairs(six("## Flow\n\n```text\nT005 Export ─────► needs T003\n```\n"))).toEqual([
      "T003>T005",
    ]);
  });
});
