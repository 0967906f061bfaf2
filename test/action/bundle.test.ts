import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");

describe("the committed bundle dist/index.js", () => {
  it("starts and prints a validation error when inputs are missing", () => {
    const result = spawnSync(process.execPath, [join(root, "dist", "index.js")], {
      cwd: root,
      env: { PATH: process.env.PATH },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      "::error::action inputs: `github-token`: Input required and not supplied",
    );
  });
});
