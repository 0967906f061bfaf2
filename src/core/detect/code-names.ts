// Code names: identifiers made of two or more words, the way code spells them (UserRepository,
// fetchOrders, order_totals). A single word ("Config", "utils") names too many things to link two tasks,
// unless its package qualifies it (`usage.Report`, `billing::Invoice`).
const CODE_NAME =
  /(?<![\p{L}\p{N}_$])(?:[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+|[a-z][a-z0-9]*(?:[A-Z][a-z0-9]+)+|[a-z][a-z0-9]*(?:_[a-z0-9]+)+|(?<![.:])[a-z][a-z0-9]+(?:\.|::)[A-Z][a-z][a-z0-9]{2,}(?![A-Za-z0-9]))(?![\p{L}\p{N}_$])/gu;
const MIN_LENGTH = 8;

/** The code names a text mentions, in order of first mention. */
export function codeNames(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(CODE_NAME)) if (m[0].length >= MIN_LENGTH) out.add(m[0]);
  return [...out];
}

/** A file's name without folders and extensions when it is a code name (`UserEntity.java` -> `UserEntity`). */
export function codeNameOfFile(path: string): string | null {
  const stem = fileStem(path);
  if (codeNames(stem)[0] === stem) return stem;
  return JS_MODULE.test(path) ? kebabAsName(stem) : null;
}

/**
 * True when a name as a task writes it can be what a file of that name declares. A snake_case file
 * (`booking_series.dart`, `deliver_worker.ex`) declares its name in CamelCase (`BookingSeries`); the name
 * itself, snake_case, is what code uses only where the language names a module by its file (`import
 * booking_series`, `mod booking_series;`); elsewhere `booking_series` is as likely a table.
 */
export function declaredByFile(used: string, path: string): boolean {
  return !used.includes("_") || !fileStem(path).includes("_") || NAMED_MODULE.test(path);
}

// Only JavaScript's module files turn a kebab-case name into the code name that imports them;
// `usage-billing.json` or `deploy-checklist.md` is named like a file, not like anything in code.
const JS_MODULE = /\.(?:[cm]?[jt]sx?|vue|svelte|astro)$/;
const NAMED_MODULE = /\.(?:py|pyi|pyx|rs|rb|erl|lua)$/;

/**
 * `usage.service.ts`, `late-fee.pipe.ts`: Angular and NestJS name a file by what it declares and its role,
 * and the class usually joins them (`UsageService`, `LateFeePipe`; an entity may drop the role, which the
 * file's stem still names).
 */
export function roleNameOfFile(path: string): string | null {
  const m = /^([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\.([a-z]+)\.[a-z]+$/.exec(path.split("/").pop() ?? "");
  // A test, a story, a type declaration or a config declares no class of that name.
  if (!m?.[1] || !m[2] || /^(?:spec|test|e2e|stories|story|d|min|config|mock)$/.test(m[2])) return null;
  const name = `${m[1]}-${m[2]}`.replace(/(?:^|-)([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  return name.length < MIN_LENGTH ? null : name;
}

/** A file's name without folders and extensions (`src/UserEntity.java` -> `UserEntity`). */
export function fileStem(path: string): string {
  return (path.split("/").pop() ?? "").replace(/\..*$/, "");
}

// `user-service.ts` declares what code calls userService or UserService.
function kebabAsName(stem: string): string | null {
  if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/.test(stem) || stem.length < MIN_LENGTH) return null;
  return stem.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** The form two spellings of one name share: `UserService`, `userService` and `user_service` alike. */
export function nameKey(name: string): string {
  return name.replace(/[_-]/g, "").toLowerCase();
}
