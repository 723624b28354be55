/**
 * Runs inside the Chromium page (added as a script tag, so no bundler touches it): renders with
 * mermaid, then rewrites the SVG so any rasteriser draws it the same. foreignObject labels become
 * <text>; edge labels get a background plate; every text run becomes a start-anchored <text> at its measured baseline with explicit
 * size, weight and fill; computed fills and strokes are inlined and <style> is dropped.
 */
/** Marks an error mermaid raised about the diagram (as opposed to a failure of ours or of the page). */
export const MERMAID_REFUSED = 'glimpse-mermaid-refused: ';

/** How far (viewBox units) the page grows a diagram's viewBox on each side to take in a label mermaid cut off. */
export const MAX_VIEWBOX_GROWTH = 24;

/** Size of a gantt chart's date ticks (d3's axis: 10 px). */
export const GANTT_TICK_PX = 14;

/** How wide a gantt chart is drawn (viewBox units) unless the caller asks for its own width (a slide embed: the slide's body). */
export const GANTT_WIDTH_PX = 1100;

/** Line height of a journey's wrapped task and section names, in font sizes (mermaid's: 1). */
export const JOURNEY_LEADING = 1.2;

export const PAGE_SCRIPT = `
const ACTOR_NAME_DROP = 4;
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
    // Notes and messages wrap to the room mermaid gives them (a note over two actors is as wide as
    // they are apart; unwrapped, its text ran out of the box). Measured in the font we draw with.
    // Gantt draws 11 px text across the page's width by default: larger text, one canvas wide.
    // An array here would be appended to mermaid's defaults (its config merge concatenates arrays):
    // an array-like object replaces them, so the first actors take the palette's first colours.
    // Task and section names in the text colour (mermaid's white, or the section's own tint, read
    // faintly on the soft fills in dark mode); the row's sizes from journey.ts.
    journey: Object.assign({ actorColours: Object.assign({ length: (request.journeyColours ?? []).length }, request.journeyColours ?? []), sectionColours: { length: 1, 0: request.themeVariables.textColor }, taskFontFamily: request.fontFamily }, request.journey ?? {}),
    gantt: { axisFormat: request.ganttAxisFormat, fontSize: 16, sectionFontSize: 16, barHeight: 30, barGap: 8, topPadding: 40, leftPadding: 110, gridLineStartPadding: 40, useWidth: request.ganttWidth ?? ${GANTT_WIDTH_PX} },
    sequence: { wrap: true, actorMargin: request.sequenceActorMargin ?? 50, actorFontFamily: request.fontFamily, noteFontFamily: request.fontFamily, messageFontFamily: request.fontFamily, actorFontSize: 16, noteFontSize: 16, messageFontSize: 16 },
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
  // currentColor (gantt's grid, sequence's cross heads) is the line colour, not black on a dark page.
  host.style.color = request.themeVariables.lineColor;
  host.innerHTML = svg;
  const root = host.querySelector('svg');
  const namespace = 'http://www.w3.org/2000/svg';
  if (root.getAttribute('aria-roledescription') === 'journey') {
    // A section's name takes its box's fill from mermaid's CSS (drawn invisible); wrapped names are
    // set one font size apart by mermaid: 1.2 apart here, as journey.ts sized the boxes for.
    for (const text of Array.from(root.querySelectorAll('text.task, text.journey-section'))) {
      text.style.setProperty('fill', request.themeVariables.textColor, 'important');
      for (const line of Array.from(text.querySelectorAll('tspan'))) line.setAttribute('dy', String(Number(line.getAttribute('dy') ?? 0) * ${JOURNEY_LEADING}));
    }
    // The axis ends where mermaid thinks the last task does (its x plus a margin, not its width):
    // past the last box, as with mermaid's own sizes.
    const ends = Array.from(root.querySelectorAll('rect.task')).map((rect) => Number(rect.getAttribute('x')) + Number(rect.getAttribute('width')));
    const axis = root.querySelector('line[marker-end]');
    if (axis && ends.length) axis.setAttribute('x2', String(Math.max(...ends) + 24));
  }
  // The break marks label-breaks.ts wrote into the labels (a mark and a space where a line may
  // break, a word joiner for a space where it may not) come out before anything is measured or drawn.
  // A flowchart or mindmap line draws each word as a tspan of its own, later ones after a space:
  // a word that ends in a mark takes the space off the next one in its <text>.
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let afterMark = false;
  let owner = null;
  const timeline = root.getAttribute('aria-roledescription') === 'timeline';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.parentElement ? node.parentElement.closest('text') : null;
    if (text !== owner) {
      owner = text;
      afterMark = false;
    }
    let data = node.data;
    if (afterMark) data = data.replace(/^ +/, '');
    if (data.trim()) afterMark = /\u2063\s*$/.test(data);
    if (/[\u2063\u2060]/.test(data)) data = data.replace(/\u2063 */g, '').replace(/\u2060/g, ' ');
    // A timeline joins its words and the spaces between them with spaces: three for one.
    if (timeline) data = data.replace(/ {2,}/g, ' ');
    if (data !== node.data) node.data = data;
  }
  if (root.getAttribute('aria-roledescription') === 'gantt') {
    // d3's axis draws its ticks at 10 px: 14 here, about 13 px once the chart is scaled to the canvas.
    for (const tick of Array.from(root.querySelectorAll('g.grid .tick text'))) tick.setAttribute('font-size', '${GANTT_TICK_PX}');
    // A milestone is a square turned 45° by mermaid's CSS (about the page's corner, not its own
    // centre), lost with the <style>: a diamond about its centre here.
    for (const milestone of Array.from(root.querySelectorAll('rect.milestone'))) {
      const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((name) => Number(milestone.getAttribute(name) ?? 0));
      const [cx, cy] = [x + width / 2, y + height / 2];
      milestone.style.setProperty('transform', 'none', 'important');
      milestone.setAttribute('transform', 'translate(' + cx + ' ' + cy + ') rotate(45) scale(0.8) translate(' + -cx + ' ' + -cy + ')');
    }
  }
  // Mindmap labels without HTML are start-anchored at the node's centre (the root's ran off to the
  // right of its circle): centre each label on its shape.
  const unit = root.getScreenCTM() ? root.getScreenCTM().a || 1 : 1;
  for (const node of Array.from(root.querySelectorAll('g.mindmap-node'))) {
    const label = node.querySelector(':scope > g.label');
    const shape = Array.from(node.children).find((child) => child !== label && child.tagName.toLowerCase() !== 'g');
    if (!label || !shape || !(label.textContent ?? '').trim()) continue;
    // Lines of a wrapped label are centred on each other (mermaid starts each at the same x).
    const rows = Array.from(label.querySelectorAll('tspan.text-outer-tspan')).filter((row) => (row.textContent ?? '').trim());
    if (rows.length > 1) {
      const widths = rows.map((row) => row.getComputedTextLength());
      const widest = Math.max(...widths);
      rows.forEach((row, index) => row.setAttribute('x', String(Number(row.getAttribute('x') ?? 0) + (widest - widths[index]) / 2)));
    }
    const a = shape.getBoundingClientRect();
    const b = label.getBoundingClientRect();
    if (!b.width) continue;
    const dx = (a.x + a.width / 2 - (b.x + b.width / 2)) / unit;
    const dy = (a.y + a.height / 2 - (b.y + b.height / 2)) / unit;
    label.setAttribute('transform', ((label.getAttribute('transform') ?? '') + ' translate(' + dx + ',' + dy + ')').trim());
  }
  // A stick figure's name is centred 7.5 px under its feet: the line box touched the legs.
  // Its lifeline then starts as far lower, under the name.
  for (const name of Array.from(root.querySelectorAll('g.actor-man > text'))) name.setAttribute('y', String(Number(name.getAttribute('y') ?? 0) + ACTOR_NAME_DROP));
  for (const figure of Array.from(root.querySelectorAll('g.actor-man.actor-top'))) {
    for (const line of Array.from(root.querySelectorAll('line.actor-line'))) if (line.getAttribute('name') === figure.getAttribute('name')) line.setAttribute('y1', String(Number(line.getAttribute('y1') ?? 0) + ACTOR_NAME_DROP));
  }
  // A sequence message drawn across a lifeline (to an actor further on, or wider than its arrow)
  // hides the lifeline behind its words: a plate in the background colour, as for edge labels.
  if (root.getAttribute('aria-roledescription') === 'sequence') {
    for (const text of Array.from(root.querySelectorAll('text.messageText'))) {
      if (!(text.textContent ?? '').trim()) continue;
      const box = text.getBBox();
      if (!box.width || !box.height) continue;
      const plate = document.createElementNS(namespace, 'rect');
      plate.setAttribute('x', String(box.x - 3));
      plate.setAttribute('y', String(box.y));
      plate.setAttribute('width', String(box.width + 6));
      plate.setAttribute('height', String(box.height));
      plate.setAttribute('data-glimpse-plate', '');
      plate.setAttribute('style', 'fill:' + request.themeVariables.background + ';stroke:none;opacity:1');
      text.parentNode.insertBefore(plate, text);
    }
  }
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
  // getStartPositionOfChar ignores dominant-baseline (central, middle, hanging); the glyph cell
  // does not. Each run's baseline is its start moved by how far the baseline shifted its cell.
  const firstChar = (element, text) => Math.max(0, (element.textContent ?? '').indexOf(text.trimStart()[0] ?? ''));
  const shifted = runs.map(({ element, text }) => {
    try {
      return element.getExtentOfChar(firstChar(element, text)).y;
    } catch {
      return undefined;
    }
  });
  for (const element of Array.from(root.querySelectorAll('text, tspan'))) {
    element.style.setProperty('dominant-baseline', 'alphabetic', 'important');
    element.style.setProperty('alignment-baseline', 'baseline', 'important');
  }
  const replacements = [];
  for (const [index, { element, text }] of runs.entries()) {
    const style = getComputedStyle(element);
    const textElement = element.tagName.toLowerCase() === 'text' ? element : element.closest('text');
    let start;
    try {
      const at = firstChar(element, text);
      start = element.getStartPositionOfChar(at);
      const before = shifted[index];
      if (before !== undefined) start = { x: start.x, y: start.y + (before - element.getExtentOfChar(at).y) };
    } catch {
      continue;
    }
    const replacement = document.createElementNS(namespace, 'text');
    replacement.setAttribute('x', String(start.x));
    replacement.setAttribute('y', String(start.y));
    // Start-anchored on the alphabetic baseline, whatever mermaid's CSS says about its class, so the
    // box measured below is where the outlined text will be.
    replacement.setAttribute('style', 'text-anchor:start;dominant-baseline:alphabetic;alignment-baseline:baseline');
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
  // Where each label lands (in the viewBox's units) and the shape it is the label of, so the layout
  // critic can see text outside the diagram or running out of its box (data-glimpse-box / -container).
  const rootMatrix = root.getScreenCTM().inverse();
  const boxOf = (element) => {
    const box = element.getBBox();
    const matrix = rootMatrix.multiply(element.getScreenCTM());
    const corners = [[box.x, box.y], [box.x + box.width, box.y], [box.x, box.y + box.height], [box.x + box.width, box.y + box.height]].map(([x, y]) => new DOMPoint(x, y).matrixTransform(matrix));
    const xs = corners.map((point) => point.x);
    const ys = corners.map((point) => point.y);
    return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
  };
  const isShape = (element) => {
    // A pie's slices are no label's box (a 1 % slice's percentage is wider than the slice).
    if (!['rect', 'circle', 'ellipse', 'polygon', 'path'].includes(element.tagName.toLowerCase()) || element.hasAttribute('data-glimpse-plate') || element.classList.contains('pieCircle')) return false;
    const fill = getComputedStyle(element).fill;
    return Boolean(fill) && fill !== 'none' && !/rgba\([^)]*,\s*0\)/.test(fill);
  };
  const write = (box) => [box.x, box.y, box.width, box.height].map((value) => Math.round(value * 10) / 10).join(' ');
  for (const replacement of replacements) {
    const box = boxOf(replacement);
    if (!box.width) continue;
    replacement.setAttribute('data-glimpse-box', write(box));
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    let ancestor = replacement.parentElement;
    for (let level = 0; level < 3 && ancestor && ancestor !== root.parentElement; level += 1, ancestor = ancestor.parentElement) {
      const holders = Array.from(ancestor.children).filter(isShape).map(boxOf).filter((shape) => shape.width > 0 && centre.x >= shape.x && centre.x <= shape.x + shape.width && centre.y >= shape.y && centre.y <= shape.y + shape.height);
      if (!holders.length) continue;
      const holder = holders.reduce((small, shape) => (shape.width * shape.height < small.width * small.height ? shape : small));
      replacement.setAttribute('data-glimpse-container', write(holder));
      break;
    }
  }
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
  // Journey draws its faces, dots, task borders and axis in fixed greys and black: the mode's colours.
  if (root.getAttribute('aria-roledescription') === 'journey') {
    const greys = ['rgb(0, 0, 0)', 'rgb(102, 102, 102)', 'rgb(153, 153, 153)', 'black'];
    for (const element of Array.from(root.querySelectorAll('path, rect, circle, ellipse, line, polyline, polygon'))) {
      if (greys.includes(element.getAttribute('stroke') ?? '')) element.setAttribute('stroke', request.themeVariables.lineColor);
      if (greys.includes(element.getAttribute('fill') ?? '')) element.setAttribute('fill', request.themeVariables.textColor);
    }
  }
  // Mermaid counts the journey's left margin twice in its width: the viewBox ends where the drawing does.
  if (root.getAttribute('aria-roledescription') === 'journey') {
    const drawn = root.getBBox();
    const box = root.viewBox.baseVal;
    const right = Math.min(box.x + box.width, drawn.x + drawn.width + 8);
    root.setAttribute('viewBox', [box.x, box.y, right - box.x, box.height].join(' '));
  }
  // Markers mermaid fills white (ER's zero-one circles) are hollow: the page's background.
  for (const element of Array.from(root.querySelectorAll('marker *'))) if (element.getAttribute('fill') === 'rgb(255, 255, 255)') element.setAttribute('fill', request.themeVariables.background);
  for (const style of Array.from(root.querySelectorAll('style'))) style.remove();
  const viewBox = root.viewBox.baseVal;
  // Mermaid's viewBox can end inside a label (the bottom actor's name, a descender): grow it a
  // little to take them in; what lies further out is the critic's \`clipped\`.
  const labelled = replacements.map((replacement) => (replacement.getAttribute('data-glimpse-box') ?? '').split(' ').map(Number)).filter((box) => box.length === 4 && box.every(Number.isFinite));
  if (labelled.length) {
    const grow = (wanted) => Math.min(${MAX_VIEWBOX_GROWTH}, Math.max(0, wanted));
    const left = grow(viewBox.x - Math.min(...labelled.map((box) => box[0])) + 2);
    const top = grow(viewBox.y - Math.min(...labelled.map((box) => box[1])) + 2);
    const right = grow(Math.max(...labelled.map((box) => box[0] + box[2])) + 2 - (viewBox.x + viewBox.width));
    const bottom = grow(Math.max(...labelled.map((box) => box[1] + box[3])) + 2 - (viewBox.y + viewBox.height));
    root.setAttribute('viewBox', [viewBox.x - left, viewBox.y - top, viewBox.width + left + right, viewBox.height + top + bottom].join(' '));
  }
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
  themeVariables: Record<string, unknown>;
  /** Journey's actor dots (a config key, not a theme variable). */
  journeyColours?: string[];
  /** Gantt's date ticks where the diagram names no `axisFormat` (d3-time-format). */
  ganttAxisFormat?: string;
  /** A gantt chart's width (GANTT_WIDTH_PX unless asked). */
  ganttWidth?: number;
  /** Room between a sequence diagram's actors (mermaid: 50 px; sequence.ts). */
  sequenceActorMargin?: number;
  /** Journey's row sized to the canvas (journey.ts). */
  journey?: Record<string, unknown>;
}
