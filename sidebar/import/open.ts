import { decodeExport } from "../../src/core/import/index";

/** The text of a picked file, read as bytes so UTF-16 and Excel workbooks get their own message. */
export async function fileText(
  file: File,
): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return decodeExport(bytes);
}
