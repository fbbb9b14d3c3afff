import { openSidebar } from "./sidebar";

export const IMPORT_MENU_HANDLERS = {
  /** The sidebar on its Import tab: the file is read in the page, so the import needs the sidebar. */
  menuImport(): void {
    openSidebar("import");
  },
};
