import type { Task } from "../model/task.js";
import type { DetectionContext } from "./detection-context.js";

/**
 * Build tools and the manifests their plugins, dependencies and scripts are declared in: "add the Gradle
 * plugin" edits build.gradle whether or not the task names the file.
 */
const MANIFESTS: ReadonlyArray<{ tool: RegExp; name: string; file: RegExp }> = [
  {
    tool: /\bgradle\b/i,
    name: "Gradle",
    file: /(?:^|\/)(?:(?:build|settings)\.gradle(?:\.kts)?|libs\.versions\.toml)$/,
  },
  { tool: /\bmaven\b/i, name: "Maven", file: /(?:^|\/)pom\.xml$/ },
  { tool: /\b(?:npm|yarn|pnpm)\b/i, name: "npm", file: /(?:^|\/)package\.json$/ },
  { tool: /\bcargo\b/i, name: "Cargo", file: /(?:^|\/)Cargo\.toml$/ },
  { tool: /\b(?:poetry|hatch|pdm)\b/i, name: "Python packaging", file: /(?:^|\/)pyproject\.toml$/ },
  { tool: /\bcomposer\b/i, name: "Composer", file: /(?:^|\/)composer\.json$/ },
];
// What a build tool declares in its manifest. "Run the Gradle build" or "the npm registry" declare nothing.
const DECLARED = /\b(?:plugins?|dependenc(?:y|ies)|deps|scripts?|packages?|modules?|extensions?)\b/i;
// A task that only looks ("Verify all dependencies installed", "Run the npm scripts") edits no manifest.
const LOOKS = /^\W*(?:verify|check|validate|run|execute|test|list|confirm|ensure|review|audit|inspect)\b/i;
// Code spans and paths are what the task runs or touches, not what it declares ("./scripts/ci.sh").
const CODE_OR_PATH = /`[^`]*`|\S*[/\\]\S*/g;
// What a task declines to do: "rather than a new npm dependency", "without extra Gradle plugins".
const DECLINED = /\b(?:rather\s+than|instead\s+of|without|no\s+new|not)\b(?:\s+\S+){1,4}/gi;
const DOCUMENT = /\.(?:md|mdx|rst|adoc|txt)$|(?:^|\/)docs?\//i;

/**
 * Manifest edges: a task whose title configures a build tool's plugin, dependency or script ("Set up the
 * OpenAPI Generator Gradle plugin") edits that tool's manifest even when it does not name it; when other
 * tasks of the list name the manifest (build.gradle, package.json, ...), the task is ordered with the ones
 * that edit it as if it named the file: after the nearest earlier editor, before the nearest later one.
 */
export function detectManifestEdges(ctx: DetectionContext): void {
  const tasks = ctx.list.tasks.filter((t) => !t.group);
  for (const [i, task] of tasks.entries()) {
    if (!declares(task.title)) continue;
    // One that only writes documents describes the build; it does not configure it.
    if (task.files.length > 0 && task.files.every((f) => DOCUMENT.test(f))) continue;
    for (const m of MANIFESTS) {
      // A task that names its manifest is ordered by file edges.
      if (!m.tool.test(task.title.replace(DECLINED, " ")) || task.files.some((f) => m.file.test(f))) continue;
      const editsIt = (t: Task): boolean => t.files.some((f) => m.file.test(f));
      const before = tasks.slice(0, i).reverse().find(editsIt);
      const after = tasks.slice(i + 1).find(editsIt);
      if (before) link(ctx, { from: before, to: task, named: before, implied: task }, m);
      if (after) link(ctx, { from: task, to: after, named: after, implied: task }, m);
    }
  }
}

/** The title configures what a manifest declares, in its own words, and does more than look. */
function declares(title: string): boolean {
  return !LOOKS.test(title) && DECLARED.test(title.replace(CODE_OR_PATH, " ").replace(DECLINED, " "));
}

/** An edge between the task that implies the manifest and the one that names it, in list order. */
function link(
  ctx: DetectionContext,
  pair: { from: Task; to: Task; named: Task; implied: Task },
  m: (typeof MANIFESTS)[number],
): void {
  const { from, to, named, implied } = pair;
  const manifest = named.files.find((f) => m.file.test(f)) ?? "";
  ctx.edges.add({
    from: from.id,
    to: to.id,
    kind: "file",
    reason: `file: ${implied.id} configures the ${m.name} build, declared in ${manifest}, which ${named.id} edits (${ctx.at(implied, implied.line)}, :${named.line})`,
    stated: false,
    origin: "file",
    line: implied.line,
  });
}
