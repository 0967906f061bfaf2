// File extensions a bare word must end with to count as a file name (`settings.py`, `README.md`).
// A closed list, because dotted identifiers (`sqlalchemy.orm`, `inputs.mode`) are far more common.
const KNOWN_EXTENSIONS = new Set(
  (
    "ts tsx mts cts js jsx mjs cjs json jsonc json5 md mdx markdown rst txt adoc py pyi ipynb go mod sum rs toml " +
    "java kt kts gradle groovy scala swift m mm h hh hpp hxx c cc cpp cxx cs fs vb csproj fsproj sln props " +
    "targets rb erb php twig blade lua pl pm r dart ex exs erl hrl clj cljs elm hs ml mli nim zig v sv vhd " +
    "yml yaml ini cfg conf config env properties xml xsd xsl plist html htm css scss sass less styl vue " +
    "svelte astro sql prisma graphql gql proto thrift avsc sh bash zsh fish ps1 psm1 bat cmd tf tfvars hcl " +
    "nix lock dockerfile containerfile mk cmake feature snap tpl tmpl j2 jinja hbs mustache ejs pug liquid " +
    "mako csv tsv svg png jpg jpeg gif webp ico pdf wasm patch diff http rego cue bzl bazel star nomad " +
    "editorconfig gitignore gitattributes npmrc nvmrc dockerignore prettierrc eslintrc babelrc pbxproj " +
    "xcconfig storyboard xib entitlements strings resx xaml razor cshtml ino"
  ).split(" "),
);

// Words that look like file names but name a technology (Node.js) or are abbreviations (e.g.).
const NOT_PATHS = new Set(
  (
    "node.js next.js nuxt.js vue.js react.js express.js nest.js three.js d3.js chart.js socket.io ember.js " +
    "backbone.js angular.js alpine.js solid.js p5.js moment.js day.js deno.js svelte.js htmx.js anime.js " +
    "pixi.js babylon.js video.js e.g i.e a.k.a etc vs asp.net ado.net vb.net"
  ).split(" "),
);

// Files commonly written without an extension; accepted only when quoted in backticks or under a folder.
const BARE_FILE_NAMES =
  /^(Dockerfile|Containerfile|Makefile|Procfile|Gemfile|Rakefile|Jenkinsfile|Vagrantfile|Brewfile|Justfile|Taskfile|LICENSE|CODEOWNERS|OWNERS|BUILD|WORKSPACE)$/;

/** True for `Dockerfile`, `Makefile`, `LICENSE`: files people write without an extension. */
export function isBareFileName(name: string): boolean {
  return BARE_FILE_NAMES.test(name);
}

// A variant of a file kept beside it (`config.yml.example`, `phpunit.xml.dist`), and every `.env` file
// (`.env.local`, `.env.test`): files, whatever their last extension.
const VARIANT_SUFFIX = /\.(?:example|sample|template|dist|default|defaults|local|orig|bak)$/i;
const ENV_FILE = /^\.env(?:\.[A-Za-z0-9_-]+)+$/;

/** True for `settings.py`, `.env.example`, `README.md`; false for `v1.2`, `e.g.`, `Node.js`, `0.5s`. */
export function hasKnownExtension(name: string): boolean {
  if (ENV_FILE.test(name)) return true;
  const variant = VARIANT_SUFFIX.exec(name);
  if (variant && hasKnownExtension(name.slice(0, variant.index))) return true;
  const dot = name.lastIndexOf(".");
  if (dot < 0 || dot === name.length - 1) return false;
  if (NOT_PATHS.has(name.toLowerCase())) return false;
  if (/^v?\d+(\.\d+)+[a-z]*$/i.test(name) || /^\d/.test(name)) {
    // Version numbers and quantities; a file such as `0079_table.sql` still has letters before its extension.
    if (!/^\d+[\w-]*[A-Za-z_][\w-]*\.[A-Za-z]+$/.test(name)) return false;
  }
  const extension = name.slice(dot + 1).toLowerCase();
  if (!KNOWN_EXTENSIONS.has(extension)) return false;
  // `.env` and `.gitignore` are files; `.md` alone is an extension being talked about.
  if (dot === 0)
    return /^\.(env|gitignore|gitattributes|npmrc|nvmrc|editorconfig|dockerignore|prettierrc|eslintrc|babelrc)$/i.test(
      name,
    );
  return true;
}

/** True when a path's last segment names a file: a known extension or a bare file name. */
export function namesFile(path: string): boolean {
  const last = path.slice(path.lastIndexOf("/") + 1);
  return hasKnownExtension(last) || isBareFileName(last);
}
