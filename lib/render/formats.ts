/**
 * Output formats of /api/render, their media types and file extensions — the one table.
 * `reads` names the render options a format's bytes depend on: `renderHash` keys on exactly
 * those (an option a format ignores must not split the cache; one it reads must).
 */
export const FORMATS = {
  png: { contentType: 'image/png', image: true, reads: { scale: true, page: true } },
  webp: { contentType: 'image/webp', image: true, reads: { scale: true, page: true } },
  svg: { contentType: 'image/svg+xml', image: true, reads: { scale: false, page: true } },
  pdf: { contentType: 'application/pdf', image: false, reads: { scale: false, page: false } },
  csv: { contentType: 'text/csv', image: false, reads: { scale: false, page: false } },
  pptx: { contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', image: false, reads: { scale: false, page: false } },
  zip: { contentType: 'application/zip', image: false, reads: { scale: true, page: false } },
  excalidraw: { contentType: 'application/vnd.excalidraw+json', image: false, reads: { scale: false, page: false } },
  json: { contentType: 'application/json', image: false, reads: { scale: false, page: false } },
} as const;

export type Format = keyof typeof FORMATS;
export type FileFormat = Exclude<Format, 'json'>;
export const FORMAT_NAMES = Object.keys(FORMATS) as [Format, ...Format[]];
/** Formats every visual has (csv only exists for visuals with data behind them). */
export const VISUAL_FORMATS = ['png', 'webp', 'svg', 'pdf'] as const satisfies readonly FileFormat[];

export function isFormat(value: string): value is Format {
  return Object.hasOwn(FORMATS, value);
}
