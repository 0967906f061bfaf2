import { hasKnownExtension, isBareFileName, namesFile } from "./known-file-names.js";
import { elidedPath, readPathRoot } from "./path-root.js";
import { unrenderDunders } from "./rendered-dunder.js";
import { withSiblingSuffixes } from "./sibling-suffix.js";

export { hasKnownExtension } from "./known-file-names.js";

/** Paths a piece of task text names, and the ones it names but maestro must not use. */
export interface ExtractedPaths {
  /** Normalised, repository-relative; directories end with "/". In order of first appearance. */
  paths: string[];
  /** Paths that leave the repository or point into `.git/`, with why; reported as warnings. */
  ignored: Array<{ path: string; reason: string }>;
}

/** What only the repository can settle about a mention (see DoubtfulPath in the model). */
export interface PathDoubt {
  candidates: string[];
  otherwise: string | null;
  /** A bare word list such as `pause/resume/cancel`: a path only where the list names files under this. */
  topFolder?: string;
}

/** One place a text names a path, with what it reads as. */
export interface PathMention {
  /** Offsets of the mention in the text (a quoted one from its opening backtick). */
  start: number;
  end: number;
  written: string;
  /** In backticks or a Markdown link target. */
  quoted: boolean;
  /** A Markdown link target: `[the plan](./plan.md)`. */
  link: boolean;
  /** The repository-relative path planning uses, or null (not a path, outside, or assumed not one). */
  path: string | null;
  /** Why a path is not used, when it leaves the repository or points into `.git/`. */
  ignored?: string;
  doubt?: PathDoubt;
}

const URL = /\b[a-z][a-z0-9+.-]*:\/\/[^\s`)>\]]+|\bwww\.[^\s`)>\]]+|\bmailto:[^\s`)>\]]+/gi;
const LINK = /\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"\n]*")?\s*\)/g;
const BACKTICKS = /`([^`\n]+)`/g;
const VARIABLE_PATH = /(?<![\w/.\\$])\$\{?[A-Za-z_]\w*\}?[/\\][^\s`'"<>()[\],;]+/g;
const BARE = /[\w.~@+/\\…-]+/g;
// A quote closes a code string (`require('lib/util.js')`), but an apostrophe that glues a word's ending to
// the path is grammar: the English possessive ("routes.tsx's handler"), a Turkish case ending
// ("routes.tsx'teki", "App.tsx'e").
const GRAMMAR_SUFFIX = /^['’]\p{L}{1,6}(?![\p{L}\p{N}'’])/u;
// A bracket opening an aside right after a path, before a task ID or CJK words ("router.py（T029 ...",
// normalised to "("), ends the path; one opening anything else ("app/(auth)/page.tsx") does not.
export const ASIDE_BRACKET = String.raw`\((?:[A-Z]?\d|[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af])`;
const ASIDE_AFTER = new RegExp(`^${ASIDE_BRACKET}`, "u");
// Framework route folders: Next.js `[id]`, `[...slug]`, `(group)`, `@slot`; Remix/TanStack `$param`.
const SEGMENT =
  /^(?:[\w.+-]*\[{1,2}(?:\.{3})?[A-Za-z_]\w*\]{1,2}[\w.-]*|\([\w.-]+\)|[@$]?[\w.+-]+(?:\$[\w.+-]+)*|\.{1,2}|…)$/;
const SPECIAL_SEGMENT = /\[|\(|^[@$]/;
const HTTP_ROUTE =
  /\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|endpoints?|routes?|url|uri|redirects? to|navigates? to)\s*[`"']?$/i;
// "Article II.H", "section IV.c": an outline number (a Roman numeral and a letter), not a C header.
const OUTLINE_NUMBER = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})\.[A-Za-z]$/;
const ROUTE_AFTER = /^[`"']?\s+(?:page|route|endpoint|screen|view|url)\b/i;

/**
 * Finds the paths in task text: quoted in backticks, Markdown link targets, or bare words with a folder or
 * a known extension. URLs, version numbers (v1.2, 0.5s), abbreviations (e.g.) and framework names
 * (Next.js) are not paths.
 */
export function extractPaths(text: string): ExtractedPaths {
  const found: ExtractedPaths = { paths: [], ignored: [] };
  const seen = new Set<string>();
  for (const mention of findPathMentions(text)) {
    if (mention.ignored !== undefined && !seen.has(`!${mention.written}`)) {
      seen.add(`!${mention.written}`);
      found.ignored.push({ path: mention.written, reason: mention.ignored });
    }
    if (mention.path !== null && !seen.has(mention.path)) {
      seen.add(mention.path);
      found.paths.push(mention.path);
    }
  }
  return found;
}

/** Every path mention of a text, in the order written, each with its offsets. */
export function findPathMentions(text: string): PathMention[] {
  const out: PathMention[] = [];
  let clean = text.replace(URL, (m) => " ".repeat(m.length));
  // A link is one mention of its target, spanning the whole link: its text is a label.
  clean = clean.replace(LINK, (whole, target: string, index: number) => {
    const candidate = target.startsWith("#") ? null : quotedCandidate(target.replace(/#.*$/, ""));
    if (candidate !== null)
      push(out, candidate, { start: index, end: index + whole.length }, { quoted: true, link: true });
    return candidate === null ? whole : " ".repeat(whole.length);
  });
  let last = 0;
  for (const m of clean.matchAll(BACKTICKS)) {
    scanBare(clean, last, m.index, out);
    const candidate = quotedCandidate(m[1] ?? "");
    const span = { start: m.index, end: m.index + m[0].length };
    if (candidate !== null)
      push(out, candidate, span, { quoted: true, route: isRoute(clean, span.start, span.end) });
    last = m.index + m[0].length;
  }
  scanBare(clean, last, clean.length, out);
  return withSiblingSuffixes(
    text,
    out.sort((a, b) => a.start - b.start),
  );
}

function push(
  out: PathMention[],
  written: string,
  span: { start: number; end: number },
  how: { quoted: boolean; link?: boolean; route?: boolean },
): void {
  const reading = readCandidate(written, how.quoted);
  if (reading === null) return;
  // `GET /api/users`, `the /settings page`: a route, whatever the repository holds.
  if (how.route === true && reading.path === null && reading.ignored === undefined) return;
  out.push({ ...span, written, quoted: how.quoted, link: how.link ?? false, ...reading });
}

function scanBare(clean: string, from: number, to: number, out: PathMention[]): void {
  let chunk = unrenderDunders(clean.slice(from, to));
  if (!/[./\\]/.test(chunk)) return;
  chunk = chunk.replace(VARIABLE_PATH, (m: string, index: number) => {
    const written = m.replace(/[.:]+$/, "");
    push(out, written, { start: from + index, end: from + index + written.length }, { quoted: false });
    return " ".repeat(m.length);
  });
  chunk = chunk.replace(/[^\s`]+/g, (token: string, index: number) => {
    const route = routeFolderPath(token);
    if (route === null) return token;
    const start = from + index + route.offset;
    push(out, route.path, { start, end: start + route.path.length }, { quoted: false });
    return " ".repeat(token.length);
  });
  for (const m of chunk.matchAll(BARE)) {
    const end = m.index + m[0].length;
    // `foo.bar()` is a call, `x/y:` a key or a label, `[text](link)` is handled as plain text; a bracket
    // opening CJK words or a task ID ("router.py（T029 ..." normalised to "(") is an aside after the path.
    const next = chunk[end] ?? "";
    if (next === "(" && !ASIDE_AFTER.test(chunk.slice(end))) continue;
    if ((next === "'" && !GRAMMAR_SUFFIX.test(chunk.slice(end))) || next === '"') continue;
    const before = m.index > 0 ? (chunk[m.index - 1] ?? "") : "";
    if (before !== "" && "$%{=".includes(before)) continue;
    // `package:x/y.dart`, `classpath:db/x.sql`: a scheme, not a folder; `POST /x：src/a.java` is a label.
    if (before === ":" && /(?:^|[\s(`"'])[A-Za-z][\w+.-]*:$/.test(chunk.slice(0, m.index))) continue;
    const candidate = m[0].replace(/[.\-+\\]+$/, "").replace(/^-+/, "");
    if (candidate.length === 0) continue;
    const start = m.index + m[0].indexOf(candidate);
    if (/^[/\\]/.test(candidate)) {
      // A rooted path starts a word: `x]/page.tsx` is the tail of something else; `/a/{id}` is a route.
      if (before !== "" && !/[\s(["'<>“‘]/.test(before)) continue;
      if (next !== "" && "{<[*".includes(next)) continue;
      // `/users/:id` and `/v1/items:batchGet` are routes; a file named before a colon that opens its
      // details ("in /src/config.py: `nnodes`, ...") is a file.
      if (next === ":" && !(hasKnownExtension(candidate) && /^:(?:\s|$)/.test(chunk.slice(end)))) continue;
    }
    if (!bareCandidate(candidate)) continue;
    const route = isRoute(chunk, start, start + candidate.length);
    push(
      out,
      candidate,
      { start: from + start, end: from + start + candidate.length },
      { quoted: false, route },
    );
  }
}

function isRoute(text: string, start: number, end: number): boolean {
  return HTTP_ROUTE.test(text.slice(Math.max(0, start - 24), start)) || ROUTE_AFTER.test(text.slice(end));
}

/** A bare word with route-folder segments (`app/[id]/page.tsx`, `app/(auth)/login/page.tsx`), unwrapped. */
function routeFolderPath(token: string): { path: string; offset: number } | null {
  if (!token.includes("/") || !/[[(]|\/[@$]/.test(token)) return null;
  const offset = (/^[(["'*_<“‘]*/.exec(token)?.[0] ?? "").length;
  let path = token.slice(offset);
  for (let previous = ""; previous !== path;) {
    previous = path;
    path = path.replace(/[.,;:!?"'*_>”’]+$/, "");
    if (path.endsWith(")") && path.split("(").length < path.split(")").length) path = path.slice(0, -1);
    if (path.endsWith("]") && path.split("[").length < path.split("]").length) path = path.slice(0, -1);
  }
  const segments = path.split("/").filter((s) => s.length > 0);
  if (segments.length < 2 || !segments.every((s) => SEGMENT.test(s))) return null;
  if (SPECIAL_SEGMENT.test(segments[0] ?? "") || !segments.some((s) => SPECIAL_SEGMENT.test(s))) return null;
  return bareCandidate(path) ? { path, offset } : null;
}

function bareCandidate(candidate: string): boolean {
  const unified = candidate.replace(/\\/g, "/");
  if (!unified.includes("/")) return hasKnownExtension(unified) && !OUTLINE_NUMBER.test(unified);
  // `@scope/pkg` and `me@host` are not paths; `app/@modal/` (a Next.js slot) is.
  if (unified.startsWith("~") || /^@|[^/]@|.…|…(?!\/)/.test(unified)) return false;
  const segments = unified.split("/").filter((s) => s.length > 0);
  if (segments.length === 0) return false;
  const lastSegment = segments[segments.length - 1] ?? "";
  if (segments.some((s) => /^(T\d{3,}[A-Za-z]?|US\d+)$/.test(s))) return false;
  // read/write, TCP/IP, CI/CD, 1/2: words joined by a slash; `src/UI/Button.tsx` is still a path.
  const named = hasKnownExtension(lastSegment) || unified.endsWith("/");
  if (!named && segments.some((s) => /^(\d+|[A-Z][A-Z0-9]*)$/.test(s))) return false;
  if (unified.startsWith("../") || unified.startsWith("./")) return true;
  if (hasKnownExtension(lastSegment)) return true;
  if (unified.endsWith("/")) return !/^[\d.]+$/.test(segments[0] ?? "");
  if (isBareFileName(lastSegment)) return true;
  // `/health/db`: a route far more often than a file; kept as a doubt only the repository can settle.
  if (unified.startsWith("/")) return true;
  return segments.length >= 3;
}

function quotedCandidate(inner: string): string | null {
  let text = inner.trim().replace(/[:,;]+$/, "");
  if (text.length === 0 || /\s/.test(text)) return null;
  // A checkout variable, a drive or a network path: readPathRoot says what it is.
  if (/^(?:\$\{?\w+\}?|%\w+%)[/\\]|^[A-Za-z]:[/\\]|^\\\\|^~/.test(text)) return text;
  if (/[=<>{};,|"'`]|::|^-/.test(text) || /^[a-z][a-z0-9+.-]*:/i.test(text)) return null;
  const glob = globStart(text);
  if (glob >= 0) {
    const slash = text.lastIndexOf("/", glob);
    if (slash < 0) return null;
    text = text.slice(0, slash + 1);
  }
  const segments = text
    .replace(/\\/g, "/")
    .split("/")
    .filter((s) => s.length > 0);
  if (!segments.every((s) => SEGMENT.test(s)) || /^[@$(]/.test(segments[0] ?? "")) return null;
  if (/^([/\\]|\.\.([/\\]|$)|~)/.test(text)) return text;
  const lastSegment = segments[segments.length - 1] ?? "";
  // `assign/3`, `Repo.transact/2`: a function and its arity (Elixir, Erlang), like `1/2` a fraction, no file.
  if (/^\d+$/.test(lastSegment) && !text.endsWith("/")) return null;
  // github.com/org/repo is a module path, not a file in this repository.
  if (/^[\w-]+\.(com|org|io|net|dev|app|co|in|gov|edu)$/i.test(segments[0] ?? "") && segments.length > 1)
    return null;
  if (/[/\\]/.test(text)) {
    // application/json, text/html: media types, not folders.
    if (
      /^(application|text|image|audio|video|multipart|font|model|message)$/.test(segments[0] ?? "") &&
      !hasKnownExtension(lastSegment)
    )
      return null;
    if (segments.some((s) => /^(T\d{3,}[A-Za-z]?|US\d+)$/.test(s))) return null;
    return text;
  }
  if (hasKnownExtension(lastSegment) || isBareFileName(lastSegment)) return text;
  return null;
}

/** Where a glob starts (`*`, `?`, or a `[` that is not a route folder such as `[id]`), or -1. */
function globStart(text: string): number {
  let at = 0;
  for (const segment of text.split("/")) {
    if (/[*?]/.test(segment) || (segment.includes("[") && !SEGMENT.test(segment))) return at;
    at += segment.length + 1;
  }
  return -1;
}

type Reading = { path: string | null; ignored?: string; doubt?: PathDoubt };

function readCandidate(candidate: string, quoted: boolean): Reading | null {
  const root = readPathRoot(candidate);
  if (root === null) return null;
  // `/lib/app_web/router.ex` in a list that also names `lib/...`: the repository's lib/, not the system's.
  const shared = "outside" in root ? sharedTopFolder(candidate) : null;
  if (shared) return shared;
  // A bare `/usr/bin/env` in prose is left alone; a quoted one is reported.
  if ("outside" in root) return quoted ? { path: null, ignored: root.outside } : null;
  const normal = normalise(root.text);
  if (normal === null || "ignored" in normal) return normal === null ? null : { path: null, ...normal };
  const path = elidedPath(root, normal.path) ?? normal.path;
  const alternatives = root.alternatives.flatMap((a) => {
    const n = normalise(a);
    return n !== null && "path" in n && n.path !== path ? [n.path] : [];
  });
  if (alternatives.length > 0)
    return { path, doubt: { candidates: [path, ...alternatives], otherwise: path } };
  if (root.kind === "rooted" && !namesFile(path)) {
    // `/api/v1/` or `/health`: a folder of the repository, or a route?
    return { path: path.endsWith("/") ? path : null, doubt: { candidates: [path], otherwise: null } };
  }
  // Bare words joined by slashes with no file at the end (`src/main/java`, but also `pause/resume/cancel`,
  // `en/de/tr`, `Active/Queued/Failed`): a folder only where the list has files under its first folder.
  if (!quoted && root.kind === "relative" && !/^\.\.?[/\\]/.test(candidate) && isWordList(path))
    return {
      path,
      doubt: { candidates: [path, `${path}/`], otherwise: null, topFolder: `${path.split("/")[0] ?? ""}/` },
    };
  // A lone capitalised or plain word with a slash (`Repositories/`) may be a layer's name, not a folder.
  if (!quoted && root.kind === "relative" && /^[^/]+\/$/.test(path) && !/^\.\.?[/\\]/.test(candidate))
    return { path, doubt: { candidates: [path], otherwise: null } };
  return { path };
}

// System folders that repositories have at their root too (Ruby, Elixir and JavaScript `lib/`, `bin/`).
const SHARED_ROOT = /^[/\\](lib|bin)[/\\](?=.*\.\w+$)/;

/** A rooted file under lib/ or bin/: the repository's when the list names files under that folder. */
function sharedTopFolder(candidate: string): Reading | null {
  const m = SHARED_ROOT.exec(candidate);
  const normal = m ? normalise(candidate.slice(1).replace(/\\/g, "/")) : null;
  if (!m || normal === null || !("path" in normal)) return null;
  return {
    path: normal.path,
    doubt: { candidates: [normal.path], otherwise: null, topFolder: `${m[1] ?? ""}/` },
  };
}

function isWordList(path: string): boolean {
  return path.includes("/") && !path.endsWith("/") && !namesFile(path);
}

/**
 * Normalises a written path (`./a`, `a//b`, `a/./b`, `a/x/../b`, `a\b`, `/x` rooted at the repository,
 * a CI checkout prefix) to repository-relative form. Returns null for things that are not paths,
 * `{ignored}` for paths maestro must not use (outside the repository, .git/).
 */
export function normalisePath(candidate: string): { path: string } | { ignored: string } | null {
  const root = readPathRoot(candidate);
  if (root === null) return null;
  if ("outside" in root) return { ignored: root.outside };
  const normal = normalise(root.text);
  return normal !== null && "path" in normal
    ? { path: elidedPath(root, normal.path) ?? normal.path }
    : normal;
}

function normalise(text: string): { path: string } | { ignored: string } | null {
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
  const path = out.join("/");
  return { path: isDirectory ? `${path}/` : path };
}
