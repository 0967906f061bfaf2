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
const WORD_EDGES = /^[^\p{L}\p{N}_]+|[^\p{L}\p{N}_]+$/gu;
// A title opening with a code name and the kind of thing it is: "`AuditExport` model", "OrderService class".
const NAMED_KIND =
  /^\s*`?([\p{L}_][\p{L}\p{N}_]*)`?\s+(?:model|class|entity|enum|type|interface|record|struct|trait|service|repository|controller|component|module|schema|table|store|hook|view|widget|screen|page|resolver|handler|worker|job|migration)s?(?![\p{L}])/iu;

/**
 * The name a title says it creates, or null: the verb's object, with at most two words between them
 * ("Create the `UserRepository`", "Add a new OrderService class"), or the name just before a creation
 * mark in scripts that put the verb last ("UserRepositoryを実装する"), or the name a title opens with before
 * the kind of thing it is ("`AuditExport` model in schema.prisma": the title is about making it).
 */
export function createdName(title: string, isName: (word: string) => boolean): string | null {
  const opening = NAMED_KIND.exec(title)?.[1];
  if (opening !== undefined && isName(opening)) return opening;
  for (const verb of title.matchAll(VERB)) {
    const next = title
      .slice(verb.index + verb[0].length)
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 3);
    const name = next.map((w) => w.replace(WORD_EDGES, "")).find(isName);
    if (name) return name;
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

/** True when a title opens with a creation word ("Create the router in ...", "Write tests in ..."). */
export function opensWithCreation(title: string): boolean {
  VERB.lastIndex = 0;
  const first = VERB.exec(title.trimStart());
  VERB.lastIndex = 0;
  return (first !== null && first.index === 0) || CREATION_MARKS.some((mark) => title.includes(mark));
}
