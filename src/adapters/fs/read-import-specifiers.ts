/** The language family of a source file, by extension; null for files maestro does not read imports from. */
export function importLanguage(path: string): "js" | "python" | "go" | null {
  if (/\.(ts|tsx|mts|cts|js|jsx|mjs|cjs|vue|svelte)$/.test(path)) return "js";
  if (/\.pyi?$/.test(path)) return "python";
  if (/\.go$/.test(path)) return "go";
  return null;
}

const JS_IMPORT =
  /(?:\bimport\s+(?:type\s+)?(?:[\w*{}\s,$]+\s+from\s+)?|\bexport\s+(?:type\s+)?[\w*{}\s,$]+\s+from\s+|\brequire\s*\(\s*|\bimport\s*\(\s*)["'`]([^"'`\n]+)["'`]/g;
const PY_FROM = /^\s*from\s+(\.*[\w.]*)\s+import\s+([\w*, ()\n]+)/gm;
const PY_IMPORT = /^\s*import\s+([\w., ]+)/gm;
const GO_SINGLE = /^\s*import\s+(?:[\w.]+\s+)?"([^"]+)"/gm;
const GO_BLOCK = /^\s*import\s*\(([\s\S]*?)\)/gm;

/** What a file imports, as written: JS/TS module specifiers, Python module names, Go import paths. */
export function readImportSpecifiers(path: string, text: string): string[] {
  const language = importLanguage(path);
  const out: string[] = [];
  if (language === "js") {
    for (const m of text.matchAll(JS_IMPORT)) out.push(m[1] as string);
  } else if (language === "python") {
    for (const m of text.matchAll(PY_FROM)) {
      const base = m[1] as string;
      out.push(base);
      // `from pkg import mod` may import a submodule: offer pkg.mod too; resolution keeps what exists.
      for (const name of (m[2] ?? "").replace(/[()\n]/g, " ").split(",")) {
        const n = name.trim().split(/\s+/)[0] ?? "";
        if (/^\w+$/.test(n)) out.push(base.endsWith(".") ? `${base}${n}` : `${base}.${n}`);
      }
    }
    for (const m of text.matchAll(PY_IMPORT)) {
      for (const name of (m[1] ?? "").split(",")) {
        const n = name.trim().split(/\s+/)[0] ?? "";
        if (n) out.push(n);
      }
    }
  } else if (language === "go") {
    for (const m of text.matchAll(GO_SINGLE)) out.push(m[1] as string);
    for (const m of text.matchAll(GO_BLOCK)) {
      for (const line of (m[1] ?? "").split("\n")) {
        const spec = /"([^"]+)"/.exec(line);
        if (spec) out.push(spec[1] as string);
      }
    }
  }
  return [...new Set(out)];
}
