// Letters, digits and `._-/` only, so no shell or Markdown meaning can ride along; not absolute, not
// starting with `-` (git and other tools would read it as an option), no `.`/`..` segment (it would leave
// the repository) and no `.git` segment (maestro's own metadata is not a task list).
const PLAIN = /^(?![/-])(?!.*(?:^|\/)(?:\.\.?|\.git)(?:\/|$))[A-Za-z0-9._\-/]{1,200}$/;

/** True for a plain repository-relative path, the only kind maestro accepts from comments, config and inputs. */
export function isPlainRepositoryPath(path: string): boolean {
  return PLAIN.test(path);
}
