import { createRequire } from "node:module";
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
import type { Email } from "postal-mime";

/**
 * postal-mime parses asynchronously, but Apps Script calls are synchronous and so must the fake's be:
 * the parse runs in a worker thread while this thread blocks on Atomics.wait until the answer is in.
 */

const postalMimePath = createRequire(import.meta.url).resolve("postal-mime");
const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const PostalMime = require(workerData.postalMimePath);
parentPort.on("message", async ({ port, signal, raw }) => {
  try {
    port.postMessage({ email: await PostalMime.parse(raw) });
  } catch (error) {
    port.postMessage({ error: String(error) });
  }
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});
`;

let worker: Worker | undefined;

/** The message parsed by postal-mime; throws what postal-mime throws. */
export function parseMimeSync(raw: string | Uint8Array): Email {
  if (!worker) {
    worker = new Worker(WORKER, { eval: true, workerData: { postalMimePath } });
    worker.unref();
  }
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  try {
    worker.postMessage({ port: port2, signal, raw }, [port2]);
    if (Atomics.wait(signal, 0, 0, 10_000) === "timed-out") throw new Error("postal-mime took over 10 s");
    const reply = receiveMessageOnPort(port1)?.message as { email?: Email; error?: string } | undefined;
    if (!reply?.email) throw new Error(reply?.error ?? "postal-mime gave no answer");
    return reply.email;
  } finally {
    port1.close();
  }
}
