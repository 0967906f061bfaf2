import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");

describe("npm start (src/app/main.ts)", () => {
  it("refuses to start without a real WEBHOOK_SECRET", () => {
    for (const secret of [undefined, "development"]) {
      const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, APP_ID: "1", PRIVATE_KEY: "x" };
      if (secret !== undefined) env.WEBHOOK_SECRET = secret;
      const result = spawnSync(process.execPath, ["--import", "tsx", "src/app/main.ts"], {
        cwd: root,
        env,
        encoding: "utf8",
        timeout: 30_000,
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain("WEBHOOK_SECRET");
    }
  });
});
