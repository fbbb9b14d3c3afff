import { mkdtempSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AddonContext } from "../src/addon/context";
import { SIDEBAR_API } from "../src/addon/sidebar/api";
import { runSidebarCall } from "../src/addon/sidebar/registryEntries";
import { messageOf } from "../src/core/errors";
import type { SidebarFunctionName } from "../src/core/rpc/api";
import { memoryAssets, memoryScopes } from "../src/platform/memory";
import { memoryGmailDrafts } from "../src/platform/memoryDrafts";
import { memoryYouTube } from "../src/platform/memoryYouTube";
import type { DocBlock } from "../src/platform/ports";
import type { WorkbookPort } from "../src/workbook/port";
import { demoWorkbook } from "./demo/demoWorkbook";
import { buildSidebar } from "./lib/sidebarBuild";

/** Everything the local stand-ins were asked to do, in order, for tests and for a person to inspect. */
export interface SidebarCalls {
  rpc: { name: string; input: unknown }[];
  drafts: { id: string; to: string; subject: string; body: string }[];
  docs: { id: string; title: string; blocks: DocBlock[] }[];
  locks: number;
}

export interface LocalServicesOptions {
  workbook: WorkbookPort;
  /** Drafts Gmail allows today before any are made (default 100). */
  quota?: number;
  /** Gmail refuses every draft after this many, to try a failure half way. */
  failAfter?: number;
  /** Where Doc links point (default a placeholder host that is never contacted). */
  docsBaseUrl?: () => string;
  now?: () => Date;
}

/** An AddonContext over a MemoryWorkbook with recording fakes of Gmail, Docs and the lock. */
export function localServices(options: LocalServicesOptions): { context: AddonContext; calls: SidebarCalls } {
  const calls: SidebarCalls = { rpc: [], drafts: [], docs: [], locks: 0 };
  const gmail = memoryGmailDrafts();
  const quota = options.quota ?? 100;
  const properties = new Map<string, string>();
  const context: AddonContext = {
    workbook: options.workbook,
    ui: {
      alert: () => undefined,
      confirm: () => false,
      prompt: () => null,
    },
    lock: {
      withDocumentLock(fn) {
        calls.locks += 1;
        return fn();
      },
    },
    triggers: {
      list: () => [],
      weekly: (handler) => ({ id: `trigger-${handler}`, handler }),
      daily: (handler) => ({ id: `trigger-${handler}`, handler }),
      once: (handler) => ({ id: `trigger-${handler}`, handler }),
      removeId: () => false,
      remove: () => 0,
    },
    mail: {
      remainingDailyQuota: () => Math.max(0, quota - calls.drafts.length),
      sendHtml: () => {
        throw new Error("The local sidebar never sends e-mail.");
      },
    },
    drafts: {
      create(message) {
        if (options.failAfter !== undefined && calls.drafts.length >= options.failAfter) {
          throw new Error("Service invoked too many times for one day: gmail.");
        }
        const made = gmail.create(message);
        calls.drafts.push({
          id: made.draftId,
          to: message.to.map((to) => to.email).join(", "),
          subject: message.subject,
          body: message.text,
        });
        // The link opens the server's own page of the draft (GET /gmail/drafts/<draft id>).
        return {
          ...made,
          url: `${options.docsBaseUrl?.() ?? "https://gmail.invalid"}/gmail/drafts/${made.draftId}`,
        };
      },
    },
    docs: {
      create(title, blocks) {
        const id = `doc-${calls.docs.length + 1}`;
        calls.docs.push({ id, title, blocks });
        return { id, url: `${options.docsBaseUrl?.() ?? "https://docs.invalid"}/docs/${id}` };
      },
    },
    properties: {
      get: (key) => properties.get(key) ?? null,
      set: (key, value) => {
        properties.set(key, value);
      },
      delete: (key) => {
        properties.delete(key);
      },
    },
    youtube: memoryYouTube(),
    assets: memoryAssets(),
    scopes: memoryScopes(),
    now: options.now ?? (() => new Date()),
  };
  return { context, calls };
}

/**
 * The local stand-in for google.script.run: the same call chain, one POST per call, and Apps Script's
 * refusal of a Date anywhere in the arguments.
 */
const STAND_IN = `<script>
(function () {
  function hasDate(value) {
    if (value instanceof Date) return true;
    if (value && typeof value === "object") for (var k in value) if (hasDate(value[k])) return true;
    return false;
  }
  function runner(ok, fail) {
    return new Proxy({}, {
      get: function (_, name) {
        if (name === "withSuccessHandler") return function (fn) { return runner(fn, fail); };
        if (name === "withFailureHandler") return function (fn) { return runner(ok, fn); };
        if (name === "withUserObject") return function () { return runner(ok, fail); };
        return function () {
          var args = Array.prototype.slice.call(arguments);
          if (hasDate(args)) {
            setTimeout(function () { if (fail) fail(new Error("Failed due to illegal value in property: 0")); });
            return;
          }
          fetch("/rpc/" + encodeURIComponent(String(name)), {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ args: args })
          }).then(function (response) {
            return response.text().then(function (text) {
              if (!response.ok) throw new Error(text || response.statusText);
              return JSON.parse(text);
            });
          }).then(function (value) { if (ok) ok(value); }, function (error) { if (fail) fail(error); });
        };
      }
    });
  }
  window.google = { script: { run: runner(null, null), host: { close: function () {}, editor: { focus: function () {} } } } };
})();
</script>`;

/** Above the import calls' limit (twice the 5 MB file limit), so the server function is what refuses. */
const BODY_LIMIT = 12 * 1024 * 1024;

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > BODY_LIMIT) {
        reject(new Error(`The request is over ${BODY_LIMIT / 1024} KB.`));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

function docPage(doc: SidebarCalls["docs"][number]): string {
  const body = doc.blocks
    .map((block) => {
      const text = escapeHtml(block.text);
      if (block.kind === "title") return `<h1>${text}</h1>`;
      if (block.kind === "heading") return `<h${block.level + 1}>${text}</h${block.level + 1}>`;
      if (block.kind === "bullet") return `<ul><li>${text}</li></ul>`;
      return `<p>${text}</p>`;
    })
    .join("\n");
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>${escapeHtml(doc.title)}</title><body style="font-family:Arial,sans-serif;max-width:40em;margin:2em auto">${body}</body></html>`;
}

function draftPage(draft: SidebarCalls["drafts"][number]): string {
  const lines = [`To: ${draft.to}`, `Subject: ${draft.subject}`, "", draft.body].map(escapeHtml).join("\n");
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Draft: ${escapeHtml(draft.subject)}</title><body style="font-family:Arial,sans-serif;max-width:40em;margin:2em auto"><p>A Gmail draft (local stand-in; nothing was sent).</p><pre style="white-space:pre-wrap">${lines}</pre></body></html>`;
}

export interface SidebarServer {
  url: string;
  calls: SidebarCalls;
  close(): Promise<void>;
}

export interface SidebarServerOptions extends Partial<Omit<LocalServicesOptions, "docsBaseUrl">> {
  /** 0 picks any free port. Default 5173. */
  port?: number;
}

/** Serves the built sidebar on 127.0.0.1 against `workbook`, answering its calls with SIDEBAR_API. */
export async function startSidebarServer(options: SidebarServerOptions = {}): Promise<SidebarServer> {
  const outDir = mkdtempSync(join(tmpdir(), "influencer-desk-sidebar-"));
  await buildSidebar(outDir);
  const page = readFileSync(join(outDir, "Sidebar.html"), "utf8").replace("<head>", `<head>${STAND_IN}`);
  let url = "";
  const { context, calls } = localServices({
    ...options,
    workbook: options.workbook ?? demoWorkbook().workbook,
    docsBaseUrl: () => url,
  });

  const send = (response: ServerResponse, status: number, type: string, body: string) => {
    response.writeHead(status, { "content-type": `${type}; charset=utf-8`, "cache-control": "no-store" });
    response.end(body);
  };

  const server = createServer(async (request, response) => {
    const path = (request.url ?? "/").split("?")[0] ?? "/";
    if (request.method === "GET" && (path === "/" || path === "/Sidebar.html")) {
      // ?tab=import opens the page as the "Import platform exports…" menu item does.
      const tab = /[?&]tab=([a-z]+)/.exec(request.url ?? "")?.[1];
      const start = tab ? `<div hidden id="start-tab" data-tab="${tab}"></div>` : "";
      return send(response, 200, "text/html", page + start);
    }
    const doc = /^\/docs\/([\w-]+)$/.exec(path);
    if (request.method === "GET" && doc) {
      const found = calls.docs.find((candidate) => candidate.id === doc[1]);
      return found
        ? send(response, 200, "text/html", docPage(found))
        : send(response, 404, "text/plain", "No such Doc.");
    }
    const draft = /^\/gmail\/drafts\/([\w-]+)$/.exec(path);
    if (request.method === "GET" && draft) {
      const found = calls.drafts.find((candidate) => candidate.id === draft[1]);
      return found
        ? send(response, 200, "text/html", draftPage(found))
        : send(response, 404, "text/plain", "No such draft.");
    }
    const rpc = /^\/rpc\/(\w+)$/.exec(path);
    if (request.method === "POST" && rpc) {
      const name = rpc[1] as SidebarFunctionName;
      if (!Object.keys(SIDEBAR_API).includes(name))
        return send(response, 404, "text/plain", `There is no server function ${name}.`);
      try {
        const { args } = JSON.parse(await readBody(request)) as { args?: unknown[] };
        const input = args?.[0];
        calls.rpc.push({ name, input });
        return send(
          response,
          200,
          "application/json",
          JSON.stringify(runSidebarCall(() => context, name, input)),
        );
      } catch (error) {
        return send(response, 400, "text/plain", messageOf(error));
      }
    }
    return send(response, 404, "text/plain", "Not found.");
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 5173, "127.0.0.1", () => resolve());
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    calls,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function portFrom(argv: string[]): number {
  const index = argv.indexOf("--port");
  const given = index === -1 ? argv.find((arg) => arg.startsWith("--port="))?.slice(7) : argv[index + 1];
  if (given === undefined) return 5173;
  const port = Number(given);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535, got ${JSON.stringify(given)}.`);
  }
  return port;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startSidebarServer({ port: portFrom(process.argv.slice(2)) });
  console.log(
    `Influencer Desk sidebar on ${server.url} (demo data; drafts and Docs are recorded, nothing is sent).`,
  );
}
