import { relative } from "node:path";

/** `path` relative to the repository, with forward slashes. */
export function repoRelative(top: string, path: string): string {
  return relative(top, path).split("\\").join("/");
}
