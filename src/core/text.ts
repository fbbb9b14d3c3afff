/** "1 post", "3 posts": a count with its noun, for messages a person reads. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** "12,345": a number as the add-on's English messages write it, whatever the server's locale. */
export const grouped = (n: number): string => n.toLocaleString("en-US");
