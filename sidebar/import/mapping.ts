import { fieldLabel, IMPORT_FIELDS, type ImportField, type Mapping } from "../../src/core/import/index";
import { el, option } from "../dom";

/** Which field each column fills, by column: the inverse of the mapping's field → column. */
function fieldOfColumn(mapping: Mapping): Map<number, ImportField> {
  const byColumn = new Map<number, ImportField>();
  for (const [field, col] of Object.entries(mapping.columns))
    byColumn.set(col as number, field as ImportField);
  return byColumn;
}

/** One labelled select per file column: a Posts field, or Ignore. */
export function renderMapping(
  container: HTMLElement,
  mapping: Mapping,
  onChange: (header: string, choice: string) => void,
): void {
  const byColumn = fieldOfColumn(mapping);
  const rows = mapping.headers.map((header, i) => {
    const id = `import-col-${i}`;
    const select = el("select", { attrs: { id } }, [
      option("ignore", "Ignore"),
      ...IMPORT_FIELDS.map((field) => option(field, fieldLabel(field))),
    ]);
    select.value = byColumn.get(i) ?? "ignore";
    select.addEventListener("change", () => onChange(header, select.value));
    return el("div", { className: "import-column" }, [
      el("label", { text: header || `Column ${i + 1}`, attrs: { for: id } }),
      select,
    ]);
  });
  container.replaceChildren(...rows);
}
