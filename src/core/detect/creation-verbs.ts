// Words that say a task brings something into being, in the languages task lists are written in. Data,
// not rules: a title that holds one of them creates the first code name it mentions.
const CREATION_WORDS = [
  // English
  "create",
  "add",
  "implement",
  "define",
  "build",
  "write",
  "introduce",
  "scaffold",
  "generate",
  "make",
  "set up",
  "setup",
  "develop",
  "declare",
  // French, Spanish, Portuguese, German
  "créer",
  "implémenter",
  "ajouter",
  "définir",
  "écrire",
  "crear",
  "criar",
  "implementar",
  "agregar",
  "añadir",
  "adicionar",
  "escribir",
  "escrever",
  "definir",
  "erstellen",
  "implementieren",
  "hinzufügen",
  // Russian
  "создать",
  "реализовать",
  "добавить",
  "написать",
  "разработать",
  "определить",
];
// Scripts without spaces between words: matched anywhere in the title.
const CREATION_MARKS = [
  "作成",
  "実装",
  "追加",
  "定義",
  "생성",
  "구현",
  "추가",
  "작성",
  "정의",
  "创建",
  "实现",
  "新建",
  "添加",
  "编写",
  "定义",
];

const VERB = new RegExp(`(?:^|[^\\p{L}])(?:${CREATION_WORDS.join("|")})(?![\\p{L}])`, "giu");
// What a call written out passes ("Add `renew(tx, { loanId, memberId })`"): its arguments are names the new
// function takes, not names it makes; a parenthesis in prose after the verb is an aside ("Add org filter
// (`forOrg()` with an admin bypass)"). One level of nesting is enough for a signature in a title.
const ARGUMENTS = /\((?:[^()]|\([^()]*\))*\)/g;
const WORD_EDGES = /^[^\p{L}\p{N}_]+|[^\p{L}\p{N}_]+$/gu;
// A title opening with a code name and the kind of thing it is: "`AuditExport` model", "OrderService class";
// or with the kind, a word or two before it, and the name in backticks: "TypeORM entities `Inspection` and
// ...", "Domain model `Order`".
const KIND =
  "(?:model|class|entit(?:y|ies)|enum|type|interface|record|struct|trait|service|repository|repositories|controller|component|module|schema|table|store|hook|view|widget|screen|page|resolver|handler|worker|job|migration)s?";
// A list of names may stand before the kind ("`Shipment`, `ShipmentItem` and `PickList` models"), and
// Turkish puts case endings on it ("`PickList` modellerini ... oluştur").
const NAME = "`?[\\p{L}_][\\p{L}\\p{N}_]*`?";
// The word joining the last name of a list to the one before it, in the languages titles are written in.
const NAME_JOINER = "and|&|ve|und|et|y|e|и";
const MORE_NAMES = `(?:\\s*,\\s*(?:(?:and|ve|und|et|y|e|и)\\s+)?${NAME}|\\s+(?:${NAME_JOINER})\\s+${NAME})*`;
const TR_ENDING = "(?:l[ae]r)?(?:[iıuü]n[iıuü]|[iıuü]n|[iıuü])?";
const NAME_THEN_KIND = new RegExp(
  `^\\s*\`?([\\p{L}_][\\p{L}\\p{N}_]*)\`?${MORE_NAMES}\\s+${KIND}${TR_ENDING}(?![\\p{L}])`,
  "iu",
);
const KIND_THEN_NAME = new RegExp(
  `^\\s*(?:[\\p{L}-]+\\s+){0,2}?${KIND}\\s+\`([\\p{L}_][\\p{L}\\p{N}_]*)\``,
  "iu",
);

/**
 * The name a title says it creates, or null: the verb's object, with at most two words between them
 * ("Create the `UserRepository`", "Add a new OrderService class"), or the name just before a creation
 * mark in scripts that put the verb last ("UserRepositoryを実装する"), or the name a title opens with before
 * the kind of thing it is ("`AuditExport` model in schema.prisma": the title is about making it).
 */
export function createdName(title: string, isName: (word: string) => boolean): string | null {
  const declared = declaredName(title, isName);
  if (declared !== null) return declared;
  // A creation word written as code ("into `create` and `changeStatus`") is a name, not the verb.
  const prose = title.replace(/`[^`]*`/g, (span) => "`" + "x".repeat(span.length - 2) + "`");
  for (const verb of prose.matchAll(VERB)) {
    const words = title
      .slice(verb.index + verb[0].length)
      .replace(ARGUMENTS, "()")
      .split(/\s+/)
      .filter(Boolean);
    const at = objectWords(words).findIndex((w) => isName(w.replace(WORD_EDGES, "")));
    if (at >= 0 && !modifies(words[at], words[at + 1])) return (words[at] as string).replace(WORD_EDGES, "");
  }
  for (const mark of CREATION_MARKS) {
    const at = title.indexOf(mark);
    if (at < 0) continue;
    const before =
      title
        .slice(0, at)
        .replace(/[をの]\s*$/u, "")
        .split(/\s+/)
        .pop() ?? "";
    const name = before.replace(WORD_EDGES, "");
    if (isName(name)) return name;
  }
  return null;
}

// Words opening a clause of their own: the verb's object is never past one ("after each repository write
// when `offline_sync_v2` is on": "write" is a noun there, and the flag is the clause's subject).
const CLAUSE_OPENER =
  /^(?:when|whenever|if|unless|after|before|once|until|while|because|since|so|quand|lorsque|si|cuando|wenn|falls|als|sobald|когда|если)$/i;

/** The verb's object: at most three words after it, within its own clause. */
function objectWords(words: readonly string[]): string[] {
  const first = words.slice(0, 3);
  const opener = first.findIndex((w) => CLAUSE_OPENER.test(w));
  return opener < 0 ? first : first.slice(0, opener);
}

// Nouns for a part, an instance or a use of a thing: after a name they are what the verb makes ("write
// the `export_runs` row", "add `CartService` tests", "an `OrderPlaced` fixture"), the name only says whose.
// Not "field" or "column": "add the `expires_at` column" makes `expires_at`.
const PART_OF =
  /^(?:rows?|entr(?:y|ies)|tests?|specs?|fixtures?|mocks?|stubs?|calls?|usages?|examples?|checks?|cases?|instances?|snapshots?|docs?|documentation|comments?)$/i;

/** True when the name only qualifies the noun after it, which names a part or a use of it. */
function modifies(name: string | undefined, next: string | undefined): boolean {
  if (name === undefined || next === undefined || /[,;:.)]$/.test(name)) return false;
  return PART_OF.test(next.replace(WORD_EDGES, ""));
}

/**
 * The name a title declares by opening with it and its kind ("`AuditExport` model in ...") or with its kind
 * and the name in backticks ("TypeORM entities `Inspection` and ..."), or null. Written as code after its
 * kind, one capitalised word is a name too.
 */
export function declaredName(title: string, isName: (word: string) => boolean): string | null {
  // In a list before the kind, the first word that is a code name ("`Shipment`, `PickList` models").
  const listed = NAME_THEN_KIND.exec(title)?.[0].match(/[\p{L}_][\p{L}\p{N}_]*/gu) ?? [];
  const before = listed.find(isName);
  if (before !== undefined) return before;
  const after = KIND_THEN_NAME.exec(title)?.[1];
  return after !== undefined && (isName(after) || /^[A-Z][a-z0-9]{3,}$/.test(after)) ? after : null;
}

// What joins one name of a list to the next: a comma (and an "and" after it), or "and" in a few languages.
const NEXT_IN_LIST = new RegExp(
  `^\`?\\s*(?:,\\s*(?:(?:and|&)\\s+)?|\\s+(?:${NAME_JOINER})\\s+)\`?([\\p{L}_][\\p{L}\\p{N}_]*)\`?`,
  "iu",
);

/**
 * A created name and the names joined to it in one list ("Create `Shipment`, `ShipmentItem` and
 * `PickList` models"): the verb makes every one of them. A list qualifying a part after it ("`RefundPolicy`
 * and `VoucherCode` tests") makes none: the tests are what is made.
 */
export function namesListedWith(title: string, name: string, isName: (word: string) => boolean): string[] {
  const names = [name];
  let rest = title.slice(title.indexOf(name) + name.length).replace(ARGUMENTS, "()");
  for (let next = NEXT_IN_LIST.exec(rest); next !== null; next = NEXT_IN_LIST.exec(rest)) {
    const listed = next[1] as string;
    rest = rest.slice(next[0].length);
    if (!isName(listed)) break;
    if (modifies(listed, rest.trimStart().split(/\s+/)[0])) return [];
    names.push(listed);
  }
  return names;
}

/** True when a title opens with a creation word ("Create the router in ...", "Write tests in ..."). */
export function opensWithCreation(title: string): boolean {
  VERB.lastIndex = 0;
  const first = VERB.exec(title.trimStart());
  VERB.lastIndex = 0;
  return (first !== null && first.index === 0) || CREATION_MARKS.some((mark) => title.includes(mark));
}
