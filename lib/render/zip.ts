import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * Every zip entry is dated 2000-01-01 00:00 (local components, so the DOS date fields are the
 * same in any time zone): a zip is then a pure function of its files, as every render must be.
 */
const ENTRY_DATE = () => new Date(2000, 0, 1);
/** The document dates written into Office files (pptxgenjs stamps the time of the render). */
export const DOCUMENT_DATE = '2000-01-01T00:00:00Z';

/** Files → zip bytes with fixed entry dates. `level` 0 stores (PNGs are compressed already). */
export function zipFiles(files: Record<string, Uint8Array>, level: 0 | 6): Buffer {
  const mtime = ENTRY_DATE();
  const entries: Zippable = Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime, level }]]));
  return Buffer.from(zipSync(entries));
}

/** Re-packs an Office Open XML file (pptx) with fixed entry and document dates, entry order kept. */
export function repackOffice(bytes: Uint8Array): Buffer {
  const files = unzipSync(bytes);
  const core = files['docProps/core.xml'];
  if (core) {
    files['docProps/core.xml'] = strToU8(
      strFromU8(core).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${DOCUMENT_DATE}$2`),
    );
  }
  return zipFiles(files, 6);
}
