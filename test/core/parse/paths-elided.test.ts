import { describe, expect, it } from "vitest";
import { detectDependencies } from "../../../src/core/detect/detect-dependencies.js";
import { extractPaths } from "../../../src/core/parse/extract-paths.js";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";

const parse = (text: string) => parseTaskList({ kind: "file", path: "tasks.md", text });
const filesOf = (text: string, id: string): string[] =>
  parse(text).tasks.find((t) => t.id === id)?.files ?? [];
const fileEdges = (text: string): string[] =>
  detectDependencies(parse(text))
    .edges.filter((e) => e.kind === "file")
    .map((e) => `${e.from}>${e.to}`);

const twoTasks = (intro: string, first: string, second: string): string =>
  `# Tasks\n\n${intro}\n\n## Phase 1: Work\n\n- [ ] T001 [P] Add the order endpoint in \`${first}\`\n- [ ] T002 [P] Add the refund endpoint in \`${second}\`\n`;

describe("a path whose leading folders an ellipsis stands for", () => {
  it("is read as written after the ellipsis, quoted or bare, with one dot character or three", () => {
    expect(extractPaths("in `…/api/OrderController.kt`").paths).toEqual(["…/api/OrderController.kt"]);
    expect(extractPaths("in `.../api/OrderController.kt`").paths).toEqual(["…/api/OrderController.kt"]);
    expect(extractPaths("in …/api/OrderController.kt, then").paths).toEqual(["…/api/OrderController.kt"]);
  });

  it("is no rooted path and no folder called '...'; an ellipsis inside a word or after one is none", () => {
    expect(extractPaths("see a…/b.kt").paths).toEqual([]);
    expect(extractPaths("wait… src/app.kt").paths).toEqual(["src/app.kt"]);
  });

  it("takes the folder the list's own key gives the ellipsis, with a warning quoting the key", () => {
    const intro = "Paths below shorten the package folder to `…/` (that is `server/src/main/kotlin/shop/`).";
    const list = twoTasks(intro, "…/api/OrderController.kt", "…/api/OrderController.kt");
    expect(filesOf(list, "T001")).toEqual(["server/src/main/kotlin/shop/api/OrderController.kt"]);
    expect(parse(list).warnings.join("\n")).toContain("read under server/src/main/kotlin/shop/");
    // The key may quote the folders after the ellipsis too: `…/shop/` for `server/src/main/kotlin/shop/`.
    const tail = "Package root `server/src/main/kotlin/shop/` (written `…/shop/` below).";
    expect(filesOf(twoTasks(tail, "…/shop/api/A.kt", "…/shop/api/B.kt"), "T002")).toEqual([
      "server/src/main/kotlin/shop/api/B.kt",
    ]);
  });

  it("keeps the paths as written when the key is unclear: two folders, or two keys that disagree", () => {
    const two = "We shorten `server/src/` and `web/src/` to `…/` below.";
    expect(filesOf(twoTasks(two, "…/a.kt", "…/b.kt"), "T001")).toEqual(["…/a.kt"]);
    const disagree =
      "Server paths shorten to `…/` (`server/src/`).\n\nWeb paths also shorten to `…/` (`web/src/`).";
    expect(filesOf(twoTasks(disagree, "…/a.kt", "…/b.kt"), "T001")).toEqual(["…/a.kt"]);
  });

  it("orders two [P] tasks that write one such path, with or without a key", () => {
    expect(fileEdges(twoTasks("", "…/api/OrderController.kt", ".../api/OrderController.kt"))).toEqual([
      "T001>T002",
    ]);
    expect(fileEdges(twoTasks("", "…/api/OrderController.kt", "…/api/RefundController.kt"))).toEqual([]);
  });

  it("meets the one path the list names in full that ends the same way, and no path when two do", () => {
    expect(fileEdges(twoTasks("", "server/src/api/OrderController.kt", "…/api/OrderController.kt"))).toEqual([
      "T001>T002",
    ]);
    const three = `${twoTasks("", "server/src/api/Routes.kt", "web/src/api/Routes.kt")}- [ ] T003 [P] Tidy \`…/api/Routes.kt\`\n`;
    expect(fileEdges(three)).toEqual([]);
  });
});
