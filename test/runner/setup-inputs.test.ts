import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { isSetupInput, readSetupInputs } from "../../src/runner/setup-inputs.js";

let dir = "";
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

function tree(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), "maestro-setup-inputs-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe("setup inputs", () => {
  it("names the root lockfiles and manifests of the usual ecosystems", () => {
    for (const name of ["package-lock.json", "yarn.lock", "pnpm-lock.yaml", "requirements-dev.txt", "go.sum"])
      expect(isSetupInput(name), name).toBe(true);
    for (const name of ["README.md", "index.ts", "requirements.md"])
      expect(isSetupInput(name), name).toBe(false);
  });

  it("hashes them by content: a lockfile edit changes the hash, a source edit or a nested lockfile does not", async () => {
    const root = tree({
      "package.json": "{}\n",
      "package-lock.json": "v1\n",
      "src/a.ts": "a\n",
      "sub/yarn.lock": "x",
    });
    const first = await readSetupInputs(root, ["npm", "ci"]);
    expect(first.files).toEqual(["package-lock.json", "package.json"]);
    writeFileSync(join(root, "src/a.ts"), "b\n");
    writeFileSync(join(root, "sub/yarn.lock"), "y");
    expect((await readSetupInputs(root, ["npm", "ci"])).hash).toBe(first.hash);
    writeFileSync(join(root, "package-lock.json"), "v2\n");
    expect((await readSetupInputs(root, ["npm", "ci"])).hash).not.toBe(first.hash);
  });

  it("counts the setup's own script when it is a file in the repository", async () => {
    const root = tree({ "scripts/setup.sh": "npm ci\n" });
    const first = await readSetupInputs(root, ["./scripts/setup.sh"]);
    expect(first.files).toEqual(["scripts/setup.sh"]);
    writeFileSync(join(root, "scripts/setup.sh"), "pnpm install\n");
    expect((await readSetupInputs(root, ["./scripts/setup.sh"])).hash).not.toBe(first.hash);
    expect((await readSetupInputs(root, ["../outside.sh"])).files).toEqual([]);
  });
});
