/** Paths a piece of task text names, and the ones it names but maestro must not use. */
export interface ExtractedPaths {
  /** Normalised, repository-relative; directories end with "/". In order of first appearance. */
  paths: string[];
  /** Paths that leave the repository or point into `.git/`, with why; reported as warnings. */
  ignored: Array<{ path: string; reason: string }>;
}

// File extensions a bare word must end with to count as a file name (`settings.py`, `README.md`).
// A closed list, because dotted identifiers (`sqlalchemy.orm`, `inputs.mode`) are far more common.
const KNOWN_EXTENSIONS = new Set(
  (
    "ts tsx mts cts js jsx mjs cjs json jsonc json5 md mdx markdown rst txt adoc py pyi ipynb go mod sum rs toml " +
    "java kt kts gradle groovy scala swift m mm h hh hpp hxx c cc cpp cxx cs fs vb csproj fsproj sln props " +
    "targets rb erb php twig blade lua pl pm r dart ex exs erl hrl clj cljs elm hs ml mli nim zig v sv vhd " +
    "yml yaml ini cfg conf config env properties xml xsd xsl plist html htm css scss sass less styl vue " +
    "svelte astro sql prisma graphql gql proto thrift avsc sh bash zsh fish ps1 psm1 bat cmd tf tfvars hcl " +
    "nix lock dockerfile containerfile mk cmake feature snap tpl tmpl j2 jinja hbs mustache ejs pug liquid " +
    "mako csv tsv svg png jpg jpeg gif webp ico pdf wasm patch diff http rego cue bzl bazel star nomad " +
    "editorconfig gitignore gitattributes npmrc nvmrc dockerignore prettierrc eslintrc babelrc pbxproj " +
    "xcconfig storyboard xib entitlements strings resx xaml razor cshtml ino"
  ).split(" "),
);

// Words that look like file names but name a technology (Node.js) or are abbreviations (e.g.).
const NOT_PATHS = new Set([
  "node.js",
  "next.js",
  "nuxt.js",
  "vue.js",
  "react.js",
  "express.js",
  "nest.js",
  "three.js",
  "d3.js",
  "chart.js",
  "socket.io",
  "ember.js",
  "backbone.js",
  "angular.js",
  "alpine.js",
  "solid.js",
  "p5.js",
  "moment.js",
  "day.js",
  "deno.js",
  "svelte.js",
  "htmx.js",
  "anime.js",
  "pixi.js",
  "babylon.js",
  "video.js",
  "e.g",
  "i.e",
  "a.k.a",
  "etc",
  "vs",
  "asp.net",
  "ado.net",
  "vb.net",
]);

// Files commonly written without an extension; accepted only when quoted in backticks or under a folder.
const BARE_FILE_NAMES =
  /^(Dockerfile|Containerfile|Makefile|Procfile|Gemfile|Rakefile|Jenkinsfile|Vagrantfile|Brewfile|Justfile|Taskfile|LICENSE|CODEOWNERS|OWNERS|BUILD|WORKSPACE)$/;

const URL = /\b[a-z][a-z0-9+.-]*:\/\/[^\s`)>\]]+|\bwww\.[^\s`)>\]]+|\bmailto:[^\s`)>\]]+/gi;
const BACKTICKS = /`([^`\n]+)`/g;
const BARE = /[\w.~@+/-]+/g;

/**
 * Finds the paths in task text: quoted in backticks, or bare words with a folder or a known extension.
 * URLs, version numbers (v1.2, 0.5s), abbreviations (e.g.) and framework names (Next.js) are not paths.
 */
export function extractPaths(text: string): ExtractedPaths {
  const found: ExtractedPaths = { paths: [], ignored: [] };
  const seen = new Set<string>();
  const add = (candidate: string, quoted: boolean): void => {
    const result = normalisePath(candidate, quoted);
    if (result === null) return;
    if ("ignored" in result) {
      if (!seen.has(`!${candidate}`)) {
        seen.add(`!${candidate}`);
        found.ignored.push({ path: candidate, reason: result.ignored });
      }
      return;
    }
    if (!seen.has(result.path)) {
      seen.add(result.path);
      found.paths.push(result.path);
    }
  };
  // One pass over the text in order, so paths keep the order the author wrote them in.
  const withoutUrls = text.replace(URL, (m) => " ".repeat(m.length));
  let last = 0;
  for (const m of withoutUrls.matchAll(BACKTICKS)) {
    scanBare(withoutUrls.slice(last, m.index), add);
    const quoted = quotedCandidate(m[1] ?? "");
    if (quoted !== null) add(quoted, true);
    last = m.index + m[0].length;
  }
  scanBare(withoutUrls.slice(last), add);
  return found;
}

function scanBare(text: string, add: (candidate: string, quoted: boolean) => void): void {
  if (!text.includes(".") && !text.includes("/")) return;
  for (const m of text.matchAll(BARE)) {
    const end = m.index + m[0].length;
    // `foo.bar()` is a call, `x/y:` a key or a label, `[text](link)` is handled as plain text.
    const next = text[end];
    if (next === "(" || next === "'" || next === '"') continue;
    const before = m.index > 0 ? text[m.index - 1] : "";
    if (before === "$" || before === "%" || before === "{" || before === "=" || before === ":") continue;
    const candidate = m[0].replace(/[.\-+]+$/, "").replace(/^-+/, "");
    if (candidate.length === 0) continue;
    if (!candidate.includes("/")) {
      if (!hasKnownExtension(candidate)) continue;
    } else if (!barePathWithFolder(candidate)) continue;
    add(candidate, false);
  }
}

function barePathWithFolder(candidate: string): boolean {
  // `/health/db` in prose is an HTTP route far more often than an absolute path: skip it quietly.
  if (candidate.startsWith("/") || candidate.startsWith("~") || candidate.includes("@")) return false;
  const segments = candidate.split("/").filter((s) => s.length > 0);
  if (segments.length === 0) return false;
  // read/write, TCP/IP, US3/US4, T006/T007, 1/2: words joined by a slash, not folders.
  if (segments.some((s) => /^(\d+|[A-Z][A-Z0-9]*|T\d{3,}[A-Za-z]?|US\d+)$/.test(s))) return false;
  if (candidate.startsWith("../") || candidate.startsWith("./")) return true;
  const lastSegment = segments[segments.length - 1] ?? "";
  if (hasKnownExtension(lastSegment)) return true;
  if (candidate.endsWith("/")) return segments.length >= 1 && !/^[\d.]+$/.test(segments[0] ?? "");
  if (BARE_FILE_NAMES.test(lastSegment)) return true;
  return segments.length >= 3;
}

function quotedCandidate(inner: string): string | null {
  let text = inner.trim().replace(/[:,;]+$/, "");
  if (text.length === 0 || /\s/.test(text) || /[()=<>{}$;,|"'`\\@]|::|^-/.test(text)) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return null;
  const glob = text.search(/[*?[]/);
  if (glob >= 0) {
    const slash = text.lastIndexOf("/", glob);
    if (slash < 0) return null;
    text = text.slice(0, slash + 1);
  }
  if (text.startsWith("/") || text.startsWith("../") || text === "..") return text;
  const segments = text.split("/").filter((s) => s.length > 0);
  const lastSegment = segments[segments.length - 1] ?? "";
  // github.com/org/repo is a module path, not a file in this repository.
  if (/^[\w-]+\.(com|org|io|net|dev|app|co|in|gov|edu)$/i.test(segments[0] ?? "") && segments.length > 1)
    return null;
  if (text.includes("/")) {
    // application/json, text/html: media types, not folders.
    if (
      /^(application|text|image|audio|video|multipart|font|model|message)$/.test(segments[0] ?? "") &&
      !hasKnownExtension(lastSegment)
    )
      return null;
    if (segments.some((s) => /^(T\d{3,}[A-Za-z]?|US\d+)$/.test(s))) return null;
    return text;
  }
  if (hasKnownExtension(lastSegment) || BARE_FILE_NAMES.test(lastSegment)) return text;
  return null;
}

/** True for `settings.py`, `.env.example`, `README.md`; false for `v1.2`, `e.g.`, `Node.js`, `0.5s`. */
export function hasKnownExtension(name: string): boolean {
  const dot = name.lastIndexOf(".");
  if (dot < 0 || dot === name.length - 1) return false;
  if (NOT_PATHS.has(name.toLowerCase())) return false;
  if (/^v?\d+(\.\d+)+[a-z]*$/i.test(name) || /^\d/.test(name)) {
    // Version numbers and quantities; a file such as `0079_table.sql` still has letters before its extension.
    if (!/^\d+[\w-]*[A-Za-z_][\w-]*\.[A-Za-z]+$/.test(name)) return false;
  }
  const extension = name.slice(dot + 1).toLowerCase();
  if (!KNOWN_EXTENSIONS.has(extension)) return false;
  // `.env` and `.gitignore` are files; `.md` alone is an extension being talked about.
  if (dot === 0)
    return /^\.(env|gitignore|gitattributes|npmrc|nvmrc|editorconfig|dockerignore|prettierrc|eslintrc|babelrc)$/i.test(
      name,
    );
  return true;
}

/**
 * Normalises a path (`./a`, `a//b`, `a/./b`, `a/x/../b`) to repository-relative form. Returns null for
 * things that are not paths, `{ignored}` for paths maestro must not use (outside the repository, .git/).
 */
export function normalisePath(
  candidate: string,
  quoted = true,
): { path: string } | { ignored: string } | null {
  let text = candidate.replace(/\\/g, "/");
  if (text.startsWith("/"))
    return quoted ? { ignored: "it is an absolute path, outside the repository" } : null;
  const isDirectory = text.endsWith("/");
  const out: string[] = [];
  for (const segment of text.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (out.length === 0) return { ignored: "it leaves the repository" };
      out.pop();
      continue;
    }
    out.push(segment);
  }
  if (out.length === 0) return null;
  if (out[0] === ".git") return { ignored: "it points into .git/" };
  text = out.join("/");
  return { path: isDirectory ? `${text}/` : text };
}
