/**
 * Every limit Glimpse enforces, in one place. Schemas, routes, docs and tests all read these
 * names; the README's "Limits" table mirrors this file.
 */

/** Largest request body accepted by POST endpoints (bytes). Over it: 413 `too_large`. */
export const MAX_BODY_BYTES = 256 * 1024;
/**
 * Longest `?spec=` query value for GET image URLs (characters). Over it: 413 `too_large`.
 * Kept under Node's 16 KiB request-header limit so our clear error, not a bare 431, answers.
 */
export const MAX_SPEC_PARAM_CHARS = 8 * 1024;

/** Canvas width bounds (CSS px, before `scale`). */
export const MIN_WIDTH = 320;
export const MAX_WIDTH = 4096;
/** Canvas height bounds (CSS px, before `scale`); auto height is capped by MAX_HEIGHT too. */
export const MIN_HEIGHT = 200;
export const MAX_HEIGHT = 8192;
/** HiDPI multiplier bounds for raster output. */
export const MIN_SCALE = 0.25;
export const MAX_SCALE = 4;
/** Largest raster output, in pixels (width × height × scale²). Over it: 413 `too_large`. */
export const MAX_OUTPUT_PIXELS = 40_000_000;

/** Text lengths (characters). */
export const MAX_TITLE_CHARS = 200;
export const MAX_LABEL_CHARS = 120;
export const MAX_TEXT_CHARS = 1000;
/** Structure sizes. */
export const MAX_SECTIONS = 24;
export const MAX_ITEMS = 12;

/** Stored specs: how many characters an id has (base62 of a sha256 prefix). */
export const SPEC_ID_CHARS = 22;

/** Charts: most data rows (compact `data`/`columns` or inline Vega-Lite values). Over it: 413 `too_large`. */
export const MAX_CHART_ROWS = 5000;
/** Charts: most fields per data row. */
export const MAX_CHART_FIELDS = 32;
/** Charts: most reference lines / highlighted points. */
export const MAX_ANNOTATIONS = 10;

/** /api/generate: longest prompt (characters). */
export const MAX_PROMPT_CHARS = 20_000;
/** /api/generate: longest pasted data (characters of CSV/JSON text). */
export const MAX_DATA_CHARS = 200_000;
/** Chat: longest message (characters): a prompt plus pasted or dropped data. */
export const MAX_CHAT_MESSAGE_CHARS = MAX_PROMPT_CHARS + MAX_DATA_CHARS;
/** Chat: most messages in one conversation (questions and answers). Past it: 413 `too_large`. */
export const MAX_CONVERSATION_MESSAGES = 200;
/** Chat: most conversations listed in the sidebar (newest first). */
export const MAX_LISTED_CONVERSATIONS = 50;
/** Chat: longest reply in words the model's router may give instead of a visual (characters); longer → it draws. */
export const MAX_TEXT_REPLY_CHARS = 2000;
/** Chat: longest conversation title (characters, from the first question). */
export const MAX_CONVERSATION_TITLE_CHARS = 80;

/** Model repair rounds after an invalid spec before falling back to the offline planner. */
export const MAX_REPAIR_ATTEMPTS = 2;

/** Slides: most slides in a deck. */
export const MAX_SLIDES = 50;
/** Slides: largest logo/picture data URI payload (bytes, decoded). */
export const MAX_LOGO_BYTES = 200 * 1024;

/** Whiteboards: most nodes, edges, groups and sticky notes. */
export const MAX_NODES = 60;
export const MAX_EDGES = 120;
export const MAX_GROUPS = 12;
export const MAX_NOTES = 8;

/** Mermaid: longest diagram source (characters). */
export const MAX_MERMAID_CHARS = 20_000;
/** Mermaid: most renders waiting for a page before new ones are refused with 503. */
export const MAX_MERMAID_QUEUE = 100;
