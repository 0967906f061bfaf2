import type { Task } from "../model/task.js";
import { classifyTask } from "./classify-task.js";
import { apartInHostLanguages } from "./host-languages.js";
import {
  codeNameOfFile,
  codeNames,
  declaredByFile,
  fileStem,
  nameKey,
  roleNameOfFile,
} from "./code-names.js";
import { createdName, declaredName, namesListedWith } from "./creation-verbs.js";
import type { DetectionContext } from "./detection-context.js";
import { isTestPath } from "./test-file-conventions.js";
import { withoutPaths } from "./without-paths.js";
import { isBareFileName } from "../parse/known-file-names.js";
import { deniedInference, readableText, type Denial } from "./detect-explicit-edges.js";

interface Creation {
  task: Task;
  name: string;
  /** How the task creates it: the file that declares it, or its title. */
  how: string;
  /** The named thing it is a member of ("Add `discountCents` to `CartDto`"): `CartDto`. */
  owner?: string;
}

/**
 * Symbol edges: a task that uses a code name (a class, module or function spelled as code:
 * `UserRepository`, `fetch_orders`) comes after the task that creates it, even when the two tasks name no
 * common file. A task creates a name when it names a file called so (`UserEntity.java`), or when its title
 * says it creates something and the name is the first one the title mentions. The first task listed that
 * creates a name owns it; every other task mentioning it waits for that one, wherever it is listed, unless
 * it creates a thing of that name itself, or the two write code in different host languages (Python, TypeScript).
 * Tasks that change the same name ("... into WeirdoEditor") are ordered among themselves as well.
 */
export function detectSymbolEdges(ctx: DetectionContext, denied: ReadonlyMap<string, Denial>): void {
  const tasks = ctx.list.tasks.filter((t) => !t.group);
  linkChangesToOneName(
    ctx,
    tasks.filter((t) => classifyTask(t) !== "test"),
  );
  const made = new Map(tasks.map((t) => [t, creationsOf(t)]));
  const creators = findCreators(made);
  if (creators.size === 0) return;
  // A test names what it tests, which may not exist yet: the cue and tested-work rules order tests.
  for (const task of tasks.filter((t) => classifyTask(t) !== "test")) {
    const own = ownMakings(task, made.get(task) ?? []);
    const text = readableText(task.title, task.body);
    for (const name of namesUsed(text)) {
      const creation = creators.get(nameKey(name));
      if (!creation || creation.task === task || makesItsOwn(own, creation)) continue;
      if (creation.how !== "its title" && !declaredByFile(name, creation.how)) continue;
      // A member's bare name ("discountCents") is as likely another thing's member of that name.
      if (creation.owner !== undefined && !text.includes(creation.owner)) continue;
      // A Python model and a TypeScript type of one name meet over an API, not an import.
      if (apartInHostLanguages(creation.task.files, task.files)) continue;
      // The author's word about the pair ("matches the look of T022's `TicketCard`, so it need not wait
      // for T022") outweighs the inference from a name (a shared file still orders them).
      const inferred = `${task.id} names ${creation.name}, which ${creation.task.id} creates`;
      const pair = { from: creation.task.id, to: task };
      if (deniedInference(ctx, denied, pair, inferred, "no symbol edge between them")) continue;
      ctx.edges.add({
        from: creation.task.id,
        to: task.id,
        kind: "symbol",
        reason: `symbol: ${creation.task.id} creates ${creation.name} (${creation.how}), which ${task.id} names (${ctx.at(creation.task, creation.task.line)}, ${ctx.at(task, task.line)})`,
        stated: false,
        origin: "symbol",
        line: task.line,
      });
    }
  }
}

// A single capitalised word written as code (`Workflow`): one word alone names too many things in prose,
// but in backticks it is a type, and it links a task only to the task creating a file of that very stem.
const CODE_WORD = /`([A-Z][a-z0-9]{3,})`/g;
const SINGLE_WORD_STEM = /^[A-Z][a-z0-9]{3,}$/;

// "read from the row, not from `CartTotals`", "instead of LegacyMailer": a name the task says it does without
// is no name it uses.
const REFUSED_NAME =
  /\b(?:(?:not|never)\s+(?:from|via|through|using|by)|instead\s+of|rather\s+than)\s+(?:the\s+)?`?[\p{L}_][\p{L}\p{N}_.]*(?:\(\))?`?/giu;

/** The code names a task's text uses: names of two or more words, and single capitalised words in backticks. */
function namesUsed(text: string): string[] {
  const used = text.replace(REFUSED_NAME, " ");
  const words = [...used.matchAll(CODE_WORD)].map((m) => m[1] ?? "");
  return [...new Set([...codeNames(withoutPaths(used)), ...words])];
}

function isCodeName(word: string): boolean {
  return codeNames(word)[0] === word;
}

// "Integrate X into WeirdoEditor", "Add a route to AppRouter", "Register the job in AppModule": the name
// after the preposition is what the task changes; not the first folder of a path ("in `androidApp/src/...`").
const CHANGED_NAME =
  /(?:^|\s)(?:into|to|in|inside|within|dans|en|в|во)\s+(?:(?:the|a|an|le|la|les|el)\s+)?`?([\p{L}_][\p{L}\p{N}_]*)(?![\p{L}\p{N}_]|[/\\])`?/giu;
// "saves the new token in DataStore", "persisted in DataStore": where a verb of keeping puts data is a store
// at run time (a library, a database), not code the task changes. Up to three words may stand between.
// Only forms that are verbs ("a save system in GameState", "timestamp recording in X" change X).
const KEPT_IN =
  /(?<![\p{L}])(?:persist(?:s|ed)|sav(?:es|ed)|stored|keeps|kept|cached|recorded)(?![\p{L}])(?:\s+\S+){0,3}\s*$/iu;

/**
 * Tasks whose titles change the same named thing edit the same code, like two tasks naming one file:
 * each waits for the nearest earlier task that changes it.
 */
function linkChangesToOneName(ctx: DetectionContext, tasks: readonly Task[]): void {
  const lastChange = new Map<string, Task>();
  for (const task of tasks) {
    for (const name of changedNames(task.title)) {
      const key = nameKey(name);
      const earlier = lastChange.get(key);
      lastChange.set(key, task);
      if (!earlier) continue;
      ctx.edges.add({
        from: earlier.id,
        to: task.id,
        kind: "symbol",
        reason: `symbol: ${earlier.id} and ${task.id} both change ${name} (${ctx.at(earlier, earlier.line)}, ${ctx.at(task, task.line)})`,
        stated: false,
        origin: "symbol",
        line: task.line,
      });
    }
  }
}

function changedNames(title: string): string[] {
  const names = [...title.matchAll(CHANGED_NAME)]
    .filter((m) => !KEPT_IN.test(title.slice(0, m.index)))
    .map((m) => m[1] ?? "")
    .filter(isCodeName);
  return [...new Set(names)];
}

/** Each created name (by its key) and the first task listed that creates it. */
function findCreators(made: ReadonlyMap<Task, readonly Creation[]>): Map<string, Creation> {
  const creators = new Map<string, Creation>();
  for (const creations of made.values()) {
    for (const creation of creations) {
      const key = nameKey(creation.name);
      if (!creators.has(key)) creators.set(key, creation);
    }
  }
  return creators;
}

function creationsOf(task: Task): Creation[] {
  const out: Creation[] = [];
  // A test file is named after what it tests; it does not create that name.
  for (const file of task.files.filter((f) => !isTestPath(f))) {
    const stem = fileStem(file);
    const single = SINGLE_WORD_STEM.test(stem) && !isBareFileName(stem) ? stem : snakeClassOf(file, stem);
    const name = codeNameOfFile(file) ?? single;
    if (name) out.push({ task, name, how: file });
    const role = roleNameOfFile(file);
    if (role) out.push({ task, name: role, how: file });
  }
  const titled = createdName(task.title, isCodeName);
  for (const name of titled ? namesListedWith(task.title, titled, isCodeName) : [])
    out.push({ task, name, how: "its title", ...memberOf(task.title, name) });
  return out;
}

// Ruby's autoloading names a class's file by the class in lower case: `app/models/quote.rb` declares
// `Quote` (a Python or Rust file of one word is a module: `json.rs`, `serializers/booking.py`).
const SNAKE_CLASS_FILE = /\.rb$/;

function snakeClassOf(file: string, stem: string): string | null {
  if (!SNAKE_CLASS_FILE.test(file) || !/^[a-z][a-z0-9]{3,}$/.test(stem) || isBareFileName(stem)) return null;
  return `${stem[0]?.toUpperCase() ?? ""}${stem.slice(1)}`;
}

// "Add `discountCents` and `appliedPromotion` to `CartResponseDto`": the names before "to" and a name
// written as code are members of that thing.
const MEMBER_OF = /^[^.;:]*?\s(?:to|into|on)\s+(?:the\s+)?`([\p{L}_][\p{L}\p{N}_]*)`/u;

/** The thing a created name is added to, when the title names it as code right after the name's list. */
function memberOf(title: string, name: string): { owner?: string } {
  // Punctuation inside code ("`applied: PromotionDto | null`") ends no clause.
  const after = title
    .slice(title.indexOf(name) + name.length)
    .replace(/^`/, "")
    .replace(/`[^`]*`/g, (code) => code.replace(/[.;:]/g, " "));
  const owner = MEMBER_OF.exec(after)?.[1];
  return owner !== undefined && owner !== name ? { owner } : {};
}

// "Delete x/standard_graph.rs", "Remove the old Inspection.ts": a file a task removes is not one it makes.
const REMOVES = /^\s*(?:delete|remove|drop|retire|deprecate)\b/i;

/** What a task surely makes itself: the files it names, and the name its title declares with its kind. */
function ownMakings(task: Task, creations: readonly Creation[]): Creation[] {
  if (REMOVES.test(task.title)) return [];
  const files = creations.filter((c) => c.how !== "its title");
  const declared = declaredName(task.title, isCodeName);
  const names = declared === null ? [] : namesListedWith(task.title, declared, isCodeName);
  return [...files, ...names.map((name) => ({ task, name, how: "its title" }))];
}

/**
 * A task making a thing of the same name in another file makes its own ("TypeORM entities `Inspection`"
 * in the API beside an Inspection.ts model in the app; Inspection.kt beside Inspection.sq): it does not
 * wait for the other. Naming the creator's own file is editing it, which the file edges order.
 */
function makesItsOwn(own: readonly Creation[], creation: Creation): boolean {
  const key = nameKey(creation.name);
  return own.some((c) => nameKey(c.name) === key && !sameFile(c.how, creation.how));
}

/** One file written two ways: in full, or by its bare name or a shorter tail ("WorkflowDesignerPage.tsx"). */
function sameFile(a: string, b: string): boolean {
  return a === b || a.endsWith(`/${b}`) || b.endsWith(`/${a}`);
}
