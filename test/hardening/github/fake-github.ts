import { execFileSync } from "node:child_process";
import nock from "nock";
import { API } from "../../support/github-api.js";

/** One request the fake answered, with the time it arrived (Date.now()). */
export interface SeenRequest {
  method: string;
  path: string;
  body: Record<string, unknown>;
  at: number;
  /** The status the fake answered. */
  status: number;
}

/** A check run as the fake stores it: the last state plus every write it received. */
export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  external_id: string | null;
  output: { title?: string; summary?: string; text?: string } | null;
  writes: Array<Record<string, unknown>>;
}

/** A pull request of the fake repository; its head SHA is read from the bare remote unless `sha` is set. */
export interface FakePull {
  state: "open" | "closed";
  headRef: string;
  headRepo: string | null;
  sha?: string;
}

/** A fault injected in front of the fake: the next `times` matching requests get `status`. */
export interface Fault {
  method: string;
  path: RegExp;
  status: number;
  times: number;
  headers?: Record<string, string>;
  message?: string;
  /** GitHub stored the write before failing (a gateway timeout after the fact). */
  applied?: boolean;
}

type Reply = [number, unknown, Record<string, string>?];

/**
 * A stateful stand-in for GitHub's REST API behind nock (the only place the suite mocks): check runs,
 * comments, reactions, permissions, pull requests (whose heads come from a real bare repository), the
 * config file and installation tokens (a new one per mint). Faults can be injected per route.
 */
export class FakeGitHub {
  readonly requests: SeenRequest[] = [];
  readonly permissions = new Map<string, string>([["alice", "write"]]);
  readonly pulls = new Map<number, FakePull>();
  readonly checkRuns: FakeCheckRun[] = [];
  readonly comments: Array<{ id: number; issue: number; body: string }> = [];
  readonly reactions: Array<{ commentId: number; content: string }> = [];
  readonly tokens: string[] = [];
  readonly faults: Fault[] = [];
  /** `.github/maestro.yml` on the default branch; null: no such file. */
  config: string | null = null;
  /** Requests nothing answers (a test asserts this stays empty). */
  readonly unhandled: string[] = [];
  #nextId = 9000;

  constructor(
    readonly bare: string,
    readonly full = "acme/demo",
    /** False: no nock interceptor on api.github.com; a real server (stand-in-api-server.ts) calls `answer`. */
    intercept = true,
  ) {
    for (const method of intercept ? (["get", "post", "patch", "put", "delete"] as const) : []) {
      nock(API)
        .persist()
        .intercept(/.*/, method.toUpperCase())
        .reply((uri, body) => this.#answer(method.toUpperCase(), uri, body));
    }
  }

  /** Adds pull request `number` whose head is `headRef` of the bare remote. */
  pull(number: number, headRef: string, extra: Partial<FakePull> = {}): this {
    this.pulls.set(number, { state: "open", headRef, headRepo: this.full, ...extra });
    return this;
  }

  /** Injects a fault. */
  fail(fault: Fault): this {
    this.faults.push(fault);
    return this;
  }

  /** Check runs created (one per accepted command, whatever was retried). */
  maestroRuns(): FakeCheckRun[] {
    return this.checkRuns.filter((r) => r.name === "maestro");
  }

  /** Requests whose method and path match. */
  seen(method: string, path: RegExp): SeenRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  /** Every write (POST, PATCH, PUT, DELETE) the fake accepted, tokens excluded. */
  writes(): SeenRequest[] {
    return this.requests.filter(
      (r) => r.method !== "GET" && !r.path.includes("/access_tokens") && r.status < 300,
    );
  }

  /** The SHA of a branch of the bare remote, or null when it does not exist. */
  branchSha(ref: string): string | null {
    try {
      return execFileSync("git", ["rev-parse", "--verify", "--quiet", `refs/heads/${ref}`], {
        cwd: this.bare,
        encoding: "utf8",
      }).trim();
    } catch {
      return null;
    }
  }

  /** Answers one request (path and query, without any API prefix) as the fake GitHub does. */
  answer(method: string, uri: string, raw: unknown): Reply {
    return this.#answer(method, uri, raw);
  }

  #answer(method: string, uri: string, raw: unknown): Reply {
    const body = (typeof raw === "string" && raw !== "" ? JSON.parse(raw) : (raw ?? {})) as Record<
      string,
      unknown
    >;
    const seen: SeenRequest = { method, path: uri, body, at: Date.now(), status: 0 };
    this.requests.push(seen);
    const fault = this.faults.find((f) => f.times > 0 && f.method === method && f.path.test(uri));
    let reply: Reply;
    if (fault) {
      fault.times--;
      if (fault.applied) this.#route(method, uri, body);
      reply = [fault.status, { message: fault.message ?? `injected ${fault.status}` }, fault.headers ?? {}];
    } else {
      reply = this.#route(method, uri, body);
    }
    seen.status = reply[0];
    return reply;
  }

  #route(method: string, uri: string, body: Record<string, unknown>): Reply {
    const [path = "", query = ""] = uri.split("?");
    const params = new URLSearchParams(query);
    const repo = `/repos/${this.full}`;
    let m: RegExpExecArray | null;
    if (method === "POST" && /^\/app\/installations\/\d+\/access_tokens$/.test(path)) {
      const token = `ghs_fake_installation_token_${this.tokens.length + 1}`;
      this.tokens.push(token);
      return [201, { token, expires_at: "2099-01-01T00:00:00Z", permissions: {} }];
    }
    if (!path.startsWith(`${repo}/`)) return this.#unhandled(method, uri);
    const rest = path.slice(repo.length);
    if (method === "GET" && (m = /^\/collaborators\/([^/]+)\/permission$/.exec(rest))) {
      const role = this.permissions.get(decodeURIComponent(m[1] ?? ""));
      if (role === undefined) return [404, { message: "Not Found" }];
      const legacy = role === "maintain" ? "write" : role === "triage" ? "read" : role;
      return [200, { permission: legacy, role_name: role, user: { login: m[1] } }];
    }
    if (method === "GET" && (m = /^\/pulls\/(\d+)$/.exec(rest))) {
      const number = Number(m[1]);
      const pull = this.pulls.get(number);
      if (!pull) return [404, { message: "Not Found" }];
      const sha = pull.sha ?? this.branchSha(pull.headRef) ?? "0".repeat(40);
      return [
        200,
        {
          number,
          state: pull.state,
          head: {
            ref: pull.headRef,
            sha,
            repo:
              pull.headRepo === null ? null : { full_name: pull.headRepo, fork: pull.headRepo !== this.full },
          },
          base: { ref: "main", repo: { full_name: this.full, fork: false } },
        },
      ];
    }
    if (method === "GET" && (m = /^\/pulls\/(\d+)\/files$/.exec(rest))) {
      const pull = this.pulls.get(Number(m[1]));
      if (!pull || Number(params.get("page") ?? "1") > 1) return [200, []];
      const changed = this.#changedFiles(pull.headRef);
      return [200, changed.map((filename) => ({ filename }))];
    }
    if (method === "GET" && /^\/contents\/\.github(%2F|\/)maestro\.yml$/.test(rest)) {
      if (this.config === null) return [404, { message: "Not Found" }];
      const size = Buffer.byteLength(this.config);
      // GitHub's contents API sends no content for files over 1 MB.
      if (size > 1024 * 1024) return [200, { type: "file", encoding: "none", content: "", size }];
      return [
        200,
        { type: "file", encoding: "base64", content: Buffer.from(this.config).toString("base64"), size },
      ];
    }
    if (method === "POST" && rest === "/check-runs") {
      const run: FakeCheckRun = {
        id: ++this.#nextId,
        name: String(body.name),
        head_sha: String(body.head_sha),
        status: typeof body.status === "string" ? body.status : "queued",
        conclusion: (body.conclusion as string | undefined) ?? null,
        external_id: (body.external_id as string | undefined) ?? null,
        output: (body.output as FakeCheckRun["output"]) ?? null,
        writes: [body],
      };
      this.checkRuns.push(run);
      return [201, this.#checkRunJson(run)];
    }
    if (method === "GET" && (m = /^\/check-runs\/(\d+)$/.exec(rest))) {
      const run = this.checkRuns.find((r) => r.id === Number(m?.[1]));
      return run ? [200, this.#checkRunJson(run)] : [404, { message: "Not Found" }];
    }
    if (method === "PATCH" && (m = /^\/check-runs\/(\d+)$/.exec(rest))) {
      const run = this.checkRuns.find((r) => r.id === Number(m?.[1]));
      if (!run) return [404, { message: "Not Found" }];
      run.writes.push(body);
      if (typeof body.status === "string") run.status = body.status;
      if (typeof body.conclusion === "string") {
        run.conclusion = body.conclusion;
        run.status = "completed";
      }
      if (typeof body.external_id === "string") run.external_id = body.external_id;
      if (body.output) run.output = body.output;
      return [200, this.#checkRunJson(run)];
    }
    if (method === "GET" && (m = /^\/commits\/([^/]+)\/check-runs$/.exec(rest))) {
      const ref = decodeURIComponent(m[1] ?? "");
      const sha = /^[0-9a-f]{40}$/.test(ref) ? ref : this.branchSha(ref);
      const runs = this.checkRuns.filter(
        (r) =>
          r.head_sha === sha &&
          (!params.get("check_name") || r.name === params.get("check_name")) &&
          (!params.get("status") || r.status === params.get("status")),
      );
      return [200, { total_count: runs.length, check_runs: runs.map((r) => this.#checkRunJson(r)) }];
    }
    if (method === "POST" && (m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const comment = { id: ++this.#nextId, issue: Number(m[1]), body: String(body.body) };
      this.comments.push(comment);
      return [
        201,
        {
          id: comment.id,
          body: comment.body,
          html_url: `https://github.com/${this.full}/pull/${comment.issue}#issuecomment-${comment.id}`,
        },
      ];
    }
    if (method === "GET" && rest === "/issues/comments") {
      const newestFirst = [...this.comments].reverse();
      return [
        200,
        newestFirst.map((c) => ({
          id: c.id,
          body: c.body,
          html_url: `https://github.com/${this.full}/pull/${c.issue}#issuecomment-${c.id}`,
        })),
      ];
    }
    if (method === "PATCH" && (m = /^\/issues\/comments\/(\d+)$/.exec(rest))) {
      const comment = this.comments.find((c) => c.id === Number(m?.[1]));
      if (!comment) return [404, { message: "Not Found" }];
      comment.body = String(body.body);
      return [200, { id: comment.id, body: comment.body }];
    }
    if (method === "POST" && (m = /^\/issues\/comments\/(\d+)\/reactions$/.exec(rest))) {
      this.reactions.push({ commentId: Number(m[1]), content: String(body.content) });
      return [201, { id: ++this.#nextId, content: body.content }];
    }
    return this.#unhandled(method, uri);
  }

  #checkRunJson(run: FakeCheckRun): Record<string, unknown> {
    return {
      id: run.id,
      name: run.name,
      head_sha: run.head_sha,
      status: run.status,
      conclusion: run.conclusion,
      external_id: run.external_id,
      output: run.output,
      html_url: `https://github.com/${this.full}/runs/${run.id}`,
      app: { id: 123, slug: "maestro" },
    };
  }

  #changedFiles(ref: string): string[] {
    try {
      return execFileSync("git", ["diff", "--name-only", `main...refs/heads/${ref}`], {
        cwd: this.bare,
        encoding: "utf8",
      })
        .split("\n")
        .filter(Boolean);
    } catch {
      return [];
    }
  }

  #unhandled(method: string, uri: string): Reply {
    this.unhandled.push(`${method} ${uri}`);
    return [404, { message: `the fake GitHub does not know ${method} ${uri}` }];
  }
}
