import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import ts from "typescript";

/** Source files by repository-relative path (`src/core/x.ts`), as the checks read them. */
export type SourceFiles = ReadonlyMap<string, string>;

/** One breach of the house rules, named so an allowlist can hold it. */
export interface Violation {
  rule: "function-length" | "file-length" | "import-cycle" | "layer";
  file: string;
  /** The function (function-length), the imported file (layer) or the files of the cycle (import-cycle). */
  name: string;
  /** Lines (function-length, file-length). */
  lines?: number;
}

/** The house limits. */
export const LIMITS = { functionLines: 80, fileLines: 350 } as const;

/** Layers, lowest first: a file may import its own layer and those below it, never one above. */
const LAYERS: ReadonlyArray<readonly [string, number]> = [
  ["src/core/", 0],
  ["src/adapters/", 1],
  ["src/runner/", 2],
  ["src/github/", 3],
  ["src/cli/", 4],
  ["src/app/", 4],
  ["src/action/", 4],
];

/** Reads every `.ts` file under `dir` (relative to `root`). */
export function readSources(root: string, dir = "src"): SourceFiles {
  const files = new Map<string, string>();
  const walk = (folder: string): void => {
    for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
      const path = `${folder}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".ts")) files.set(path, readFileSync(join(root, path), "utf8"));
    }
  };
  walk(dir);
  return files;
}

/** Every house-rule breach in `files`, in a stable order. */
export function findViolations(files: SourceFiles): Violation[] {
  const parsed = new Map([...files].map(([path, text]) => [path, parse(path, text)]));
  const found: Violation[] = [];
  for (const [path, source] of parsed) {
    const lines = lineCount(files.get(path) ?? "");
    if (lines > LIMITS.fileLines) found.push({ rule: "file-length", file: path, name: "(file)", lines });
    for (const fn of functionsOf(source)) {
      if (fn.lines > LIMITS.functionLines) found.push({ rule: "function-length", file: path, ...fn });
    }
  }
  const edges = importEdges(parsed, files);
  for (const [from, targets] of edges) {
    for (const to of targets) {
      if (layerOf(to) > layerOf(from)) found.push({ rule: "layer", file: from, name: to });
    }
  }
  for (const cycle of cyclesOf(edges))
    found.push({ rule: "import-cycle", file: cycle[0] ?? "", name: cycle.join(" -> ") });
  return found;
}

/** The key an allowlist entry and a violation share. */
export function violationKey(v: Pick<Violation, "rule" | "file" | "name">): string {
  return `${v.rule} ${v.file} ${v.name}`;
}

function parse(path: string, text: string): ts.SourceFile {
  return ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

function lineCount(text: string): number {
  return text.endsWith("\n") ? text.split("\n").length - 1 : text.split("\n").length;
}

/** Every function-like node with its name and its length in lines, signature to closing brace. */
function functionsOf(source: ts.SourceFile): Array<{ name: string; lines: number }> {
  const out: Array<{ name: string; lines: number }> = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && "body" in node && node.body !== undefined) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      out.push({ name: functionName(node, source), lines: last - first + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** `name`, `Class.method`, or the variable or property an arrow function is assigned to. */
function functionName(node: ts.Node, source: ts.SourceFile): string {
  const own = (node as { name?: ts.Node }).name;
  const named = own !== undefined && (ts.isIdentifier(own) || ts.isPrivateIdentifier(own)) ? own.text : null;
  const holder = ts.isClassLike(node.parent) ? `${node.parent.name?.text ?? "(class)"}.` : "";
  if (ts.isConstructorDeclaration(node)) return `${holder}constructor`;
  if (named !== null) return `${holder}${named}`;
  const parent = node.parent;
  if ((ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) && ts.isIdentifier(parent.name)) {
    return parent.name.text;
  }
  return `(anonymous, line ${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1})`;
}

/** Which files each file imports (type-only imports and re-exports included), among `files`. */
function importEdges(parsed: ReadonlyMap<string, ts.SourceFile>, files: SourceFiles): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const [path, source] of parsed) {
    const targets = new Set<string>();
    const visit = (node: ts.Node): void => {
      const specifier = moduleSpecifierOf(node);
      if (specifier?.startsWith(".")) {
        const target = normalize(join(dirname(path), specifier)).replace(/\.js$/, ".ts");
        if (files.has(target)) targets.add(target);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    edges.set(path, [...targets].sort());
  }
  return edges;
}

function moduleSpecifierOf(node: ts.Node): string | null {
  if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
    return ts.isStringLiteral(node.moduleSpecifier) ? node.moduleSpecifier.text : null;
  }
  if (
    ts.isImportTypeNode(node) &&
    ts.isLiteralTypeNode(node.argument) &&
    ts.isStringLiteral(node.argument.literal)
  ) {
    return node.argument.literal.text;
  }
  if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
    const [arg] = node.arguments;
    return arg !== undefined && ts.isStringLiteral(arg) ? arg.text : null;
  }
  return null;
}

function layerOf(path: string): number {
  return LAYERS.find(([prefix]) => path.startsWith(prefix))?.[1] ?? 0;
}

/** The strongly connected components with more than one file (or a file importing itself), each sorted. */
function cyclesOf(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const connect = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.get(file) ?? 0);
    stack.push(file);
    onStack.add(file);
    for (const next of edges.get(file) ?? []) {
      if (!index.has(next)) {
        connect(next);
        low.set(file, Math.min(low.get(file) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
      onStack.delete(top);
      component.push(top);
      if (top === file) break;
    }
    if (component.length > 1 || (edges.get(file) ?? []).includes(file)) cycles.push(component.sort());
  };
  for (const file of [...edges.keys()].sort()) if (!index.has(file)) connect(file);
  return cycles;
}
