import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

/** The root folder and version of an installed package. */
export function installedPackage(name: string): { dir: string; version: string } {
  const manifest = require.resolve(`${name}/package.json`);
  const { version } = JSON.parse(readFileSync(manifest, "utf8")) as { version: string };
  return { dir: dirname(manifest), version };
}

/**
 * JSON derived from an installed package, computed once and kept under node_modules/.cache: the
 * sources are tens of megabytes and every test file that talks to GitHub needs a small part of them.
 * The key names the package version and the derivation's format, so an upgrade or a change of
 * `derive` builds a new file instead of reading a stale one.
 */
export function cachedDerivation<T>(key: string, derive: () => T): T {
  const file = join(cacheDir(), `${key}.json`);
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    // Not built yet (or a half-written file from a killed run): build it now.
  }
  const value = derive();
  try {
    mkdirSync(dirname(file), { recursive: true });
    // Parallel test workers may build the same file at once: each writes its own temporary file and
    // renames it into place, which is atomic, so no reader sees a partial file.
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    writeFileSync(temporary, JSON.stringify(value));
    renameSync(temporary, file);
  } catch {
    // A read-only node_modules: every process derives its own copy, slower but correct.
  }
  return value;
}

function cacheDir(): string {
  return join(import.meta.dirname, "..", "..", "node_modules", ".cache", "maestro-test");
}
