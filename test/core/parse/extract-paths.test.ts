import { describe, expect, it } from "vitest";
import { extractPaths } from "../../../src/core/parse/extract-paths.js";

describe("extractPaths", () => {
  it("finds backticked and bare paths, normalised, in order", () => {
    expect(
      extractPaths("Create `./src//models/user.py` and tests/test_user.py, then README.md").paths,
    ).toEqual(["src/models/user.py", "tests/test_user.py", "README.md"]);
  });

  it("ignores versions, abbreviations, frameworks, URLs, routes, calls and slashed words", () => {
    const text =
      "Upgrade to v1.2 in 0.5s, e.g. with Next.js and Node.js (see https://example.com/a/b.ts); " +
      "GET /api/users, call .dict() or read/write via TCP/IP for US3/US4 and T006/T007";
    expect(extractPaths(text).paths).toEqual([]);
  });

  it("reads a Roman numeral and a letter as an outline number, not a header file", () => {
    const text =
      "Follow principle IV.c of the charter and clause XII.B; keep the parser in lexer.h and III.h.";
    expect(extractPaths(text).paths).toEqual(["lexer.h"]);
    // Quoted, or under a folder, it is whatever the author wrote: a file.
    expect(extractPaths("Edit `II.H` and include/VI.h").paths).toEqual(["II.H", "include/VI.h"]);
    expect(extractPaths("Port MIX.h and IVX.c").paths).toEqual(["MIX.h", "IVX.c"]);
  });

  it("reads every .env file and a variant kept beside a file as files, not a word after a dot", () => {
    expect(
      extractPaths("Document it in .env.sample and `.env.staging`, then copy config/app.toml.example").paths,
    ).toEqual([".env.sample", ".env.staging", "config/app.toml.example"]);
    expect(extractPaths("Ship the phpunit.xml.dist and web/.env.test").paths).toEqual([
      "phpunit.xml.dist",
      "web/.env.test",
    ]);
    // A variant of a name that is no file, or a word after a dot, is not one.
    expect(extractPaths("Set retries.default and cache.local, as the e.g. case says").paths).toEqual([]);
  });

  it("ends a path at a bracket opening CJK words or a task ID, not at a call or a route group", () => {
    expect(extractPaths("register it in admin/src/router/index.ts（需要 T019 的接口）").paths).toEqual([
      "admin/src/router/index.ts",
    ]);
    expect(extractPaths("include it in app/api/router.py(T029 先做完)").paths).toEqual(["app/api/router.py"]);
    expect(extractPaths("call client.fetch(url) from app/(auth)/login/page.tsx").paths).toEqual([
      "app/(auth)/login/page.tsx",
    ]);
  });

  it("reads a quoted name with an arity as a function, not a file", () => {
    const text = "Add `Accounts.register/2` and `notify/1` beside `lib/app/accounts.ex`, a quarter is `1/4`";
    expect(extractPaths(text).paths).toEqual(["lib/app/accounts.ex"]);
    // A folder whose name is a number is still a folder.
    expect(extractPaths("Put the fixtures in `priv/seeds/2/`").paths).toEqual(["priv/seeds/2/"]);
  });

  it("keeps folders with a trailing slash and reduces globs to their folder", () => {
    expect(extractPaths("Create `api/` and docs/guides/ from `tests/fixtures/*.json`").paths).toEqual([
      "api/",
      "docs/guides/",
      "tests/fixtures/",
    ]);
  });

  it("reports paths outside the repository or in .git/ instead of using them", () => {
    const found = extractPaths("Edit `../other/x.ts`, `/etc/hosts.conf` and `.git/config.toml`");
    expect(found.paths).toEqual([]);
    expect(found.ignored.map((x) => x.path)).toEqual([
      "../other/x.ts",
      "/etc/hosts.conf",
      ".git/config.toml",
    ]);
    expect(found.ignored.map((x) => x.reason)).toEqual([
      "it leaves the repository",
      "it is an absolute path, outside the repository",
      "it points into .git/",
    ]);
  });

  it("resolves inner .. segments that stay inside the repository", () => {
    expect(extractPaths("`src/a/../b/c.ts`").paths).toEqual(["src/b/c.ts"]);
  });

  it("reads a word in bold inside a path as the dunder name Markdown rendered bold", () => {
    const text = "Touch pkg/orders/**init**.py, ui/cart/**tests**/cart.test.tsx and **main**.py";
    expect(extractPaths(text).paths).toEqual([
      "pkg/orders/__init__.py",
      "ui/cart/__tests__/cart.test.tsx",
      "__main__.py",
    ]);
    // A glob's `**` is a whole segment, and bold prose beside a path stays prose.
    expect(extractPaths("Lint `lib/**/*.rb`; **Note**. See **docs**/ and docs/setup.md").paths).toEqual([
      "lib/",
      "docs/setup.md",
    ]);
  });

  it("reads a path with a word's ending glued on by an apostrophe, not a path closing a quoted string", () => {
    // Turkish case endings ("in routes.tsx", "to App.tsx") and the English possessive
    expect(extractPaths("web/src/routes.tsx'teki sayfayı src/App.tsx'e bağla").paths).toEqual([
      "web/src/routes.tsx",
      "src/App.tsx",
    ]);
    expect(extractPaths("extend config/app.rb's defaults").paths).toEqual(["config/app.rb"]);
    // Must not fire: a path inside a quoted code string.
    expect(extractPaths("const x = require('lib/util.js') or 'src/a.ts'").paths).toEqual([]);
  });

  it("reads a suffix written right after a path as that path's sibling file", () => {
    expect(extractPaths("`db/0007_orders.up.sql` and `.down.sql`").paths).toEqual([
      "db/0007_orders.up.sql",
      "db/0007_orders.down.sql",
    ]);
    // Japanese "と" (and)
    expect(extractPaths("`db/0008_refunds.up.sql` と `.down.sql` を作る").paths).toEqual([
      "db/0008_refunds.up.sql",
      "db/0008_refunds.down.sql",
    ]);
    // Must not fire: a suffix the words set apart from the path.
    expect(extractPaths("`db/0007_orders.up.sql`, then later check `.down.sql` files").paths).toEqual([
      "db/0007_orders.up.sql",
      ".down.sql",
    ]);
  });
});
