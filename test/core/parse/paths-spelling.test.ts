import { describe, expect, it } from "vitest";
import { extractPaths, findPathMentions } from "../../../src/core/parse/extract-paths.js";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";

const paths = (text: string): string[] => extractPaths(text).paths;
const ignored = (text: string): string[] => extractPaths(text).ignored.map((x) => x.reason);

describe("paths rooted at the repository", () => {
  it("reads /x/y.ts as repository-rooted, quoted or bare", () => {
    expect(paths("Wire the router in `/server/src/http/router.ts` and /server/src/main.go")).toEqual([
      "server/src/http/router.ts",
      "server/src/main.go",
    ]);
    expect(paths("Pin the compiler in `/tsconfig.base.json`")).toEqual(["tsconfig.base.json"]);
  });

  it("reads a rooted file before a colon that opens its details, but not a route with a colon", () => {
    expect(paths("Rendezvous settings in /src/trainer/config.py: `nnodes`, `max_restarts`")).toEqual([
      "src/trainer/config.py",
    ]);
    expect(paths("POST /api/users: create one; GET /v1/items:batchGet; see /users/:id")).toEqual([]);
  });

  it("keeps system and home folders outside, with the reason when quoted", () => {
    expect(paths("Copy `/usr/local/share/app.conf` and `/home/kim/notes.md` and `/Users/kim/a.ts`")).toEqual(
      [],
    );
    expect(ignored("Copy `/usr/local/share/app.conf` and `/home/kim/notes.md`")).toEqual([
      "it is an absolute path, outside the repository",
      "it is in a home folder, outside the repository",
    ]);
    expect(paths("Mount /etc/ssl/certs.pem and /var/log/app.log, write /tmp/out.json")).toEqual([]);
  });

  it("reads /lib/... and /bin/... as the repository's when the list names files under lib/ or bin/", () => {
    const filesOf = (lines: string[]): string[][] =>
      parseTaskList({
        kind: "file",
        path: "tasks.md",
        text: ["# Tasks", "", ...lines, ""].join("\n"),
      }).tasks.map((t) => t.files);
    expect(
      filesOf([
        "- [ ] T001 Add lib/shop_web/endpoint.ex",
        "- [ ] T002 Add the route to /lib/shop_web/router.ex",
      ]),
    ).toEqual([["lib/shop_web/endpoint.ex"], ["lib/shop_web/router.ex"]]);
    // Without a lib/ file of the list's own, it is the system's folder.
    expect(filesOf(["- [ ] T001 Install the unit in /lib/systemd/system/shop.service"])).toEqual([[]]);
  });

  it("does not take routes for paths: parameters, globs, HTTP methods, 'page' or 'endpoint' words", () => {
    const text =
      "Serve POST /orders/items, protect /admin/** and /api/boards/{board}/posts, add the /settings page, " +
      "call the endpoint `/health/live`";
    expect(paths(text)).toEqual([]);
  });

  it("keeps an extensionless rooted word as a doubt the repository settles, not as a path", () => {
    const [mention] = findPathMentions("Run /scripts/release before tagging");
    expect(mention?.path).toBeNull();
    expect(mention?.doubt).toEqual({ candidates: ["scripts/release"], otherwise: null });
  });

  it("does not root the tail of a longer token", () => {
    expect(paths("Write pages under lib/[lang]/index.md")).toEqual(["lib/[lang]/index.md"]);
  });
});

describe("CI checkout prefixes and checkout variables", () => {
  it("strips the checkout folders of CI services", () => {
    const text = [
      "`/home/runner/work/shop/shop/docs/setup.md`",
      "`/github/workspace/action.yml`",
      "`/builds/acme/shop/ci/deploy.sh`",
      "`/__w/shop/shop/src/x.ts`",
      "`/workspaces/shop/web/app.tsx`",
    ].join(" ");
    expect(paths(text)).toEqual(["docs/setup.md", "action.yml", "ci/deploy.sh", "src/x.ts", "web/app.tsx"]);
  });

  it("strips $GITHUB_WORKSPACE and ${GITHUB_WORKSPACE}, bare or quoted; other variables are not paths", () => {
    expect(
      paths(
        "Edit $GITHUB_WORKSPACE/tools/gen.py and `${GITHUB_WORKSPACE}/tools/gen.py`, $CI_PROJECT_DIR/a.rb",
      ),
    ).toEqual(["tools/gen.py", "a.rb"]);
    expect(paths("Export $OUT_DIR/bundle.js")).toEqual([]);
  });

  it("reads /workspace/ as the checkout itself by default, with the deeper reading as a doubt", () => {
    const [mention] = findPathMentions("`/workspace/api/main.py`");
    expect(mention?.path).toBe("api/main.py");
    expect(mention?.doubt).toEqual({ candidates: ["api/main.py", "main.py"], otherwise: "api/main.py" });
  });

  it("does not strip a CI-looking prefix that is only a user's home", () => {
    expect(paths("`/home/runner/notes.md`")).toEqual([]);
  });
});

describe("other spellings", () => {
  it("turns Windows separators into /, and keeps Markdown escapes out of names", () => {
    expect(
      paths("Update src\\Api\\Controllers\\OrdersController.cs and `tests\\Unit\\my\\_test.py`"),
    ).toEqual(["src/Api/Controllers/OrdersController.cs", "tests/Unit/my_test.py"]);
  });

  it("keeps drives, network shares and home folders outside", () => {
    expect(
      paths("`C:\\tools\\x.cs` `\\\\fileserver\\share\\y.cs` `~/.config/app.toml` `$HOME/.npmrc`"),
    ).toEqual([]);
    expect(ignored("`C:\\tools\\x.cs` `~/.config/app.toml`")).toEqual([
      "it is on a drive (C:\\...), outside the repository",
      "it is in a home folder, outside the repository",
    ]);
  });

  it("keeps framework route folders: [id], [...slug], (group), @slot, $param", () => {
    expect(
      paths(
        "Pages `web/app/[team]/page.tsx`, web/app/(auth)/login/page.tsx, web/app/@modal/default.tsx, " +
          "`site/routes/blog.$slug.tsx`, site/routes/$lang/about.tsx and `docs/[...slug].astro`",
      ),
    ).toEqual([
      "web/app/[team]/page.tsx",
      "web/app/(auth)/login/page.tsx",
      "web/app/@modal/default.tsx",
      "site/routes/blog.$slug.tsx",
      "site/routes/$lang/about.tsx",
      "docs/[...slug].astro",
    ]);
  });

  it("still reads [abc] and * as globs, calls as calls, and @scope/pkg as a package", () => {
    expect(paths("`fixtures/*.json` `logs/file[0-9].txt` run build() on `@acme/ui/button`")).toEqual([
      "fixtures/",
      "logs/",
    ]);
  });

  it("reads Markdown link targets, without anchors", () => {
    expect(paths("As in [the model](./design/model.md#users) and [api](docs/api.yaml)")).toEqual([
      "design/model.md",
      "docs/api.yaml",
    ]);
    expect(findPathMentions("[a](docs/a.md)")[0]?.link).toBe(true);
  });

  it("reads a path after a label's colon, but not after a scheme", () => {
    expect(paths("Expose GET /orders:api/src/orders.ts")).toEqual(["api/src/orders.ts"]);
    expect(paths("Import package:ui/theme.dart and classpath:db/init.sql")).toEqual([]);
  });

  it("keeps upper-case folders when the path names a file or a folder", () => {
    expect(paths("Add src/UI/Button.tsx and /Assets/UI/ but not CI/CD or TCP/IP")).toEqual([
      "src/UI/Button.tsx",
      "Assets/UI/",
    ]);
  });
});
