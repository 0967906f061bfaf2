import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { refuseInvalidRequest } from "../../support/github-request-guard.js";
import type { FakeGitHub } from "./fake-github.js";

/** A real HTTP server in front of a FakeGitHub, laid out as GitHub Enterprise Server serves its API. */
export interface StandInApi {
  /** `127.0.0.1:<port>`: what GHE_HOST is set to. */
  host: string;
  /** `http://127.0.0.1:<port>/api/v3`. */
  baseUrl: string;
  /** Requests that did not start with the API prefix (a client that ignored GHE_HOST's layout). */
  outsidePrefix: string[];
  /** Requests refused with 422 because GitHub's OpenAPI description does not allow them. */
  refused: string[];
  close(): Promise<void>;
}

/** Serves `fake` under `/api/v3` on a free loopback port. */
export async function startStandInApi(fake: FakeGitHub, prefix = "/api/v3"): Promise<StandInApi> {
  const outsidePrefix: string[] = [];
  const refused: string[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = req.url ?? "/";
      if (!url.startsWith(`${prefix}/`)) {
        outsidePrefix.push(`${req.method ?? "?"} ${url}`);
        res.writeHead(404, { "content-type": "application/json" }).end('{"message":"Not Found"}');
        return;
      }
      const method = req.method ?? "GET";
      const raw = Buffer.concat(chunks).toString("utf8");
      // Checked against GitHub's description like every request of the suite; refused as GitHub would.
      if (refuseInvalidRequest({ method, url, body: raw }, res)) {
        refused.push(`${method} ${url}`);
        return;
      }
      const [status, body, headers = {}] = fake.answer(method, url.slice(prefix.length), raw);
      res.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const host = `127.0.0.1:${port}`;
  return {
    host,
    baseUrl: `http://${host}${prefix}`,
    outsidePrefix,
    refused,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
