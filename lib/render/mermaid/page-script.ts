/**
 * Runs inside the Chromium page (added as a script tag, so no bundler touches it): renders with
 * mermaid, then rewrites the SVG so any rasteriser draws it the same. foreignObject labels become
 * <text>; edge labels get a background plate; every text run becomes a start-anchored <text> at its measured baseline with explicit
 * size, weight and fill; computed fills and strokes are inlined and <style> is dropped.
 */
/** Marks an error mermaid raised about the diagram (as opposed to a failure of ours or of the page). */
export const MERMAID_REFUSED = 'glimpse-mermaid-refused: ';

export const PAGE_SCRIPT = `
window.glimpseRender = async function (request) {
  const win = window;
  const fonts = document.getElementById('glimpse-fonts');
  if (fonts.textContent !== request.fontCss) {
    fonts.textContent = request.fontCss;
  }
  await Promise.all(request.fontFamily.split(',').map((family) => document.fonts.load('16px "' + family.trim() + '"').catch(() => undefined)));
  win.mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    // Keys a diagram's own %%{init}%% or frontmatter config may not change (mermaid's defaults
    // plus what can pull in CSS, HTML labels or another font than the one we measure with).
    secure: ['secure', 'securityLevel', 'startOnLoad', 'maxTextSize', 'suppressErrorRendering', 'maxEdges', 'themeCSS', 'htmlLabels', 'fontFamily', 'altFontFamily'],
    htmlLabels: false,
    flowchart: { htmlLabels: false },
    class: { htmlLabels: false },
    theme: 'base',
    themeVariables: request.themeVariables,
    fontFamily: request.fontFamily,
  });
  // What mermaid itself refuses is the diagram's fault (a 400); anything after it is ours.
  let svg;
  try {
    svg = (await win.mermaid.render(request.id, request.source)).svg;
  } catch (error) {
    // mermaid leaves its error drawing in the page; the page stays warm for the next diagram.
    document.getElementById('d' + request.id)?.remove();
    document.getElementById(request.id)?.remove();
    throw new Error('${MERMAID_REFUSED}' + (error && error.message ? error.message : String(error)));
  }
  const host = document.getElementById('glimpse-out');
  host.innerHTML = svg;
  const root = host.querySelector('svg');
  const namespace = 'http://www.w3.org/2000/svg';
  // Edge labels sit on their lines: give each a plate in the background colour so the line does
  // not run through the words (mermaid's own is half transparent or missing without HTML labels).
  for (const label of Array.from(root.querySelectorAll('g.edgeLabel'))) {
    if (!(label.textContent ?? '').trim()) continue;
    const box = label.getBBox();
    if (!box.width || !box.height) continue;
    const plate = document.createElementNS(namespace, 'rect');
    plate.setAttribute('x', String(box.x - 4));
    plate.setAttribute('y', String(box.y - 1));
    plate.setAttribute('width', String(box.width + 8));
    plate.setAttribute('height', String(box.height + 2));
    plate.setAttribute('rx', '3');
    plate.setAttribute('data-glimpse-plate', '');
    plate.setAttribute('style', 'fill:' + request.themeVariables.edgeLabelBackground + ';stroke:none;opacity:1');
    label.insertBefore(plate, label.firstChild);
  }
  for (const foreign of Array.from(root.querySelectorAll('foreignObject'))) {
    const box = foreign.getBBox();
    const style = getComputedStyle(foreign.querySelector('*') ?? foreign);
    const text = document.createElementNS(namespace, 'text');
    text.setAttribute('x', String(box.x + box.width / 2));
    text.setAttribute('y', String(box.y + box.height / 2));
    text.setAttribute('text-anchor', 'middle');
    text.setAttribute('dominant-baseline', 'central');
    text.setAttribute('style', 'font-size:' + style.fontSize + ';font-weight:' + style.fontWeight + ';fill:' + style.color);
    text.textContent = (foreign.textContent ?? '').trim();
    foreign.replaceWith(text);
  }
  const runs = [];
  for (const element of Array.from(root.querySelectorAll('text, tspan'))) {
    for (const child of Array.from(element.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE && (child.textContent ?? '').trim()) runs.push({ element, text: child.textContent ?? '' });
    }
  }
  const replacements = [];
  for (const { element, text } of runs) {
    const style = getComputedStyle(element);
    const textElement = element.tagName.toLowerCase() === 'text' ? element : element.closest('text');
    let start;
    try {
      start = element.getStartPositionOfChar(Math.max(0, (element.textContent ?? '').indexOf(text.trimStart()[0] ?? '')));
    } catch {
      continue;
    }
    const replacement = document.createElementNS(namespace, 'text');
    replacement.setAttribute('x', String(start.x));
    replacement.setAttribute('y', String(start.y));
    replacement.setAttribute('font-size', String(Number.parseFloat(style.fontSize) || 16));
    replacement.setAttribute('font-weight', style.fontWeight);
    replacement.setAttribute('fill', style.fill && style.fill !== 'none' ? style.fill : style.color);
    const transform = textElement.getAttribute('transform');
    if (transform) replacement.setAttribute('transform', transform);
    replacement.textContent = text.trim();
    textElement.parentNode?.insertBefore(replacement, textElement);
    replacements.push(replacement);
  }
  for (const element of Array.from(root.querySelectorAll('text'))) if (!replacements.includes(element)) element.remove();
  for (const element of Array.from(root.querySelectorAll('path, rect, circle, ellipse, line, polyline, polygon'))) {
    const style = getComputedStyle(element);
    element.setAttribute('fill', style.fill);
    element.setAttribute('stroke', style.stroke);
    element.setAttribute('stroke-width', style.strokeWidth);
    if (style.strokeDasharray && style.strokeDasharray !== 'none') element.setAttribute('stroke-dasharray', style.strokeDasharray);
    if (style.opacity !== '1') element.setAttribute('opacity', style.opacity);
    if (style.fillOpacity !== '1') element.setAttribute('fill-opacity', style.fillOpacity);
    element.removeAttribute('style');
    element.removeAttribute('class');
  }
  for (const style of Array.from(root.querySelectorAll('style'))) style.remove();
  const viewBox = root.viewBox.baseVal;
  root.setAttribute('width', String(Math.ceil(viewBox.width)));
  root.setAttribute('height', String(Math.ceil(viewBox.height)));
  root.removeAttribute('style');
  const out = new XMLSerializer().serializeToString(root);
  host.innerHTML = '';
  return out;
};
`;

export interface PageRequest {
  id: string;
  source: string;
  fontFamily: string;
  fontCss: string;
  themeVariables: Record<string, string>;
}
