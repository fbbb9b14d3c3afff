/*
 * Every piece of user or creator text reaches the page through textContent or a property, never as
 * HTML, so a Roster name like <img src=x onerror=...> shows as the characters it is.
 */

type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; attrs?: Record<string, string> } = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`The sidebar page has no element #${id}.`);
  return node as T;
}

export function option(value: string, label: string): HTMLOptionElement {
  const node = document.createElement("option");
  node.value = value;
  node.textContent = label;
  return node;
}

/** Replaces a select's options, keeping the chosen value when it is still offered. */
export function setOptions(
  select: HTMLSelectElement,
  options: HTMLOptionElement[],
  keep = select.value,
): void {
  select.replaceChildren(...options);
  if (options.some((item) => item.value === keep)) select.value = keep;
}

/** Disables the buttons while `work` runs, and marks the region busy for screen readers. */
export async function busy<T>(
  buttons: HTMLButtonElement[],
  region: HTMLElement,
  work: () => Promise<T>,
): Promise<T> {
  for (const button of buttons) button.disabled = true;
  region.setAttribute("aria-busy", "true");
  try {
    return await work();
  } finally {
    for (const button of buttons) button.disabled = false;
    region.removeAttribute("aria-busy");
  }
}

/**
 * Text areas grow with their content. CSS `field-sizing: content` does it where the browser has it;
 * elsewhere each area is sized to its text as the user types.
 */
export function growTextAreas(root: HTMLElement): void {
  if (globalThis.CSS?.supports?.("field-sizing", "content")) return;
  root.addEventListener("input", (event) => {
    const area = event.target;
    if (!(area instanceof HTMLTextAreaElement)) return;
    area.style.height = "auto";
    area.style.height = `${area.scrollHeight + 2}px`;
  });
}
