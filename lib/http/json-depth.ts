/**
 * How deep arrays and objects nest in a JSON text, found in one pass over the characters
 * (strings skipped), so a hostile document is refused before JSON.parse builds it and before
 * any recursive walker (zod, JSON.stringify, hashing) can overflow the stack on it.
 * Returns the index of the bracket that first goes past `limit`, or -1 when the text stays within it.
 */
export function depthExceededAt(text: string, limit: number): number {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c /* \ */) index++;
      else if (char === 0x22 /* " */) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x5b /* [ */ || char === 0x7b /* { */) {
      if (++depth > limit) return index;
    } else if (char === 0x5d /* ] */ || char === 0x7d /* } */) depth--;
  }
  return -1;
}
