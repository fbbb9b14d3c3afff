import type { FieldError } from "../../src/core/brief/fieldErrors";
import type { SidebarData } from "../../src/core/rpc/types";
import { byId, el, growTextAreas, option, setOptions } from "../dom";
import { MessageBoard } from "../messages";
import { bindDocButton, bindOpen, bindSave } from "./actions";
import { renderLists } from "./creators";
import { bindCreators, bindEditing } from "./editing";
import { BriefForm } from "./form";
import { loadBlank } from "./load";
import { bindPreviewDock } from "./preview";

/** What the Briefs tab remembers between events. */
interface BriefState {
  /** Fields the user has typed in or left: their errors show before the first Save. */
  touched: Set<string>;
  /** After Save or Create Doc every error shows, touched or not. */
  submitted: boolean;
  /** The disclosure last filled in for the platforms, so wording the user wrote is never replaced. */
  autoDisclosure: string;
  /** The form as last opened or saved, to warn before discarding changes. */
  saved: string;
  /** Open was pressed once over unsaved changes; the next press discards them. */
  discardArmed: boolean;
  errors: FieldError[];
}

/** The Briefs tab: its data, form, page elements and state, handed to each part that draws or acts. */
export interface BriefsPanel {
  data: SidebarData;
  form: BriefForm;
  board: MessageBoard;
  formEl: HTMLFormElement;
  actionMsg: HTMLElement;
  saveButton: HTMLButtonElement;
  saveNewButton: HTMLButtonElement;
  docButton: HTMLButtonElement;
  /** Disabled while a call runs. */
  buttons: HTMLButtonElement[];
  openSelect: HTMLSelectElement;
  openButton: HTMLButtonElement;
  openMsg: HTMLElement;
  previewFor: HTMLSelectElement;
  creatorList: HTMLElement;
  links: HTMLElement;
  state: BriefState;
}

function briefsPanel(data: SidebarData): BriefsPanel {
  const formEl = byId<HTMLFormElement>("brief-form");
  const actionMsg = byId("msg-brief");
  const saveButton = byId<HTMLButtonElement>("brief-save");
  const saveNewButton = byId<HTMLButtonElement>("brief-save-new");
  const docButton = byId<HTMLButtonElement>("brief-doc");
  return {
    data,
    form: new BriefForm(data.lists.platforms, { ...data.limits.briefText, ...data.limits }),
    board: new MessageBoard(formEl, "msg-", actionMsg),
    formEl,
    actionMsg,
    saveButton,
    saveNewButton,
    docButton,
    buttons: [saveButton, saveNewButton, docButton],
    openSelect: byId<HTMLSelectElement>("brief-open"),
    openButton: byId<HTMLButtonElement>("brief-open-button"),
    openMsg: byId("msg-briefId"),
    previewFor: byId<HTMLSelectElement>("brief-preview-for"),
    creatorList: byId("brief-creators"),
    links: byId("brief-doc-links"),
    state: {
      touched: new Set(),
      submitted: false,
      autoDisclosure: "",
      saved: "",
      discardArmed: false,
      errors: [],
    },
  };
}

/** The choices that come from the spreadsheet's lists and never change while the sidebar is open. */
function fillLists(data: SidebarData): void {
  const formats = el(
    "datalist",
    { attrs: { id: "format-list" } },
    data.lists.formats.map((name) => option(name, name)),
  );
  document.body.append(formats);
  setOptions(byId<HTMLSelectElement>("f-objective"), [
    option("", "Choose…"),
    ...data.lists.objectives.map((name) => option(name, name)),
  ]);
}

/** The Briefs tab: the form, checks as the user types, the live preview, Save and Create Google Doc. */
export function setUpBriefs(data: SidebarData): void {
  const panel = briefsPanel(data);
  fillLists(data);
  bindEditing(panel);
  bindCreators(panel);
  bindOpen(panel);
  bindSave(panel);
  bindDocButton(panel);
  bindPreviewDock();
  growTextAreas(panel.formEl);
  renderLists(panel);
  loadBlank(panel);
}
