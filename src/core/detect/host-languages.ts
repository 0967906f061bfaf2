// The languages a program is written in and run from, each with the names it declares, by file extension.
// One of them never imports what another declares: a Python view and a TypeScript client that share a
// name (`ChecklistTemplate`, `dispatch_transfer` and `dispatchTransfer`) meet over an API, if at all.
// A compiled language's names do cross into them through bindings (a Rust function called from Python
// through PyO3, a Kotlin class from Swift), so those are left out.
const HOST_LANGUAGES: ReadonlyArray<readonly [string, RegExp]> = [
  ["JavaScript", /\.(?:[cm]?[jt]sx?|vue|svelte|astro)$/i],
  ["Python", /\.pyi?$/i],
  ["Ruby", /\.rb$/i],
  ["PHP", /\.php$/i],
  ["Dart", /\.dart$/i],
  ["Elixir", /\.exs?$/i],
];

function hostLanguagesOf(files: readonly string[]): Set<string> {
  return new Set(files.flatMap((f) => HOST_LANGUAGES.filter(([, ext]) => ext.test(f)).map(([name]) => name)));
}

/**
 * True when both tasks write code in host languages and share none of them: a code name one declares is no
 * name the other can import.
 */
export function apartInHostLanguages(maker: readonly string[], user: readonly string[]): boolean {
  const made = hostLanguagesOf(maker);
  const used = hostLanguagesOf(user);
  return made.size > 0 && used.size > 0 && ![...made].some((name) => used.has(name));
}
