// Bundles the Action (src/action/index.ts) into dist/index.js with esbuild.
//   tsx scripts/build-dist.ts          writes dist/
//   tsx scripts/build-dist.ts --check  fails when the committed dist/ differs from a fresh build
import { mkdtemp, readFile, readdir, rm, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const check = process.argv.includes("--check");

async function bundle(outdir: string): Promise<void> {
  await build({
    // Paths in the bundle's comments are relative to this, so the output does not depend on the cwd.
    absWorkingDir: root,
    entryPoints: ["src/action/index.ts"],
    outfile: join(outdir, "index.js"),
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    minify: false,
    sourcemap: false,
    legalComments: "none",
    logLevel: "warning",
    // Some dependencies are CommonJS and call require(); an ES module bundle has to provide it.
    banner: {
      js: 'import { createRequire as __maestroCreateRequire } from "node:module"; const require = __maestroCreateRequire(import.meta.url);',
    },
  });
}

async function filesOf(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const name of (await readdir(dir).catch(() => [] as string[])).sort()) {
    out.set(name, await readFile(join(dir, name), "utf8"));
  }
  return out;
}

if (check) {
  const fresh = await mkdtemp(join(tmpdir(), "maestro-dist-"));
  try {
    await bundle(fresh);
    const built = await filesOf(fresh);
    const committed = await filesOf(join(root, "dist"));
    const stale = [...new Set([...built.keys(), ...committed.keys()])].filter(
      (n) => built.get(n) !== committed.get(n),
    );
    if (stale.length > 0) {
      process.stderr.write(
        `dist/ is stale (${stale.join(", ")}): run \`npm run build:dist\` and commit dist/.\n`,
      );
      process.exitCode = 1;
    } else {
      process.stdout.write("dist/ matches the sources.\n");
    }
  } finally {
    await rm(fresh, { recursive: true, force: true });
  }
} else {
  await rm(join(root, "dist"), { recursive: true, force: true });
  await mkdir(join(root, "dist"), { recursive: true });
  await bundle(join(root, "dist"));
}
