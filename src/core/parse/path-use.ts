import type { PathUse } from "../model/task.js";
import { patternForSettings } from "./settings-patterns.js";
import type { PathMention } from "./extract-paths.js";
import { consumesFolder, globInsideFile } from "./implied-reads.js";
import { namesFile } from "./known-file-names.js";
import { readCueAfter, readCueBefore } from "./read-cue-words.js";
import {
  NOT_EDITED_AFTER,
  NOT_EDITED_BEFORE,
  NOT_USED_AFTER,
  NOT_USED_BEFORE,
  READ_ONLY_NOTE,
} from "./denied-path-words.js";
import { regExpLiteral } from "./reg-exp-literal.js";

/** A mention with what its sentence says the task does with it. */
export interface UsedMention extends PathMention {
  use: PathUse;
}

/** What the whole task or the field a line sits in says about every path on that line. */
export type LineRole = "reads" | "any";

// Words between a cue and the path it governs: "per the schema in", "see the `Auth` section of".
const DET =
  "(?:the|a|an|this|that|these|those|its|their|our|your|existing|current|same|relevant|corresponding|shared)";
const REF_NOUN =
  "(?:sections?|parts?|chapters?|schemas?|contracts?|specs?|specifications?|designs?|definitions?|models?|" +
  "patterns?|conventions?|styles?|guides?|guidelines?|examples?|samples?|formats?|structures?|layouts?|" +
  "templates?|interfaces?|rules?|requirements?|instructions?|steps?|docs?|documentation|descriptions?|" +
  "tables?|diagrams?|outlines?|plans?|decisions?|notes?|protocols?|flows?|algorithms?|approach(?:es)?|" +
  "implementations?|scenarios?|criteria|checklists?|lists?|configuration|tests?)";
const REF_RUN = `(?:(?:[\\w\`'’.§-]+\\s+){0,3}?${REF_NOUN}\\s+(?:in|of|from|at|within|inside|under)\\s+(?:${DET}\\s+)?)`;
// Cues that say the path is a source to read. "per", "following", "matching" and "against" also have
// other senses ("one per user in x", "a matching test in x"): they need an article before a noun run.
const STRONG_CUES =
  "see|cf\\.?|as\\s+(?:described|defined|specified|documented|outlined|detailed|shown|listed|explained|given|captured)\\s+in|" +
  "(?<!\\b(?:is|are|be|been|being|was|were|get|gets|got|remains?|stays?)\\s)(?:described|documented|outlined|detailed|explained|specified)\\s+in|" +
  "based\\s+on|according\\s+to|refer(?:s|red|ring)?\\s+to|referencing|(?:imports?|imported|importing)\\s+(?:[\\w`'’-]+\\s+){0,3}?from|" +
  // What a task takes from a file it reads: "takes the metric names from X", "reuses the client from X".
  "(?:takes?|taking|took|uses?|used|reuses?|reused|reusing|pulls?|pulled|pulling|cop(?:y|ies|ied|ying)|borrows?|borrowed|includes?)\\s+(?:[\\w`'’-]+\\s+){0,4}?from|" +
  "in\\s+(?:accordance|line)\\s+with|" +
  "consistent\\s+with|conform(?:s|ing)?\\s+to|compliant\\s+with|aligned\\s+with|mirroring|modell?ed\\s+(?:on|after)|" +
  "derived\\s+from|guided\\s+by|(?:read|consult|study)(?:ing)?|" +
  // An instrument is used, not made: "build the app using test/setup-app.ts".
  "using|by\\s+means\\s+of|with\\s+the\\s+help\\s+of|" +
  // "a step that validates X", "a helper to parse X", "a workspace file that picks up every X": what the
  // new code reads or finds.
  "(?:that|which|to)\\s+(?:(?:validat|verif|check|inspect|read|pars|load|scan|discover|collect)\\w*|picks?\\s+up)(?:\\s+(?:every|each|all|any))?";
const WEAK_CUES = "per|following|matching|against";
// A comparison names a model to follow: "the same convention as X", "similar to X", "mirrors the
// runtime's X". "The same file as X" names a place, where the task writes.
const COMPARISON_CUES =
  "same\\s+(?:(?!(?:files?|folders?|director(?:y|ies)|dirs?|modules?|places?|locations?|paths?)\\b)[\\w'’-]+\\s+){0,2}as|" +
  "(?:similar|analogous|identical|akin)\\s+to|mirror(?:s|ed\\s+(?:on|after|from))?";
const POSSESSOR = "(?:(?:the|a|an)\\s+)?(?:[\\w-]+\\s+){0,2}[\\w-]+['’]s\\s+";
const OPEN = "[`\"'(\\[]?";
const READ_CUE = new RegExp(
  `(?:(?<!\\b(?:a|an|the)\\s)\\b(?:${STRONG_CUES})\\s+(?:${DET}\\s+)?${REF_RUN}?` +
    `|(?<!\\b(?:a|an|the)\\s)\\b(?:${WEAK_CUES})\\s+(?:${DET}\\s+${REF_RUN}?)?` +
    `|\\b(?:${COMPARISON_CUES})\\s+(?:${POSSESSOR}|${DET}\\s+)?${REF_RUN}?)${OPEN}$`,
  "i",
);
// "read X and update it": the path read is the one edited.
const EDITS_PRONOUN =
  /\b(?:update|edit|modify|change|extend|fix|rewrite|patch|adjust|amend|append to|add to)\s+(?:it|them)\b/i;

const WRITE_VERB =
  /(?<![\w-])(?:create|write|update|edit|modify|add|append|extend|expand|document|draft|fill(?: in)?|complete|rewrite|revise|refresh|regenerate|generate|record|note|log|summari[sz]e|capture|amend|correct|fix|change|adjust|populate|finali[sz]e|sync|mark|tick)(?:s|es|ed|d|ing)?\b/gi;
const OBJECT_STOP =
  /^(?:for|from|with|using|per|via|by|against|based|following|according|each|every|all|across|on|as|when|if|after|before|until)$/i;

const CREATE_VERB =
  /\b(?:create|scaffold|mkdir|initiali[sz]e|init|bootstrap|set\s+up|setup|establish|generate|add|make|prepare|lay\s+out)(?:s|es|ed|d|ing)?\b/i;
const DIRECT_OBJECT = new RegExp(
  `${CREATE_VERB.source}(?:\\s+(?:${DET}|empty|base|basic|initial|top-level|root|new|blank|-p|§|,|and))*\\s*${OPEN}$`,
  "i",
);
const STRUCTURE_NOUN =
  /\b(?:structure|layout|skeleton|scaffold(?:ing)?|hierarchy|tree|director(?:y|ies)|folders?|dirs?)\b/i;
const FOLDER_NOUN_AFTER =
  /^[`"']?\s*(?:folder|directory|dir|package|module|tree|hierarchy|skeleton|structure|layout|project|workspace|crate)s?\b/i;
const PROJECT_NOUN =
  /\b(?:project|package|module|crate|app|application|library|workspace|solution|microservice)s?\b/i;
const LOCATIVE = new RegExp(
  `\\b(?:in|into|under|inside|within|to|at|beneath)\\s+(?:(?:${DET}|new|appropriate)\\s+){0,2}${OPEN}$`,
  "i",
);
const NEW_VERB =
  /\b(?:create|add|write|generate|implement|introduce|define|place|put|scaffold|build)(?:s|es|ed|d|ing)?\b/gi;
// The object of the verb is a new unit: "a handler", "new tests", "unit tests", "`UserService`".
const NEW_THING =
  /^\s*(?:(?:a|an|new|another|one)\b|(?:(?:the|a|an|new)\s+)?(?:[\w-]+\s+){0,2}?(?:tests?|specs?|fixtures?|stories|snapshots?|benchmarks?|examples?)\b|(?:(?:the|a|an|new)\s+)?(?:`[^`]+`|[A-Z][a-z0-9]+[A-Z]\w*|[a-z]+[A-Z]\w*|[a-z0-9]+_\w+))/;
const WHOLE =
  /\b(?:all|every|each|everything|entire|whole|existing|remaining|throughout|across|other|any)\b/i;
const JOINER = /^(?:and|or|with|plus|then|also|but|vs\.?|versus|&|\+|e|y|et|und|и|или|ou|o)$/i;
const LIST_JOINER = /^\s*(?:,|、|&|\+|and|or|e|y|et|und|и)?\s*$/i;

/**
 * Says what a line of task text does with each path it names: reads it (a cue such as "per", "see",
 * "as described in"; a design document that is not the object of a writing verb), creates it (a folder
 * that is created or scaffolded), puts new files in it (a folder named as the place of new things), or
 * writes it (everything else: safety first). A file name written before a folder (`x.ts in src/`,
 * `x.sql in src/db`) is that folder's file.
 */
export function classifyMentions(
  text: string,
  mentions: readonly PathMention[],
  roleOf: (mention: PathMention) => LineRole,
  isDesignDocument: (path: string) => boolean,
): UsedMention[] {
  const masked = mask(text, mentions);
  const joined = joinFileNamesToFolders(text, mentions);
  const out: UsedMention[] = [];
  for (const [i, mention] of mentions.entries()) {
    if (joined.consumed.has(i)) continue;
    const first = joined.firstOfGroup.get(i) ?? mention;
    const path = joined.paths.get(i) ?? mention.path;
    const reading: UsedMention = {
      ...mention,
      path: asFolder(path, masked, first.start, mention.end),
      use: "writes",
    };
    if (joined.paths.has(i)) delete reading.doubt;
    const previous = out[out.length - 1];
    // "per a.md and b.md", "in ios/ and macos/": things listed together are used alike.
    if (previous !== undefined && LIST_JOINER.test(text.slice(previous.end, first.start))) {
      const folder = (path ?? "").endsWith("/");
      reading.use = folder || previous.use === "reads" ? previous.use : "writes";
    } else {
      const before = masked.slice(0, first.start);
      reading.use = useOf(
        text,
        masked,
        { ...reading, start: first.start },
        before,
        roleOf(mention),
        isDesignDocument,
      );
    }
    const after = masked.slice(mention.end);
    if (READ_ONLY_NOTE.test(after) || NOT_EDITED_AFTER.test(after) || readCueAfter(after))
      reading.use = "reads";
    if (globInsideFile(text, masked, mention)) reading.use = "reads";
    if (patternForSettings(text, mention, mentions)) continue;
    if (NOT_USED_BEFORE.test(sentenceOf(masked.slice(0, first.start))) || NOT_USED_AFTER.test(after))
      continue;
    out.push(reading);
  }
  return out;
}

// "Generate docs/x.md from data/y.json": what a task makes something from is its source.
const PRODUCED_FROM =
  /(?<![\w-])(?:generate|derive|build|compile|render|produce|export|create|make)(?:s|es|ed|d|ing)?\s+(?:[\w'’-]+\s+){0,3}?§\s*(?:[\w'’-]+\s+){0,2}?from\s+(?:the\s+)?[`"']?$/i;

function useOf(
  text: string,
  masked: string,
  mention: UsedMention,
  before: string,
  role: LineRole,
  isDesignDocument: (path: string) => boolean,
): PathUse {
  if (role === "reads") return "reads";
  if (READ_CUE.test(before) && !(/\b(?:read|consult|study)/i.test(before) && EDITS_PRONOUN.test(text)))
    return "reads";
  if (readCueBefore(before) || NOT_EDITED_BEFORE.test(sentenceOf(before))) return "reads";
  if (PRODUCED_FROM.test(sentenceOf(before))) return "reads";
  const path = mention.path ?? mention.doubt?.candidates[0] ?? "";
  const document =
    isDesignDocument(path) || (mention.link && /\.(md|mdx|markdown|rst|adoc|txt)$/i.test(path));
  if (document && !isWriteObject(before)) return "reads";
  if (!path.endsWith("/")) return "writes";
  return folderUse(path, sentenceOf(before), masked.slice(mention.end));
}

/** "the directory `app/(public)`", "`lib/x` folder": an extensionless path named as a folder is one. */
function asFolder(path: string | null, masked: string, start: number, end: number): string | null {
  if (path === null || path.endsWith("/") || namesFile(path)) return path;
  const named =
    /\b(?:folder|directory|dir)\s*:?\s*[`"']?$/i.test(masked.slice(0, start)) ||
    /^[`"']?\s*(?:folder|directory|dir)\b/i.test(masked.slice(end));
  return named ? `${path}/` : path;
}

/** A folder is read, created, the place of new files, or worked on as a whole (the safe default). */
function folderUse(folder: string, sentence: string, after: string): PathUse {
  if (consumesFolder(sentence, after)) return "reads";
  if (/\bmkdir\b/i.test(sentence) || DIRECT_OBJECT.test(sentence)) return "creates";
  const create = CREATE_VERB.exec(sentence);
  if (create && STRUCTURE_NOUN.test(sentence.slice(create.index))) return "creates";
  const locative = LOCATIVE.exec(sentence);
  if (locative) {
    const verb = lastMatch(NEW_VERB, sentence.slice(0, locative.index));
    if (verb === null) return "writes";
    const object = sentence.slice(verb.index + verb[0].length, locative.index);
    if (WHOLE.test(object)) return "writes";
    // "Create the Billing project in src/Billing/": the folder is the thing created.
    const name = folder.replace(/\/$/, "").split("/").pop() ?? "";
    if (namesProject(object, name)) return "creates";
    return /^(?:create|generate|introduce)/i.test(verb[0]) || NEW_THING.test(object) ? "adds-to" : "writes";
  }
  if (create && FOLDER_NOUN_AFTER.test(after)) return "creates";
  return "writes";
}

/** "the Billing project", "project Billing": the object is a project named like the folder. */
function namesProject(object: string, name: string): boolean {
  if (name.length === 0) return false;
  const escaped = regExpLiteral(name);
  const noun = PROJECT_NOUN.source;
  return new RegExp(`${escaped}\\W+(?:\\w+\\W+)?${noun}|${noun}\\W+(?:\\w+\\W+)?${escaped}\\b`, "i").test(
    object,
  );
}

/** True when the path is what a writing verb acts on: "Update quickstart.md", "add a section to X". */
function isWriteObject(before: string): boolean {
  const clause =
    sentenceOf(before)
      .split(/[(—–:]/)
      .pop() ?? "";
  const verb = lastMatch(WRITE_VERB, clause);
  if (verb === null) return false;
  const words = clause
    .slice(verb.index + verb[0].length)
    .replace(/[`"'([]/g, " ")
    .split(/\s+/)
    .filter((w) => w.length > 0 && w !== "§" && w !== "," && !/^and$/i.test(w));
  return words.length <= 5 && !words.some((w) => OBJECT_STOP.test(w) || /[,;:]$/.test(w));
}

/**
 * `Create \`user.ts\` in src/models/`, `a.ts, b.ts and c.ts under lib/`, `x.sql in src/db`: each file
 * name is a file of the folder written right after it (see placeOfName); the folder is then no path of
 * its own, as the task works on the named files only.
 */
function joinFileNamesToFolders(
  text: string,
  mentions: readonly PathMention[],
): { paths: Map<number, string>; consumed: Set<number>; firstOfGroup: Map<number, PathMention> } {
  const paths = new Map<number, string>();
  const consumed = new Set<number>();
  const firstOfGroup = new Map<number, PathMention>();
  for (const [f, folder] of mentions.entries()) {
    if (f === 0 || !isBareName(mentions[f - 1])) continue;
    const folderPath = placeOfName(folder, text.slice(mentions[f - 1]?.end, folder.start));
    if (folderPath === null) continue;
    const names: number[] = [];
    let at = f - 1;
    names.push(at);
    for (at -= 1; at >= 0 && isBareName(mentions[at]); at--) {
      if (!LIST_JOINER.test(text.slice(mentions[at]?.end, mentions[at + 1]?.start))) break;
      names.push(at);
    }
    const first = mentions[names[names.length - 1] ?? f] ?? folder;
    for (const n of names) {
      paths.set(n, `${folderPath}${mentions[n]?.path ?? ""}`);
      firstOfGroup.set(n, first);
    }
    consumed.add(f);
  }
  return { paths, consumed, firstOfGroup };
}

/**
 * The folder a file name written before it belongs to, or null. A folder spelt with a slash at the end
 * takes a short bridge (`x.ts in src/`, `x.ts em src/`); an extensionless path without one is a folder
 * only when a locative preposition links them (`x.sql in src/db`), since after "and", "from" or a comma
 * it may be a path of its own.
 */
function placeOfName(folder: PathMention, between: string): string | null {
  const path = folder.path ?? folder.doubt?.candidates[0] ?? null;
  if (path === null) return null;
  if (path.endsWith("/")) return shortBridge(between) ? path : null;
  const last = path.slice(path.lastIndexOf("/") + 1);
  const extensionless = path.includes("/") && !last.includes(".") && !namesFile(path);
  return extensionless && locativeBridge(between) ? `${path}/` : null;
}

// Prepositions that name a place: "x.sql in src/db", "dans", "en", "em", "im", "unter", "в".
const PLACE_PREPOSITION = /^(?:in|into|under|inside|within|dans|en|em|no|na|im|unter|в|во)$/i;
// Words that may stand between the preposition and the folder: "in the folder src/db".
const PLACE_FILLER =
  /^(?:the|a|this|that|its|their|our|your|existing|same|shared|folder|directory|dir|le|la|el|o|der|dem|den|папке|каталоге|директории|pasta|diretório|dossier|répertoire|carpeta|directorio|ordner|verzeichnis)$/i;

/** "in", "into the", "in the folder", "dans le dossier": a preposition of place, then at most two fillers. */
function locativeBridge(between: string): boolean {
  const words = between
    .replace(/[`"']/g, " ")
    .split(/\s+/)
    .filter((w) => w.length > 0);
  const [first, ...rest] = words;
  return (
    first !== undefined &&
    PLACE_PREPOSITION.test(first) &&
    rest.length <= 2 &&
    rest.every((w) => PLACE_FILLER.test(w))
  );
}

function isBareName(mention: PathMention | undefined): boolean {
  return mention !== undefined && mention.path !== null && !mention.path.includes("/") && !mention.link;
}

function shortBridge(between: string): boolean {
  if (/[,;:()]/.test(between)) return false;
  const words = between
    .replace(/[`"']/g, " ")
    .split(/\s+/)
    .filter((w) => w.length > 0);
  return words.length >= 1 && words.length <= 3 && !words.some((w) => JOINER.test(w));
}

/** The text with every mention replaced by `§`, so that cues never read a path as a word. */
function mask(text: string, mentions: readonly PathMention[]): string {
  let out = text;
  for (const m of mentions) {
    out = out.slice(0, m.start) + "§".padEnd(m.end - m.start, " ") + out.slice(m.end);
  }
  return out;
}

/** The current sentence: the text since the last full stop, semicolon, list item or blank line. */
function sentenceOf(before: string): string {
  const breaks = [...before.matchAll(/[.;!?](?=\s)|\n(?=\s*(?:[-*+]|\d+[.)]|\*\*|\n))/g)];
  const last = breaks[breaks.length - 1];
  return last === undefined ? before : before.slice(last.index + 1);
}

function lastMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  const global = new RegExp(
    pattern.source,
    pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`,
  );
  for (let m = global.exec(text); m !== null; m = global.exec(text)) last = m;
  return last;
}
