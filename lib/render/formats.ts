/** Output formats of /api/render, their media types and file extensions — the one table. */
export const FORMATS = {
  png: { contentType: 'image/png', image: true },
  webp: { contentType: 'image/webp', image: true },
  svg: { contentType: 'image/svg+xml', image: true },
  pdf: { contentType: 'application/pdf', image: false },
  csv: { contentType: 'text/csv', image: false },
  pptx: { contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', image: false },
  zip: { contentType: 'application/zip', image: false },
  excalidraw: { contentType: 'application/vnd.excalidraw+json', image: false },
  json: { contentType: 'application/json', image: false },
} as const;

export type Format = keyof typeof FORMATS;
export type FileFormat = Exclude<Format, 'json'>;
export const FORMAT_NAMES = Object.keys(FORMATS) as [Format, ...Format[]];
export const FILE_FORMATS = FORMAT_NAMES.filter((format): format is FileFormat => format !== 'json');
/** Formats every visual has (csv only exists for visuals with data behind them). */
export const VISUAL_FORMATS = ['png', 'webp', 'svg', 'pdf'] as const satisfies readonly FileFormat[];

export function isFormat(value: string): value is Format {
  return Object.hasOwn(FORMATS, value);
}
