// The Glimpse MCP App: the `ui://glimpse/visual.html` view hosts with MCP Apps support show for
// generate_visual, render_visual and export_deck. It shows the picture (a slide viewer for decks),
// its downloads, and a box to ask for a change, which calls generate_visual through the host.
// Bundled by scripts/build-mcp-app.mjs into one HTML file: it loads nothing from the network
// except the server's own pictures, where the host's CSP allows them.
import { App, applyDocumentTheme, applyHostFonts, applyHostStyleVariables, type McpUiHostContext } from '@modelcontextprotocol/ext-apps';
import { element, loadPicture } from './dom';
import { inlinePicture, kindName, textOf, visualOf, type ToolResult, type Visual } from './visual';

const app = new App({ name: 'Glimpse', version: '1.0.0' }, {}, { autoResize: true });
const root = document.getElementById('app') as HTMLElement;

interface State {
  visual: Visual;
  /** Picture source per 0-based slide (one entry for a single visual). */
  slides: Map<number, string>;
  index: number;
}
let state: State | undefined;

function status(text: string, busy = false): HTMLElement {
  return element('p', { class: `status${busy ? ' busy' : ''}`, role: 'status' }, text);
}

function showError(result: ToolResult): void {
  root.replaceChildren(element('p', { class: 'error', role: 'alert' }, textOf(result) || 'The tool failed.'));
  if (state) root.append(changeForm());
}

/** A picture's source for slide `index`: cached, else the server's URL when it loads, else a render_visual call. */
async function slideSource(index: number): Promise<string> {
  const current = state;
  if (!current) throw new Error('no visual');
  const cached = current.slides.get(index);
  if (cached) return cached;
  const uri = current.visual.deck?.slides[index];
  let source: string | undefined;
  if (uri && /^https?:/.test(uri)) source = await loadPicture(uri).catch(() => undefined);
  if (!source) {
    const result = (await app.callServerTool({ name: 'render_visual', arguments: { spec: current.visual.spec, slide: index + 1 } })) as ToolResult;
    source = inlinePicture(result);
    if (!source) throw new Error(textOf(result) || 'no picture');
  }
  current.slides.set(index, source);
  return source;
}

async function open(uri: string): Promise<void> {
  if (/^https?:/.test(uri)) {
    const opened = await app.openLink({ url: uri }).catch(() => ({ isError: true }));
    if (opened.isError) window.open(uri, '_blank', 'noopener');
    return;
  }
  // stdio: the file is an MCP resource; read it through the host and hand it over as a download.
  const read = await app.readServerResource({ uri });
  const file = read.contents[0];
  if (!file) return;
  const blob = 'blob' in file && typeof file.blob === 'string' ? file.blob : base64(String((file as { text?: string }).text ?? ''));
  await app.downloadFile({ contents: [{ type: 'resource', resource: { uri, mimeType: file.mimeType ?? 'application/octet-stream', blob } }] }).catch(() => undefined);
}

function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function downloads(visual: Visual): HTMLElement {
  const nav = element('nav', { class: 'downloads', 'aria-label': 'Downloads' }, element('span', { class: 'label' }, 'Download'));
  for (const [format, uri] of Object.entries(visual.files)) {
    const link = element('a', { class: 'button', href: uri, download: `${visual.id}.${format}`, 'data-format': format }, format.toUpperCase());
    link.addEventListener('click', (event) => {
      event.preventDefault();
      void open(uri);
    });
    nav.append(link);
  }
  const viewer = visual.deck?.viewer ?? visual.url;
  if (viewer) {
    const link = element('a', { class: 'button', href: viewer, 'data-open': 'viewer' }, visual.deck ? 'Open deck viewer ↗' : 'Open full size ↗');
    link.addEventListener('click', (event) => {
      event.preventDefault();
      void open(viewer);
    });
    nav.append(link);
  }
  return nav;
}

function deckNav(visual: Visual, picture: HTMLImageElement, stage: HTMLElement): HTMLElement {
  const total = visual.deck?.slides.length ?? 1;
  const counter = element('output', { 'aria-live': 'polite' });
  const previous = element('button', { type: 'button', 'aria-label': 'Previous slide' }, '‹ Prev');
  const next = element('button', { type: 'button', 'aria-label': 'Next slide' }, 'Next ›');
  const go = async (index: number) => {
    if (!state || index < 0 || index >= total) return;
    state.index = index;
    counter.textContent = `${index + 1} / ${total}`;
    previous.disabled = index === 0;
    next.disabled = index === total - 1;
    stage.classList.add('loading');
    try {
      picture.src = await slideSource(index);
      picture.alt = `${visual.title}, slide ${index + 1} of ${total}`;
    } catch (error) {
      counter.textContent = `${index + 1} / ${total} (could not draw: ${(error as Error).message})`;
    } finally {
      stage.classList.remove('loading');
    }
  };
  previous.addEventListener('click', () => void go((state?.index ?? 0) - 1));
  next.addEventListener('click', () => void go((state?.index ?? 0) + 1));
  document.addEventListener('keydown', (event) => {
    if (event.target instanceof HTMLInputElement) return;
    if (event.key === 'ArrowLeft') void go((state?.index ?? 0) - 1);
    if (event.key === 'ArrowRight') void go((state?.index ?? 0) + 1);
  });
  counter.textContent = `${(state?.index ?? 0) + 1} / ${total}`;
  previous.disabled = (state?.index ?? 0) === 0;
  next.disabled = (state?.index ?? 0) === total - 1;
  return element('div', { class: 'deck-nav' }, previous, counter, next);
}

function changeForm(): HTMLElement {
  const input = element('input', { id: 'change', name: 'change', autocomplete: 'off', placeholder: 'e.g. make it dark · add a 2023 row: 50 · as a pie chart' });
  const submit = element('button', { type: 'button', class: 'primary' }, 'Change');
  const note = element('p', { class: 'note', 'aria-live': 'polite' });
  // Hosts sandbox the view, often without allow-forms, which drops submit events: a plain button and Enter instead.
  const ask = () => {
    const text = input.value.trim();
    if (text && state && !submit.disabled) void requestChange(text, state.visual, submit, note);
  };
  submit.addEventListener('click', ask);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      ask();
    }
  });
  return element('div', { class: 'change' }, element('label', { for: 'change' }, 'Ask for a change'), element('div', { class: 'row' }, input, submit), note);
}

/** generate_visual with this spec as previousSpec, shown here; where the host cannot call tools, asked in the conversation. */
async function requestChange(text: string, visual: Visual, submit: HTMLButtonElement, note: HTMLElement): Promise<void> {
  submit.disabled = true;
  note.textContent = 'Drawing…';
  const askInChat = () => app.sendMessage({ role: 'user', content: [{ type: 'text', text: `Please change the Glimpse visual "${visual.title}": ${text}` }] });
  try {
    if (!app.getHostCapabilities()?.serverTools) {
      await askInChat();
      note.textContent = 'Asked in the conversation.';
      return;
    }
    const result = (await app.callServerTool({ name: 'generate_visual', arguments: { prompt: text, previousSpec: visual.spec } })) as ToolResult;
    show(result);
    if (!result.isError) {
      const context = `In the Glimpse view the user asked for a change ("${text}"). The visual is now:\n${textOf(result)}`;
      await app.updateModelContext({ content: [{ type: 'text', text: context }] }).catch(() => undefined);
    }
  } catch (error) {
    note.textContent = `Could not change it here (${(error as Error).message}); asking in the conversation.`;
    await askInChat().catch(() => undefined);
  } finally {
    submit.disabled = false;
  }
}

function show(result: ToolResult): void {
  const visual = visualOf(result);
  if (result.isError || !visual) return showError(result);
  const index = visual.slide !== undefined ? visual.slide - 1 : 0;
  state = { visual, slides: new Map(), index };
  const inline = inlinePicture(result);
  if (inline) state.slides.set(index, inline);
  const picture = element('img', { alt: visual.alt, width: String(visual.width), height: String(visual.height), id: 'picture' });
  if (inline) picture.src = inline;
  const stage = element('div', { class: 'stage' }, picture);
  // The server's full-size PNG, where the host's CSP lets the view load it; the inline one (maybe scaled down) until then.
  const full = visual.deck ? visual.deck.slides[index] : visual.url;
  if (full && /^https?:/.test(full)) void loadPicture(full).then((source) => { if (state?.visual === visual && state.index === index) picture.src = source; }, () => undefined);
  else if (!inline) void slideSource(index).then((source) => (picture.src = source), () => undefined);
  const size = `${kindName(visual.kind)} · ${visual.width}×${visual.height}${visual.deck ? ` · ${visual.deck.slides.length} slides` : ''}`;
  const figure = element('figure', {}, stage, visual.deck ? deckNav(visual, picture, stage) : undefined, element('figcaption', {}, visual.alt));
  const notes = [visual.hint, visual.export ? `${visual.export.name}: ${visual.export.bytes.toLocaleString()} bytes${visual.export.savedTo ? `, saved to ${visual.export.savedTo}` : ''}` : undefined].filter(Boolean) as string[];
  root.replaceChildren(element('header', {}, element('h1', {}, visual.title), element('span', { class: 'meta' }, size)), figure, downloads(visual), ...notes.map((text) => element('p', { class: 'note' }, text)), changeForm());
}

function applyContext(context: McpUiHostContext | undefined): void {
  if (!context) return;
  if (context.theme) applyDocumentTheme(context.theme);
  if (context.styles?.variables) applyHostStyleVariables(context.styles.variables);
  if (context.styles?.css?.fonts) applyHostFonts(context.styles.css.fonts);
}

app.ontoolinput = (params) => {
  const prompt = typeof params.arguments?.prompt === 'string' ? `: “${params.arguments.prompt.slice(0, 160)}”` : '';
  if (!state) root.replaceChildren(status(`Drawing${prompt}…`, true));
};
app.ontoolresult = (result) => show(result as ToolResult);
app.ontoolcancelled = () => {
  if (!state) root.replaceChildren(status('Cancelled.'));
};
app.onhostcontextchanged = (context) => applyContext(context);
app.connect().then(() => applyContext(app.getHostContext()), (error: unknown) => root.replaceChildren(status(`Could not connect to the host: ${(error as Error).message}`)));
