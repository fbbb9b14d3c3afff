import { ADDED, KEEP_THEIR_LIST, type SheetChoice } from "../../src/core/rpc/mapping";
import { el, option } from "../dom";

/** What a change in one sheet's section asks for: another tab, a field's column, a value's equivalent. */
export type SetUpChange =
  | { kind: "tab"; sheet: string; tab: string }
  | { kind: "column"; sheet: string; field: string; column: string }
  | { kind: "value"; sheet: string; field: string; team: string; ours: string };

/** An id made only of letters, digits and dashes, from a sheet or field name. */
function slug(...parts: string[]): string {
  return parts.map((part) => part.replace(/[^A-Za-z0-9]+/g, "-")).join("--");
}

/** A label beside its select, as the Import tab lays out its columns (or above it, as a "field"). */
function labelled(
  id: string,
  label: string,
  select: HTMLSelectElement,
  className = "import-column",
): HTMLElement {
  select.id = id;
  return el("div", { className }, [el("label", { text: label, attrs: { for: id } }), select]);
}

function list(title: string, items: string[]): HTMLElement | null {
  if (items.length === 0) return null;
  return el("p", { className: "setup-list" }, [el("strong", { text: `${title}: ` }), items.join(", ")]);
}

function tabSelect(sheet: SheetChoice, onChange: (change: SetUpChange) => void): HTMLElement {
  const offered = sheet.tabs.filter((tab) => tab !== sheet.newTab);
  const select = el("select", {}, [
    option(sheet.newTab, `New tab "${sheet.newTab}"`),
    ...offered.map((tab) => option(tab, tab)),
  ]);
  select.value = sheet.tab;
  select.addEventListener("change", () => onChange({ kind: "tab", sheet: sheet.sheet, tab: select.value }));
  return labelled(slug("setup-tab", sheet.sheet), `Tab used as ${sheet.sheet}`, select, "field");
}

function columnSelects(sheet: SheetChoice, onChange: (change: SetUpChange) => void): HTMLElement {
  const rows = sheet.fields.map(({ field, team }) => {
    const select = el("select", {}, [
      option(ADDED, "New column"),
      ...sheet.teamColumns.map((column) => option(column, column)),
    ]);
    select.value = team ?? ADDED;
    select.addEventListener("change", () =>
      onChange({ kind: "column", sheet: sheet.sheet, field, column: select.value }),
    );
    return labelled(slug("setup-col", sheet.sheet, field), field, select);
  });
  const yours = sheet.fields.filter((f) => f.team !== null).length;
  return el("details", { className: "setup-columns", attrs: sheet.stored ? {} : { open: "" } }, [
    el("summary", { text: `Columns: ${yours} of yours feed ours` }),
    el("p", { className: "hint", text: "Each field, and the column of yours that feeds it (or a new one)." }),
    ...rows,
  ]);
}

function valueSelects(sheet: SheetChoice, onChange: (change: SetUpChange) => void): HTMLElement[] {
  return sheet.values.map(({ field, ours, map }) =>
    el("fieldset", { className: "setup-values" }, [
      el("legend", { text: `Your ${field} values` }),
      ...Object.entries(map).map(([team, value]) => {
        const select = el("select", {}, [
          option(KEEP_THEIR_LIST, "Keep your list"),
          ...ours.map((our) => option(our, our)),
        ]);
        select.value = value;
        select.addEventListener("change", () =>
          onChange({ kind: "value", sheet: sheet.sheet, field, team, ours: select.value }),
        );
        return labelled(slug("setup-val", sheet.sheet, field, team), `"${team}" means`, select);
      }),
    ]),
  );
}

/** One sheet of the mapping step: its tab, its columns, its values, and what is added or left alone. */
export function sheetSection(sheet: SheetChoice, onChange: (change: SetUpChange) => void): HTMLElement {
  const state = sheet.created
    ? "a new tab with our columns"
    : sheet.stored
      ? "mapped"
      : sheet.unmapped
        ? "check before setting up"
        : "already ours";
  const header =
    !sheet.created && sheet.headerRow > 1
      ? el("p", {
          className: "hint",
          text: `Header on row ${sheet.headerRow}; the rows above it stay as they are.`,
        })
      : null;
  const adopted = !sheet.created && sheet.problem === null;
  return el(
    "section",
    { className: "setup-sheet", attrs: { "aria-labelledby": slug("setup-h", sheet.sheet) } },
    [
      el("h3", { attrs: { id: slug("setup-h", sheet.sheet) } }, [
        sheet.sheet,
        el("span", { className: "setup-state", text: ` · ${state}` }),
      ]),
      tabSelect(sheet, onChange),
      sheet.problem
        ? el("p", { className: "msg" }, [el("span", { className: "error", text: sheet.problem })])
        : null,
      header,
      adopted ? columnSelects(sheet, onChange) : null,
      ...(adopted ? valueSelects(sheet, onChange) : []),
      adopted ? list("Will add", sheet.added) : null,
      adopted ? list("Left alone", sheet.leftAlone) : null,
    ],
  );
}
