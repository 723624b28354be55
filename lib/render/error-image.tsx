import type { GlimpseError } from '@/lib/errors';
import { elementToSvg } from './satori';
import { planFonts } from './fonts';
import { rasterize } from './rasterize';
import { withAccessibleText } from './svg-meta';

const WIDTH = 800;
const MAX_SHOWN_ISSUES = 4;

/** Kroki-style: when an <img> asked, the error comes back as a picture that says what went wrong. */
export async function errorImage(error: Pick<GlimpseError, 'code' | 'message' | 'issues'>, status: number, format: 'png' | 'webp' | 'svg'): Promise<Buffer> {
  const issues = error.issues.slice(0, MAX_SHOWN_ISSUES);
  const lines = issues.map((issue) => `${issue.path.length ? issue.path.join('.') : '(spec)'}: ${issue.message}`);
  const text = [error.message, ...lines].join('\n');
  const element = (
    <div style={{ display: 'flex', flexDirection: 'column', width: WIDTH, padding: 32, gap: 14, boxSizing: 'border-box', backgroundColor: '#FEF2F2', border: '4px solid #DC2626', fontFamily: planFonts(text).fontFamily, color: '#7F1D1D', wordBreak: 'break-word' }}>
      <div style={{ display: 'flex', fontSize: 28, fontWeight: 800, color: '#B91C1C' }}>{`Glimpse could not draw this (${status} ${error.code})`}</div>
      <div style={{ display: 'flex', fontSize: 20, fontWeight: 600 }}>{error.message}</div>
      {lines.map((line, index) => (
        <div key={index} style={{ display: 'flex', fontSize: 17, padding: '6px 12px', borderRadius: 8, backgroundColor: '#FEE2E2' }}>
          {line}
        </div>
      ))}
      {error.issues.length > MAX_SHOWN_ISSUES ? (
        <div style={{ display: 'flex', fontSize: 16 }}>{`… and ${error.issues.length - MAX_SHOWN_ISSUES} more`}</div>
      ) : null}
    </div>
  );
  const svg = withAccessibleText(await elementToSvg(element, { width: WIDTH, text }), `Error ${status}`, text);
  return format === 'svg' ? Buffer.from(svg) : rasterize(svg, { format, scale: 1 });
}
