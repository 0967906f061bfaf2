import { readdir, readFile, stat } from "node:fs/promises";
import { dirname, join, posix, relative, resolve, sep } from "node:path";
import { pathEscape } from "./confine-task-paths.js";
import { importLanguage, readImportSpecifiers } from "./read-import-specifiers.js";

const JS_EXTENSIONS = ["", ".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs", ".vue", ".svelte"];

/**
 * For each of `files` (repository-relative) that exists in `repoDir`, the repository files it imports:
 * JS/TS relative `import`/`export from`/`require`/`import()` (with NodeNext `.js` -> `.ts`), Python
 * `import`/`from` (absolute from the repository root or `src/`, and relative), Go imports inside the
 * module named by the nearest `go.mod` (every non-test `.go` file of the imported package).
 * Unreadable files and unresolvable imports are skipped: import edges are hints. Files that resolve
 * outside the repository or into `.git/` through a symbolic link are never read.
 */
export async function scanImports(repoDir: string, files: readonly string[]): Promise<Map<string, string[]>> {
  const root = resolve(repoDir);
  const result = new Map<string, string[]>();
  const goModules = new Map<string, { dir: string; module: string } | null>();
  for (const file of files) {
    const language = importLanguage(file);
    if (language === null || file.endsWith("/")) continue;
    if ((await pathEscape(root, file).catch(() => "unreadable")) !== null) continue;
    let text: string;
    try {
      text = await readFile(join(root, file), "utf8");
    } catch {
      continue;
    }
    const found = new Set<string>();
    for (const spec of readImportSpecifiers(file, text)) {
      const targets =
        language === "js"
          ? await resolveJs(root, file, spec)
          : language === "python"
            ? await resolvePython(root, file, spec)
            : await resolveGo(root, file, spec, goModules);
      for (const t of targets) if (t !== file) found.add(t);
    }
    if (found.size > 0) result.set(file, [...found].sort());
  }
  return result;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function toRepo(root: string, absolute: string): string | null {
  const rel = relative(root, absolute);
  if (rel.startsWith("..") || rel === "" || resolve(root, rel) !== absolute) return null;
  return rel.split(sep).join(posix.sep);
}

async function resolveJs(root: string, file: string, spec: string): Promise<string[]> {
  if (!spec.startsWith(".")) return [];
  const base = resolve(root, dirname(file), spec);
  const candidates = [
    ...JS_EXTENSIONS.map((ext) => base + ext),
    ...(/\.(m|c)?js$/.test(base)
      ? [base.replace(/\.(m|c)?js$/, ".ts"), base.replace(/\.(m|c)?js$/, ".tsx")]
      : []),
    ...JS_EXTENSIONS.slice(1).map((ext) => join(base, `index${ext}`)),
  ];
  for (const c of candidates) {
    if (await isFile(c)) {
      const rel = toRepo(root, c);
      return rel ? [rel] : [];
    }
  }
  return [];
}

async function resolvePython(root: string, file: string, spec: string): Promise<string[]> {
  const dots = /^\.*/.exec(spec)?.[0].length ?? 0;
  const parts = spec.slice(dots).split(".").filter(Boolean);
  const bases: string[] = [];
  if (dots > 0) {
    let dir = dirname(file);
    for (let i = 1; i < dots; i++) dir = dirname(dir);
    bases.push(resolve(root, dir));
  } else {
    bases.push(root, join(root, "src"), resolve(root, dirname(file)));
  }
  for (const base of bases) {
    const target = join(base, ...parts);
    for (const c of parts.length === 0
      ? [join(target, "__init__.py")]
      : [`${target}.py`, join(target, "__init__.py")]) {
      if (await isFile(c)) {
        const rel = toRepo(root, c);
        if (rel) return [rel];
      }
    }
  }
  return [];
}

async function resolveGo(
  root: string,
  file: string,
  spec: string,
  cache: Map<string, { dir: string; module: string } | null>,
): Promise<string[]> {
  const mod = await goModuleOf(root, dirname(file), cache);
  if (!mod || !(spec === mod.module || spec.startsWith(`${mod.module}/`))) return [];
  const dir = join(mod.dir, spec.slice(mod.module.length));
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.endsWith(".go") && !n.endsWith("_test.go"))
    .sort()
    .map((n) => toRepo(root, join(dir, n)))
    .filter((x): x is string => x !== null);
}

async function goModuleOf(
  root: string,
  fromDir: string,
  cache: Map<string, { dir: string; module: string } | null>,
): Promise<{ dir: string; module: string } | null> {
  let dir = resolve(root, fromDir);
  for (;;) {
    if (cache.has(dir)) return cache.get(dir) ?? null;
    try {
      const text = await readFile(join(dir, "go.mod"), "utf8");
      const module = /^module\s+(\S+)/m.exec(text)?.[1];
      const found = module ? { dir, module } : null;
      cache.set(dir, found);
      return found;
    } catch {
      // keep walking up to the repository root
    }
    if (dir === root || toRepo(root, dir) === null) return null;
    dir = dirname(dir);
  }
}
