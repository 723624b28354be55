import type { CSSProperties } from 'react';
import type { LookTokens } from '@/lib/looks/tokens';
import { roughMark, type RoughMark } from '@/lib/render/rough-marks';

/**
 * A box's hand-drawn shape (lib/render/rough-marks.ts): stretched over its parent and painted under
 * the parent's content. The parent must be `roughHost` (a stacking context, so the strokes sit
 * above its background and below its text).
 */
export function RoughLayer({ mark }: { mark: RoughMark }) {
  // eslint-disable-next-line @next/next/no-img-element -- satori draws <img>; the post-pass turns it into strokes
  return <img src={roughMark(mark)} alt="" style={{ position: 'absolute', left: 0, top: 0, width: '100%', height: '100%', zIndex: -1 }} />;
}

/** The style of a box that holds a RoughLayer. */
export const roughHost: CSSProperties = { position: 'relative', zIndex: 0 };

/** Whether the look draws its boxes and lines by hand. */
export const isRough = (look: LookTokens) => look.strokes === 'rough';

/** A line drawn by hand through the middle of its box, along its longer side: `style` places and sizes the box; `inset` keeps a thick line's round ends inside it. */
export function RoughRule({ color, strokeWidth, roughKey, style, inset }: { color: string; strokeWidth: number; roughKey: string; style: CSSProperties; inset?: number }) {
  return (
    <div style={{ display: 'flex', ...roughHost, ...style }}>
      <RoughLayer mark={{ shape: 'line', key: roughKey, stroke: color, strokeWidth, roughness: 1.2, ...(inset ? { inset } : {}) }} />
    </div>
  );
}
