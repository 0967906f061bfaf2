import type { PathMention } from "./extract-paths.js";

// Files whose contents are settings: a glob named with one is a pattern written into it (`paths:` filters
// in a workflow, `dist/**` in .gitignore, `include` in tsconfig.json, an owner's folder in CODEOWNERS).
const SETTINGS_FILE =
  /(?:\.(?:ya?ml|json|jsonc|json5|toml|ini|cfg|conf)|(?:^|\/)(?:CODEOWNERS|\.gitignore|\.dockerignore|\.prettierignore|\.eslintignore|\.gitattributes|\.editorconfig))$/i;

const isGlob = (text: string, mention: PathMention): boolean =>
  /[*?]/.test(text.slice(mention.start, mention.end));

/**
 * True when a mention is a glob and its line also names a settings file that is no glob: the glob is a
 * pattern the task writes into that file ("Extend the `paths` filters in .github/workflows/ci.yml so the
 * jobs run when `backend/onboarding/**` changes"); the task neither reads nor edits what it matches.
 */
export function patternForSettings(
  text: string,
  mention: PathMention,
  mentions: readonly PathMention[],
): boolean {
  if (!isGlob(text, mention)) return false;
  return mentions.some((m) => m !== mention && !isGlob(text, m) && SETTINGS_FILE.test(m.path ?? ""));
}
