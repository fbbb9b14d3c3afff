/** How names are compared wherever the add-on matches a typed name against another sheet's. */

/** Handles match whatever their case, surrounding spaces and leading "@". */
export function handleKey(handle: string): string {
  return handle.trim().replace(/^@+/, "").toLowerCase();
}

/** Campaign and platform names match whatever their case and spacing. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}
