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
/**
 * Deepest nesting of arrays and objects in any JSON Glimpse reads (request bodies, `?spec=`),
 * checked on the text before parsing. Over it: 400 `invalid_json`. Real specs nest under 20 deep;
 * without a bound, 60,000 levels overflow the stack of whatever walks the value next.
 */
export const MAX_JSON_DEPTH = 64;
/** Image URLs the HTTP fast path remembers (their render hash and headers; the bytes stay in the memory cache). */
export const MAX_FAST_PATH_URLS = 10_000;
/** Clients (API keys or IP addresses) each rate limiter remembers; the least recently seen are forgotten first. */
export const MAX_RATE_LIMIT_CLIENTS = 10_000;

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
/** A line of small print (characters): footers, slide bullets and step details, sticky notes. */
export const MAX_LINE_CHARS = MAX_LABEL_CHARS * 2;
/** A number written as text (characters): "42%", "$1.2M", "+12% YoY" — stat values and deltas, funnel values. */
export const MAX_VALUE_CHARS = 24;
/** A date or step label (characters): "Q3 2024", "Mar 12", "Step 1". */
export const MAX_DATE_CHARS = 40;
/** An icon name (characters), e.g. "lucide:chart-line". */
export const MAX_ICON_NAME_CHARS = 64;
/** Structure sizes. */
export const MAX_SECTIONS = 24;
export const MAX_ITEMS = 12;

/** Stored specs: how many characters an id has (base62 of a sha256 prefix). */
export const SPEC_ID_CHARS = 22;

/** Charts: most data rows (compact `data`/`columns` or inline Vega-Lite values). Over it: 413 `too_large`. */
export const MAX_CHART_ROWS = 5000;
/** Charts: most views a Vega-Lite spec draws (repeat cells × inner views, concat and layer children). Over it: 413 `too_large`. */
export const MAX_CHART_VIEWS = 64;
/** Charts: most fields per data row. */
export const MAX_CHART_FIELDS = 32;
/** Charts: longest field name (characters), in rows, columns and the x/y/series/… field options. */
export const MAX_FIELD_NAME_CHARS = 64;
/** Charts: most reference lines / highlighted points. */
export const MAX_ANNOTATIONS = 10;
/** Charts: most series colours in `colors`. */
export const MAX_CHART_COLORS = 12;
/** Charts: histogram `bins` bounds. */
export const MIN_HISTOGRAM_BINS = 2;
export const MAX_HISTOGRAM_BINS = 100;
/** Charts: most digits after the decimal point in `format.decimals`. */
export const MAX_FORMAT_DECIMALS = 6;
/** Charts: smallest plot area (CSS px) a fixed `height` must leave below the title. Less: 422 `content_overflow`. */
export const MIN_CHART_HEIGHT = 160;

/** /api/generate: longest prompt (characters). */
export const MAX_PROMPT_CHARS = 20_000;
/** /api/generate: longest pasted data (characters of CSV/JSON text). */
export const MAX_DATA_CHARS = 200_000;
/** Chat: longest message (characters): a prompt plus pasted or dropped data. */
export const MAX_CHAT_MESSAGE_CHARS = MAX_PROMPT_CHARS + MAX_DATA_CHARS;
/** Chat: most messages in one conversation (questions and answers). Past it: 413 `too_large`. */
export const MAX_CONVERSATION_MESSAGES = 200;
/** Chat: conversation and share id lengths (characters, URL-safe; the browser makes conversation ids). */
export const MIN_CONVERSATION_ID_CHARS = 8;
export const MAX_CONVERSATION_ID_CHARS = 64;
/** Chat: longest message id (characters) the browser may send, and most text parts in one message. */
export const MAX_MESSAGE_ID_CHARS = 100;
export const MAX_MESSAGE_PARTS = 8;
/** Chat: most conversations listed in the sidebar (newest first). */
export const MAX_LISTED_CONVERSATIONS = 50;
/** Chat: longest reply in words the model's router may give instead of a visual (characters); longer → it draws. */
export const MAX_TEXT_REPLY_CHARS = 2000;
/** Chat: longest conversation title (characters, from the first question). */
export const MAX_CONVERSATION_TITLE_CHARS = 80;
/** Owners: lifetime of the anonymous owner cookie (seconds; 400 days, the most browsers keep), renewed on every chat page view. */
export const OWNER_COOKIE_MAX_AGE_SECONDS = 400 * 24 * 60 * 60;

/** Model repair rounds after an invalid spec before falling back to the offline planner. */
export const MAX_REPAIR_ATTEMPTS = 2;
/** Edits: most operations in one JSON Patch a model may answer an edit or a repair with; more → the reply is read as not a patch, and the whole spec is asked for. */
export const MAX_PATCH_OPERATIONS = 100;
/** Chat: most versions one visual keeps (follow-up edits and hand edits); one more drops the oldest but the first, the original answer. */
export const MAX_VISUAL_VERSIONS = 20;

/** Slides: most slides in a deck. */
export const MAX_SLIDES = 50;
/** Slides: largest logo/picture data URI payload (bytes, decoded). */
export const MAX_LOGO_BYTES = 200 * 1024;
/**
 * Pictures (logo, slide image): most pixels a PNG/JPEG may declare (width × height, read from its
 * header before decoding; libvips' `limitInputPixels` holds it again while decoding). Over it: 413.
 */
export const MAX_PICTURE_INPUT_PIXELS = 4096 * 4096;
/** SVG pictures: most elements, counting every `<use>` expanded. Over it: 400. */
export const MAX_PICTURE_SVG_ELEMENTS = 5000;
/** SVG pictures: deepest element nesting. Over it: 400. */
export const MAX_PICTURE_SVG_DEPTH = 32;
/** Pictures are re-encoded at most at this many pixels per CSS px of their box (never enlarged). */
export const PICTURE_DENSITY = 2;
/** Re-encoded pictures each render worker keeps, by content hash (bytes). */
export const MAX_PICTURE_CACHE_BYTES = 16 * 1024 * 1024;
/** Slides: most bullets on a slide (or in a column), and most nested bullets under one bullet. */
export const MAX_BULLETS = 8;
export const MAX_SUB_BULLETS = 5;
/** Slides: longest subtitle on a title or section slide (characters). */
export const MAX_SLIDE_SUBTITLE_CHARS = MAX_TEXT_CHARS / 4;
/** Slides: longest speaker notes per slide (characters). */
export const MAX_SPEAKER_NOTES_CHARS = MAX_TEXT_CHARS * 4;
/** Slides: most big numbers on a stats slide, and the longest number (characters; slide type is bigger than an infographic's). */
export const MAX_SLIDE_STATS = 6;
export const MAX_SLIDE_VALUE_CHARS = 16;
/** Slides: table bounds (columns include the row-heading column). */
export const MIN_TABLE_COLUMNS = 2;
export const MAX_TABLE_COLUMNS = 5;
export const MAX_TABLE_ROWS = 8;
/** Slides: steps on a timeline/process slide. */
export const MIN_TIMELINE_STEPS = 2;
export const MAX_TIMELINE_STEPS = 6;

/** Whiteboards: most nodes, edges, groups and sticky notes. */
export const MAX_NODES = 60;
export const MAX_EDGES = 120;
export const MAX_GROUPS = 12;
export const MAX_NOTES = 8;
/** Whiteboards: longest node or group id (characters of letters, digits, "-" and "_"). */
export const MAX_WHITEBOARD_ID_CHARS = 40;
/** Whiteboards: longest edge label (characters). */
export const MAX_EDGE_LABEL_CHARS = MAX_LABEL_CHARS / 2;

/** Mermaid: longest diagram source (characters). */
export const MAX_MERMAID_CHARS = 20_000;
/** Mermaid: most renders waiting for a page before new ones are refused with 503. */
export const MAX_MERMAID_QUEUE = 100;

/**
 * Renders: most requests waiting for a render worker beyond the ones being drawn (one per worker).
 * Past it: 503 `unavailable` with `Retry-After` — the queue sheds load instead of growing, and the
 * wait in it counts against GLIMPSE_RENDER_TIMEOUT_MS.
 */
export const MAX_RENDER_QUEUE = 64;
/**
 * Renders: longest expected wait (ms) in the queue before a new render is refused with 503. The
 * wait is estimated from how long recent renders took (waiting renders × their average ÷ workers),
 * so a queue of slow renders sheds sooner than one of quick cards. Half the default render
 * deadline: a render expected to wait longer would likely end in a 504 anyway. (2 s met issue
 * 13's p99 target under a 100-client flood, but refused a browser loading a page of images.)
 */
export const MAX_RENDER_QUEUE_WAIT_MS = 15_000;
/**
 * Renders asked for by `POST /api/render`: longest expected wait (ms) before a 503. A program
 * calling the API can honour `Retry-After`, so under a flood it is told at once rather than queued
 * for seconds; an `<img>`, a download or a chat turn cannot retry, and waits up to
 * MAX_RENDER_QUEUE_WAIT_MS. 1.5 s, not 2: an admitted render waits about this long under a flood
 * (estimates are averages; a deck slide with a chart takes longer than one of bullets), and at
 * 2 s the 100-client flood's p99 came to 3.0–3.4 s, over issue 13's 3 s.
 */
export const MAX_API_QUEUE_WAIT_MS = 1_500;
/**
 * Renders: the least `Retry-After` (seconds) sent with a 503 when the render queue is full. The
 * header says how long the queue is expected to take to drain, in whole seconds, between this and
 * MAX_RENDER_RETRY_AFTER_SECONDS: a polite client that honours it does not come back into a queue
 * it would be refused from again.
 */
export const RENDER_RETRY_AFTER_SECONDS = 2;
/** Renders: the most `Retry-After` (seconds) a 503 from the render queue asks a client to wait. */
export const MAX_RENDER_RETRY_AFTER_SECONDS = 30;
/** Output cache: largest single output kept (bytes, in memory or on disk); bigger ones are re-rendered. */
export const MAX_CACHED_OUTPUT_BYTES = 32 * 1024 * 1024;

/**
 * Shared output cache (GLIMPSE_REDIS_URL): largest single output kept in Redis (bytes, body and
 * metadata); bigger ones stay in the node's own tiers. Redis answers one command at a time, and a
 * big value holds up every node's lookups while it is sent.
 */
export const MAX_SHARED_CACHE_ENTRY_BYTES = 8 * 1024 * 1024;
/** Cross-node single-flight: how long a node waits for another node's render of the same output (ms) before drawing it itself. */
export const SHARED_RENDER_WAIT_MS = 3000;
/** Cross-node single-flight: how often a waiting node looks for the other node's output (ms). */
export const SHARED_RENDER_POLL_MS = 25;
/** Redis: how long connecting may take (ms); a node without Redis uses its own cache and limits meanwhile. */
export const REDIS_CONNECT_TIMEOUT_MS = 500;
/** Redis: how long one command may take (ms) before it counts as a miss (cache) or falls back to the local limiter. */
export const REDIS_COMMAND_TIMEOUT_MS = 1000;
/** Redis: longest pause between reconnection attempts (ms) while it is away. */
export const REDIS_RECONNECT_MAX_MS = 2000;
/** PostgreSQL: how long getting a connection may take (ms); past it 503 `store_unavailable`. */
export const STORE_CONNECT_TIMEOUT_MS = 2000;
/** PostgreSQL: how long one query may take (ms); past it 503 `store_unavailable`. */
export const STORE_QUERY_TIMEOUT_MS = 5000;
/** The `Retry-After` (seconds) sent with a 503 `store_unavailable`. */
export const STORE_RETRY_AFTER_SECONDS = 5;

/** Longest `url` an oEmbed request may name (characters): our own URLs are far shorter. Over it: 400 `invalid_option`. */
export const MAX_OEMBED_URL_CHARS = 2048;
/** Widest `<iframe>` an oEmbed answer or an embed snippet proposes (CSS px); a consumer's `maxwidth` can only lower it. */
export const MAX_EMBED_WIDTH = 960;
/**
 * MCP: largest PNG a tool result carries inline (bytes, before base64). A bigger picture is drawn
 * again at a smaller scale until it fits (never below MIN_SCALE); the full-size file stays at its link.
 */
export const MAX_MCP_IMAGE_BYTES = 512 * 1024;
/** MCP over stdio: visuals one session keeps for its `glimpse://visuals/…` resources (least recently used forgotten). */
export const MAX_MCP_SESSION_VISUALS = 200;
