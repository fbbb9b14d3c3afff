import { type MappingOverride, type OpenedFile, openExport, remap } from "../../src/core/import/index";
import { grouped } from "../../src/core/text";
import { busy, byId, el } from "../dom";
import { call, type RpcInput } from "../rpc";
import { renderMapping } from "./mapping";
import { fileText } from "./open";
import { renderPreview, resultText } from "./preview";

/**
 * The Import tab: a file or a paste is read and mapped here; the server previews it against the
 * sheets as they are and, on Apply, plans it again and writes. Errors and results take the focus.
 */

interface ImportState {
  file: OpenedFile | null;
  creator: string;
  remembered: Partial<Record<string, MappingOverride>> | null;
  /** Each preview request's number: an answer to an older one is dropped. */
  asked: number;
}

/** A file's or a paste's text (with the file's size, for the size check), or why it could not be read. */
type FileRead = { ok: true; text: string; byteLength?: number } | { ok: false; message: string };

function request(file: OpenedFile, creator: string): RpcInput<"sidebarImportPreview"> {
  return {
    table: file.table,
    source: file.source.id,
    override: file.override,
    ...(creator ? { creator } : {}),
  };
}

interface ImportView {
  fileInput: HTMLInputElement;
  paste: HTMLTextAreaElement;
  pasteRead: HTMLButtonElement;
  error: HTMLElement;
  mappingBox: HTMLElement;
  sourceLine: HTMLElement;
  columns: HTMLElement;
  previewBox: HTMLElement;
  apply: HTMLButtonElement;
  result: HTMLElement;
  panel: HTMLElement;
}

function importView(): ImportView {
  return {
    fileInput: byId<HTMLInputElement>("import-file"),
    paste: byId<HTMLTextAreaElement>("import-paste"),
    pasteRead: byId<HTMLButtonElement>("import-paste-read"),
    error: byId("import-error"),
    mappingBox: byId("import-mapping"),
    sourceLine: byId("import-source"),
    columns: byId("import-columns"),
    previewBox: byId("import-preview"),
    apply: byId<HTMLButtonElement>("import-apply"),
    result: byId("import-result"),
    panel: byId("panel-import"),
  };
}

function showError(view: ImportView, message: string): void {
  view.error.replaceChildren(el("span", { className: "error", text: message }));
  view.error.focus();
}

function clear(view: ImportView): void {
  view.error.replaceChildren();
  view.result.replaceChildren();
  view.previewBox.replaceChildren();
  view.apply.hidden = true;
}

/** Asks the server what the import would change; Apply shows only when something would. */
async function preview(view: ImportView, state: ImportState): Promise<void> {
  const file = state.file;
  if (!file) return;
  view.apply.hidden = true;
  if (file.problem) {
    view.previewBox.replaceChildren();
    return showError(view, file.problem);
  }
  view.error.replaceChildren();
  const asked = ++state.asked;
  view.previewBox.replaceChildren(el("p", { className: "status", text: "Comparing with Posts…" }));
  const answer = await call("sidebarImportPreview", request(file, state.creator));
  if (asked !== state.asked) return;
  if (!answer.ok) {
    view.previewBox.replaceChildren();
    return showError(view, answer.error.message);
  }
  renderPreview(view.previewBox, answer.value, (handle) => {
    state.creator = handle;
    void preview(view, state);
  });
  view.apply.hidden = answer.value.counts.newPosts + answer.value.counts.changedCells === 0;
}

function showFile(view: ImportView, state: ImportState, file: OpenedFile): void {
  state.file = file;
  view.mappingBox.hidden = false;
  const ignored = file.mapping.ignored.length;
  view.sourceLine.textContent = `Detected: ${file.source.label}. ${grouped(file.table.rows.length)} rows; ${ignored} ${ignored === 1 ? "column" : "columns"} ignored.`;
  renderMapping(view.columns, file.mapping, (header, choice) => {
    if (!state.file) return;
    showFile(view, state, remap(state.file, header, choice));
    void preview(view, state);
  });
}

/** Reads a new file or paste, with the column choices remembered for its source. */
async function open(view: ImportView, state: ImportState, read: FileRead): Promise<void> {
  clear(view);
  state.file = null;
  state.creator = "";
  view.mappingBox.hidden = true;
  if (!read.ok) return showError(view, read.message);
  if (!state.remembered) {
    const remembered = await call("sidebarImportMappings", {});
    state.remembered = remembered.ok ? remembered.value : {};
  }
  const facts = read.byteLength === undefined ? {} : { byteLength: read.byteLength };
  const opened = openExport(read.text, facts, state.remembered);
  if (!opened.ok) return showError(view, opened.message);
  showFile(view, state, opened);
  await preview(view, state);
}

async function applyImport(view: ImportView, state: ImportState, file: OpenedFile): Promise<void> {
  const answer = await call("sidebarImportApply", request(file, state.creator));
  if (!answer.ok) return showError(view, answer.error.message);
  state.remembered = { ...state.remembered, [file.source.id]: file.override };
  view.previewBox.replaceChildren();
  view.apply.hidden = true;
  view.result.replaceChildren(
    el("p", { className: "msg" }, [el("span", { className: "ok", text: resultText(answer.value) })]),
  );
  view.result.focus();
}

export function setUpImport(): void {
  const view = importView();
  const state: ImportState = { file: null, creator: "", remembered: null, asked: 0 };
  const whileBusy = (work: () => Promise<void>) => void busy([view.pasteRead, view.apply], view.panel, work);

  view.fileInput.addEventListener("change", () => {
    const picked = view.fileInput.files?.[0];
    if (!picked) return;
    whileBusy(async () => {
      const read = await fileText(picked);
      await open(view, state, read.ok ? { ok: true, text: read.text, byteLength: picked.size } : read);
    });
  });
  view.pasteRead.addEventListener("click", () => {
    whileBusy(() => open(view, state, { ok: true, text: view.paste.value }));
  });
  view.apply.addEventListener("click", () => {
    const file = state.file;
    if (file) whileBusy(() => applyImport(view, state, file));
  });
}
