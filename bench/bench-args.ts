/** The four benchmarks, in the order `npm run bench` runs them. */
export const BENCHMARKS = ["schedule", "execution", "planner", "git"] as const;

/** One of the four benchmarks. */
export type BenchmarkName = (typeof BENCHMARKS)[number];

/** The command line of `bench/run.ts`. */
export interface BenchArgs {
  only: BenchmarkName[];
  /** Smaller sizes and fewer repeats: a smoke run, not figures to quote. */
  quick: boolean;
  /** Where results.json goes. */
  out: string | null;
  /** A folder of task lists for benchmark 1 instead of the shared corpus. */
  corpus: string | null;
}

/** A command line `bench/run.ts` cannot follow. */
export class BenchArgsError extends Error {
  constructor(
    message: string,
    readonly arg: string,
  ) {
    super(message);
    this.name = "BenchArgsError";
  }
}

/** Parses `--only a,b`, `--quick`, `--out FILE`, `--corpus DIR` (also as `--opt=value`). */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { only: [...BENCHMARKS], quick: false, out: null, corpus: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const [flag, inline] =
      arg.startsWith("--") && arg.includes("=") ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === "") throw new BenchArgsError(`${flag} needs a value`, arg);
      return v;
    };
    switch (flag) {
      case "--quick":
        args.quick = true;
        break;
      case "--only": {
        const names = value()
          .split(",")
          .map((n) => n.trim())
          .filter(Boolean);
        const unknown = names.filter((n) => !(BENCHMARKS as readonly string[]).includes(n));
        if (unknown.length > 0 || names.length === 0) {
          throw new BenchArgsError(
            `--only takes ${BENCHMARKS.join(",")}; got ${unknown.join(",") || "nothing"}`,
            arg,
          );
        }
        // Always in the canonical order, whatever order they were given in.
        args.only = BENCHMARKS.filter((b) => names.includes(b));
        break;
      }
      case "--out":
        args.out = value();
        break;
      case "--corpus":
        args.corpus = value();
        break;
      default:
        throw new BenchArgsError(`unknown option ${arg} (use --only, --quick, --out, --corpus)`, arg);
    }
  }
  return args;
}
