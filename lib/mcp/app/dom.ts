/** A tiny element builder for the App's view (no framework: the bundle stays small). */
export function element<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  properties: Partial<Record<string, string>> = {},
  ...children: (Node | string | undefined)[]
): HTMLElementTagNameMap[Tag] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(properties)) if (value !== undefined) node.setAttribute(name, value);
  for (const child of children) if (child !== undefined) node.append(child);
  return node;
}

/** Resolves when `src` has loaded as a picture (and decoded), rejects when it cannot (a CSP block, a 404). */
export function loadPicture(src: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const probe = new Image();
    probe.onload = () => resolve(src);
    probe.onerror = () => reject(new Error(`could not load ${src}`));
    probe.src = src;
  });
}
