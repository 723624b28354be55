/** Characters XML 1.0 forbids even escaped (C0 controls but tab and newlines, lone surrogates, U+FFFE/U+FFFF): a spec's text may hold them, the SVG must not. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const escapeXml = (text: string) =>
  text.replace(NOT_XML, '').replace(/[<>&"']/g, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[char] ?? char);

/** Puts the title and alt text into the SVG as <title>/<desc> and marks it as an image for screen readers. */
export function withAccessibleText(svg: string, title: string, description: string): string {
  const open = svg.indexOf('>', svg.indexOf('<svg'));
  if (open === -1) return svg;
  const head = svg.slice(0, open).replace('<svg', '<svg role="img" aria-labelledby="glimpse-title glimpse-desc"');
  return `${head}><title id="glimpse-title">${escapeXml(title)}</title><desc id="glimpse-desc">${escapeXml(description)}</desc>${svg.slice(open + 1)}`;
}

/** Reads the root <svg> width/height attributes. */
export function svgSize(svg: string): { width: number; height: number } {
  const open = svg.slice(0, svg.indexOf('>', svg.indexOf('<svg')));
  const width = Number(/\swidth="([\d.]+)"/.exec(open)?.[1] ?? Number.NaN);
  const height = Number(/\sheight="([\d.]+)"/.exec(open)?.[1] ?? Number.NaN);
  return { width, height };
}
