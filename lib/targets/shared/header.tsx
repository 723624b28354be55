import type { CSSProperties } from 'react';
import type { RenderContext } from '@/lib/targets/define-target';
import { measureText } from '@/lib/render/text-paths';
import { isRough, RoughRule } from './rough';

/** The root box of a single-canvas visual: themed, padded, as tall as `minHeight` or the content. */
export function canvasStyle(context: RenderContext, padding: number, minHeight: number | undefined): CSSProperties {
  return {
    display: 'flex',
    flexDirection: 'column',
    width: context.width,
    minHeight,
    padding,
    boxSizing: 'border-box',
    backgroundColor: context.theme.background,
    color: context.theme.text,
    fontFamily: context.fontFamily,
    wordBreak: 'break-word',
  };
}

/** A title longer than this many lines at its full size is set smaller, down to TITLE_MIN_SCALE of it. */
const TITLE_FULL_LINES = 2.5;
const TITLE_MIN_SCALE = 0.66;

/**
 * The title's size: full for a headline of a line or two; a long one (a 200-character question) is
 * set smaller so it does not fill a quarter of the canvas, as a designer would (never below 2/3).
 */
export function fittedTitleSize(title: string, size: number, weight: number, width: number, locale?: string): number {
  // The title's measure: the canvas less its padding (32 px a side on narrow canvases, about 56 on wide ones).
  const measure = width - (width < 700 ? 64 : 112);
  const lines = measureText(title, { size, weight, locale }) / Math.max(1, measure);
  if (lines <= TITLE_FULL_LINES) return size;
  return Math.round(Math.max(size * TITLE_MIN_SCALE, (size * TITLE_FULL_LINES) / lines));
}

/** Title block every target opens with: three accent ticks, the title, an optional subtitle. */
export function VisualHeader({ title, subtitle, context, marginBottom }: { title: string; subtitle?: string; context: RenderContext; marginBottom: number }) {
  const { theme, width, look } = context;
  const titleSize = fittedTitleSize(title, Math.round((width < 700 ? 38 : width < 1000 ? 46 : 54) * look.type.titleScale), look.type.titleWeight, width, context.locale);
  const accents = theme.accents.slice(0, 3);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 14, marginBottom }}>
      <div style={{ display: 'flex', gap: 8 }}>
        {accents.map((color, position) => {
          const tick = { width: position === 0 ? 56 : 14, height: look.accent === 'rule' ? 3 : look.fields ? 12 : 8 };
          // The sketch look draws the ticks by hand, as its other strokes.
          return isRough(look) ? (
            <RoughRule key={position} color={color} strokeWidth={tick.height} roughKey={`header.ticks.${position}`} style={tick} inset={tick.height / 2} />
          ) : (
            <div key={position} style={{ display: 'flex', ...tick, borderRadius: look.accent === 'rule' ? 0 : 4, backgroundColor: color }} />
          );
        })}
      </div>
      <div style={{ display: 'flex', fontSize: titleSize, fontWeight: look.type.titleWeight, color: theme.text, lineHeight: 1.12, letterSpacing: look.type.titleTracking, textWrap: 'balance' }}>{title}</div>
      {subtitle ? <div style={{ display: 'flex', fontSize: width < 700 ? 20 : 24, color: theme.textMuted, lineHeight: 1.4 }}>{subtitle}</div> : null}
    </div>
  );
}

/** Small print at the bottom (source, credit), pushed down when the canvas is taller than the content. */
export function VisualFooter({ lines, context, contentWidth }: { lines: string[]; context: RenderContext; contentWidth: number }) {
  if (lines.length === 0) return null;
  const { theme } = context;
  const rough = isRough(context.look);
  // The sketch look draws the rule above the small print by hand, in the 1 px the clean rule takes.
  return (
    <div style={{ display: 'flex', flexGrow: 1, alignItems: 'flex-end' }}>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 4, width: contentWidth, marginTop: 32, paddingTop: 16, borderTop: `1px solid ${rough ? 'transparent' : theme.border}`, fontSize: 16, color: theme.textMuted, lineHeight: 1.4, position: 'relative' }}>
        {rough ? <RoughRule color={theme.border} strokeWidth={1.4} roughKey="footer.rule" style={{ position: 'absolute', left: 0, top: -4, width: contentWidth, height: 6 }} /> : null}
        {lines.map((line, index) => (
          <div key={index} style={{ display: 'flex' }}>
            {line}
          </div>
        ))}
      </div>
    </div>
  );
}
