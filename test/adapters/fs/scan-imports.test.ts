import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scanImports } from "../../../src/adapters/fs/scan-imports.js";

let repo: string;
const files: Record<string, string> = {
  "src/app.ts":
    'import { a } from "./util.js";\nimport x from "lodash";\nexport * from "./lib";\nconst y = require("./legacy");\n',
  "src/util.ts": "export const a = 1;\n",
  "src/lib/index.ts": "export {};\n",
  "src/legacy.js": "module.exports = {};\n",
  "pkg/main.py": "from pkg.models import User\nimport pkg.db\nfrom . import helpers\n",
  "pkg/models.py": "",
  "pkg/db/__init__.py": "",
  "pkg/helpers.py": "",
  "go.mod": "module example.com/app\n\ngo 1.22\n",
  "cmd/main.go": 'package main\n\nimport (\n\t"fmt"\n\t"example.com/app/internal/store"\n)\n',
  "internal/store/store.go": "package store\n",
  "internal/store/store_test.go": "package store\n",
};

beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), "maestro-imports-"));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(repo, path)), { recursive: true });
    await writeFile(join(repo, path), text);
  }
});
afterAll(async () => {
  await rm(repo, { recursive: true, force: true });
});

describe("scanImports", () => {
  it("resolves JS/TS, Python and Go imports to repository files", async () => {
    const imports = await scanImports(repo, [
      "src/app.ts",
      "pkg/main.py",
      "cmd/main.go",
      "missing.ts",
      "README.md",
    ]);
    expect(Object.fromEntries(imports)).toEqual({
      "src/app.ts": ["src/legacy.js", "src/lib/index.ts", "src/util.ts"],
      "pkg/main.py": ["pkg/db/__init__.py", "pkg/helpers.py", "pkg/models.py"],
      "cmd/main.go": ["internal/store/store.go"],
    });
  });
});
