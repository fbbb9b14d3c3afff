import type { MappingOverride } from "../../src/core/import/index";
import { busy, byId, el } from "../dom";
import { call, type RpcInput } from "../rpc";
import { renderMapping } from "./mapping";
import { fileText, type OpenedFile, openText, remap } from "./open";
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

function request(file: OpenedFile, creator: string): RpcInput<"sidebarImportPreview"> {
  return {
    table: file.table,
    source: file.source.id,
    override: file.override,
    ...(creator ? { creator } : {}),
  };
}

export function setUpImport(): void {
  const fileInput = byId<HTMLInputElement>("import-file");
  const paste = byId<HTMLTextAreaElement>("import-paste");
  const pasteRead = byId<HTMLButtonElement>("import-paste-read");
  const error = byId("import-error");
  const mappingBox = byId("import-mapping");
  const sourceLine = byId("import-source");
  const columns = byId("import-columns");
  const previewBox = byId("import-preview");
  const apply = byId<HTMLButtonElement>("import-apply");
  const result = byId("import-result");
  const panel = byId("panel-import");
  const state: ImportState = { file: null, creator: "", remembered: null, asked: 0 };

  const showError = (message: string) => {
    error.replaceChildren(el("span", { className: "error", text: message }));
    error.focus();
  };
  const clear = () => {
    error.replaceChildren();
    result.replaceChildren();
    previewBox.replaceChildren();
    apply.hidden = true;
  };

  const preview = async () => {
    const file = state.file;
    if (!file) return;
    apply.hidden = true;
    if (file.problem) {
      previewBox.replaceChildren();
      showError(file.problem);
      return;
    }
    error.replaceChildren();
    const asked = ++state.asked;
    previewBox.replaceChildren(el("p", { className: "status", text: "Comparing with Posts…" }));
    const answer = await call("sidebarImportPreview", request(file, state.creator));
    if (asked !== state.asked) return;
    if (!answer.ok) {
      previewBox.replaceChildren();
      showError(answer.error.message);
      return;
    }
    renderPreview(previewBox, answer.value, (handle) => {
      state.creator = handle;
      void preview();
    });
    apply.hidden = answer.value.counts.newPosts + answer.value.counts.changedCells === 0;
  };

  const showFile = (file: OpenedFile) => {
    state.file = file;
    mappingBox.hidden = false;
    const ignored = file.mapping.ignored.length;
    sourceLine.textContent = `Detected: ${file.source.label}. ${file.table.rows.length.toLocaleString("en-US")} rows; ${ignored} ${ignored === 1 ? "column" : "columns"} ignored.`;
    renderMapping(columns, file.mapping, (header, choice) => {
      if (!state.file) return;
      showFile(remap(state.file, header, choice));
      void preview();
    });
  };

  const open = async (text: string | null, byteLength: number | undefined, decodeError?: string) => {
    clear();
    state.file = null;
    state.creator = "";
    mappingBox.hidden = true;
    if (text === null) return showError(decodeError ?? "The file could not be read.");
    if (!state.remembered) {
      const remembered = await call("sidebarImportMappings", {});
      state.remembered = remembered.ok ? remembered.value : {};
    }
    const opened = openText(text, byteLength, state.remembered);
    if (!opened.ok) return showError(opened.message);
    showFile(opened.file);
    await preview();
  };

  fileInput.addEventListener("change", () => {
    const picked = fileInput.files?.[0];
    if (!picked) return;
    void busy([pasteRead, apply], panel, async () => {
      const read = await fileText(picked);
      await (read.ok ? open(read.text, picked.size) : open(null, undefined, read.message));
    });
  });

  pasteRead.addEventListener("click", () => {
    void busy([pasteRead, apply], panel, () => open(paste.value, undefined));
  });

  apply.addEventListener("click", () => {
    const file = state.file;
    if (!file) return;
    void busy([pasteRead, apply], panel, async () => {
      const answer = await call("sidebarImportApply", request(file, state.creator));
      if (!answer.ok) return showError(answer.error.message);
      state.remembered = { ...state.remembered, [file.source.id]: file.override };
      previewBox.replaceChildren();
      apply.hidden = true;
      result.replaceChildren(
        el("p", { className: "msg" }, [el("span", { className: "ok", text: resultText(answer.value) })]),
      );
      result.focus();
    });
  });
}
