// Paths a task reads though no word of reading stands before them: a folder whose contents it takes in as a
// whole, a glob written inside the file that matches it.
import type { PathMention } from "./extract-paths.js";

// A folder whose contents a task takes in without changing them: "applies everything under migrations/",
// "Route audit: every route under api/v1/", "carga todos los ficheros de fixtures/". The things in the
// folder are the object of a verb (or noun) of consuming, quantified as a whole; the task reads the
// folder. "Apply the fixes to every file in src/" is not one: the quantified files are where the fixes go,
// not what is applied.

// Verbs and nouns of taking contents in: applying (migrations), running, loading, scanning, listing,
// auditing, checking. English first, then Italian, Spanish/Portuguese, French, German, Russian.
const CONSUMING = [
  String.raw`appl(?:y|ies|ied|ying)|run(?:s|ning)?|ran|execut(?:e|es|ed|ing)|load(?:s|ed|ing)?|scan(?:s|ned|ning)?`,
  String.raw`walk(?:s|ed|ing)?|crawl(?:s|ed|ing)?|list(?:s|ed|ing)?|enumerat(?:e|es|ed|ing)|count(?:s|ed|ing)?`,
  String.raw`audit(?:s|ed|ing)?|review(?:s|ed|ing)?|inspect(?:s|ed|ing)?|inventor(?:y|ies)|catalog(?:ue)?s?`,
  String.raw`check(?:s|ed|ing)?|validat(?:e|es|ed|ing)|verif(?:y|ies|ied|ying)|pars(?:e|es|ed|ing)|read(?:s|ing)?`,
  String.raw`applica|esegue|carica|scansiona|elenca|controlla|verifica|aplica|ejecuta|executa|carga|carrega`,
  String.raw`revisa|recorre|percorre|lista|applique|exécute|charge|parcourt|vérifie|lädt|prüft|durchsucht`,
  String.raw`применяет|выполняет|загружает|проверяет|сканирует|обходит|перечисляет|аудит`,
].join("|");
// A quantifier that takes the folder's contents as a whole.
const WHOLE = String.raw`every(?:thing)?|each|all|any|whatever|tutt[oaie]|ogni|qualsiasi|tod[oa]s?|tudo|cada|tout|tous|toutes|chaque|alle[sn]?|jede[nrs]?|вс[её]|каждый|каждую|каждое`;
// The place of the things: "under", "in", "inside", "from", in the same languages.
const PLACE = String.raw`under|in|inside|within|from|across|below|dentro|sotto|da|en|bajo|de|em|sob|no|na|dans|sous|unter|aus|im|в|во|из|под`;
const ARTICLE = String.raw`the|la|le|il|el|lo|o|a|les|los|las|der|die|das|dem|den`;

const CONSUMED = new RegExp(
  String.raw`(?<![\p{L}])(?:${CONSUMING})\s*:?\s+(?:${WHOLE})(?:\s+[\p{L}'’-]+){0,4}?\s+(?:${PLACE})\s+(?:(?:${ARTICLE})\s+)?[\u0060"']?$`,
  "iu",
);
// A verb of change after the folder, in the same sentence, unless it writes somewhere else ("written to
// docs/audit.md"): "Scan every package in packages/ and add a README to each" changes the folder.
const CHANGE_AFTER =
  /(?<![\w-])(?:add|append|change|edit|fix|modify|update|rewrite|rename|delete|remove|move|write|written|create|generate|format|migrate|convert|replace|refactor)(?:s|es|ed|d|ing)?(?![\w-])(?!\s+(?:to|into|in|as)\s+(?:the\s+)?[`"']?§)/iu;

/**
 * True when the sentence before a folder (`before`, paths masked as `§`) makes its contents, as a whole,
 * the object of a word of consuming, and nothing after it in the sentence (`after`) changes them.
 */
export function consumesFolder(before: string, after: string): boolean {
  if (!CONSUMED.test(before)) return false;
  const rest = after.split(/[.;!?](?=\s)|\n(?=\s*(?:[-*+]|\d+[.)]|\n))/u)[0] ?? "";
  return !CHANGE_AFTER.test(rest);
}

/**
 * "`pnpm-workspace.yaml` (`packages/*`)": a glob in parentheses right after a file is what that file
 * matches, written into it; the task reads those paths, it does not edit them.
 */
export function globInsideFile(text: string, masked: string, mention: PathMention): boolean {
  return (
    /[*?]/.test(text.slice(mention.start, mention.end)) && /§\s*\(\s*$/.test(masked.slice(0, mention.start))
  );
}
