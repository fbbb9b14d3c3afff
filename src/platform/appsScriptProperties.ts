import type { Properties } from "./ports";

export function appsScriptProperties(): Properties {
  const store = () => {
    // Null outside a document (documented, though the typings omit it).
    const properties =
      PropertiesService.getDocumentProperties() as GoogleAppsScript.Properties.Properties | null;
    if (!properties)
      throw new Error("Influencer Desk keeps its settings in a spreadsheet, and this run has none open.");
    return properties;
  };
  return {
    get: (key) => store().getProperty(key),
    set: (key, value) => {
      store().setProperty(key, value);
    },
    delete: (key) => {
      store().deleteProperty(key);
    },
  };
}
