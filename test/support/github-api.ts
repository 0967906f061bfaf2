import { generateKeyPairSync } from "node:crypto";
import nock from "nock";

/** The API origin the tests mock. */
export const API = "https://api.github.com";
/** The test repository. */
export const REPO_PATH = "/repos/acme/demo";

/** A throwaway RSA key for the test App (Probot signs a JWT with it to get installation tokens). */
export const APP_PRIVATE_KEY = generateKeyPairSync("rsa", {
  modulusLength: 2048,
  privateKeyEncoding: { type: "pkcs1", format: "pem" },
  publicKeyEncoding: { type: "spki", format: "pem" },
}).privateKey;

/** Blocks the network except loopback, and collects requests nothing was mocked for. */
export function blockNetwork(): { unmatched: string[] } {
  nock.cleanAll();
  nock.disableNetConnect();
  nock.enableNetConnect(/^(127\.0\.0\.1|localhost)(:\d+)?$/);
  const unmatched: string[] = [];
  nock.emitter.removeAllListeners("no match");
  nock.emitter.on("no match", (req: { method?: string; path?: string; host?: string; hostname?: string }) => {
    // Loopback requests (the webhook server test) are allowed through and are not GitHub's API.
    if (/^(127\.0\.0\.1|localhost)(:\d+)?$/.test(req.hostname ?? req.host ?? "")) return;
    unmatched.push(`${req.method ?? "?"} ${req.host ?? ""}${req.path ?? "?"}`);
  });
  return { unmatched };
}

/** The fields tests read from request bodies (check runs, comments, reactions). */
export interface RequestBody {
  name?: string;
  head_sha?: string;
  status?: string;
  conclusion?: string;
  external_id?: string;
  actions?: Array<{ identifier: string; label: string }>;
  output?: { title: string; summary: string; text?: string; annotations?: unknown[] };
  /** A comment's text. */
  body?: string;
  /** A reaction. */
  content?: string;
}

/** JSON bodies sent to mocked endpoints, in order. */
export type Recorded = Array<{ method: string; path: string; body: RequestBody }>;

/** A nock reply function that records the request body and answers `reply`. */
export function record(
  log: Recorded,
  method: string,
  reply: nock.Body = {},
  status = 200,
): (uri: string, body: nock.Body) => nock.ReplyFnResult {
  return (path, body) => {
    log.push({
      method,
      path,
      body: (typeof body === "string" ? JSON.parse(body || "{}") : body) as RequestBody,
    });
    return [status, reply];
  };
}

/** The permission API answer for a role. */
export function permissionReply(role: string): nock.Body {
  const legacy = role === "maintain" ? "write" : role === "triage" ? "read" : role;
  return { permission: legacy, role_name: role, user: { login: "alice" } };
}

/** Matches the contents URL of `.github/maestro.yml` however the slash is encoded. */
export const CONFIG_URL = /\/repos\/acme\/demo\/contents\/\.github(%2F|\/)maestro\.yml/;
