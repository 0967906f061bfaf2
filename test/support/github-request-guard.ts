import type { EventEmitter } from "node:events";
import type { ServerResponse } from "node:http";
import { createRequire } from "node:module";
import { checkGitHubRequest, type GitHubRequest } from "./github-openapi.js";
import { logCheckedRequest } from "./github-request-log.js";

/**
 * Every request the suite's stand-ins for GitHub's API receive goes through here: it is checked against
 * GitHub's description and its broken rules are logged until the test ends, when
 * guard-github-requests.ts fails the test with them. Nock is hooked once per process (see
 * `guardLoadedNock`); a stand-in HTTP server calls `refuseInvalidRequest` from its request handler.
 */

/** Checks one request GitHub's API would receive; logs and returns its problems, each naming the request. */
export function guardGitHubRequest(request: GitHubRequest): string[] {
  const { operation, problems } = checkGitHubRequest(request);
  const called = `${request.method.toUpperCase()} ${request.url}${operation ? ` (${operation.id})` : ""}`;
  const lines = problems.map((problem) => `${called}: ${problem}`);
  logCheckedRequest(lines);
  return lines;
}

/**
 * For a stand-in HTTP server's handler (the body already read): checks the request and, when GitHub
 * would refuse it, answers 422 as GitHub does for an invalid request and returns true. The test that
 * sent it fails either way; the answer keeps the stand-in from acting on a request GitHub would refuse.
 */
export function refuseInvalidRequest(request: GitHubRequest, res: ServerResponse): boolean {
  const problems = guardGitHubRequest(request);
  if (problems.length === 0) return false;
  res.writeHead(422, { "content-type": "application/json" });
  res.end(JSON.stringify({ message: "Invalid request.", errors: problems }));
  return true;
}

const require = createRequire(import.meta.url);
const HOOKED = Symbol.for("maestro.test.nock-hooked");

/**
 * If the test file loaded nock, makes every request a nock interceptor answers for GitHub's API go
 * through `guardGitHubRequest`. Patching the scopes' `emit` catches the "request" event nock raises for
 * each intercepted request, whichever helper or test made the scope; nock is not loaded for test files
 * that do not use it (importing it costs tens of milliseconds).
 */
export function guardLoadedNock(): void {
  if (!require.cache[require.resolve("nock")]) return;
  const { Scope } = require("nock/lib/scope") as {
    Scope: { prototype: EventEmitter & Record<symbol, unknown> };
  };
  const proto = Scope.prototype;
  if (proto[HOOKED]) return;
  proto[HOOKED] = true;
  type Emit = (this: EventEmitter, event: string | symbol, ...args: unknown[]) => boolean;
  const emit = Reflect.get(proto, "emit") as Emit;
  proto.emit = function (this: EventEmitter, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") onIntercepted(this as unknown as { basePath: string }, args);
    return emit.call(this, event, ...args);
  };
}

/** Nock's "request" event: (request, interceptor, body as sent). */
function onIntercepted(scope: { basePath: string }, args: unknown[]): void {
  const [req, , body] = args as [{ method?: string; path?: string }, unknown, string | undefined];
  const path = req.path ?? "/";
  if (!isGitHubApi(scope.basePath, path)) return;
  guardGitHubRequest({ method: req.method ?? "GET", url: path, body });
}

/** api.github.com, or an Enterprise Server's API (any host, under /api/v3). */
function isGitHubApi(basePath: string, path: string): boolean {
  return new URL(basePath).hostname === "api.github.com" || path.startsWith("/api/v3/");
}
