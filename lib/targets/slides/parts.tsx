import type { CSSProperties, ReactNode } from 'react';
import { measureText } from '@/lib/render/text-paths';
import type { DeckTheme } from './look';

export interface SlideFrameProps {
  width: number;
  height: number;
  theme: DeckTheme;
  fontFamily: string;
}

/** Scale factor against the 1280px-wide 16:9 reference slide. */
export const unit = (frame: SlideFrameProps) => Math.min(frame.width / 1280, frame.height / 720);

/** The largest title size (down to `min`) at which the title fits in `lines` lines of `width`; then it wraps. */
export function titleSize(text: string, width: number, base: number, min: number, lines = 2): number {
  let size = base;
  while (size > min && measureText(text, { size, weight: 800 }) > width * lines * 0.92) size -= 2;
  return size;
}

export function Box({ children, style }: { children?: ReactNode; style?: CSSProperties }) {
  return <div style={{ display: 'flex', boxSizing: 'border-box', ...style }}>{children}</div>;
}

export function SlideTitle({ text, frame, width, color }: { text: string; frame: SlideFrameProps; width: number; color?: string }) {
  const scale = unit(frame);
  const size = titleSize(text, width, Math.round(52 * scale), Math.round(32 * scale));
  return (
    <Box style={{ width, fontSize: size, fontWeight: 800, lineHeight: 1.15, letterSpacing: -0.5, color: color ?? frame.theme.text }}>{text}</Box>
  );
}

export type BulletInput = string | { text: string; sub: string[] };

export function Bullets({ items, frame, width, size }: { items: BulletInput[]; frame: SlideFrameProps; width: number; size: number }) {
  const { theme } = frame;
  const dot = (level: number) => (
    <Box style={{ width: level ? size * 0.3 : size * 0.38, height: level ? size * 0.3 : size * 0.38, marginTop: size * 0.5, borderRadius: size, backgroundColor: level ? theme.textMuted : theme.primary, flexShrink: 0 }} />
  );
  return (
    <Box style={{ flexDirection: 'column', gap: size * 0.55, width }}>
      {items.map((item, index) => {
        const text = typeof item === 'string' ? item : item.text;
        const sub = typeof item === 'string' ? [] : item.sub;
        return (
          <Box key={index} style={{ flexDirection: 'column', gap: size * 0.35 }}>
            <Box style={{ gap: size * 0.6 }}>
              {dot(0)}
              <Box style={{ width: width - size, fontSize: size, lineHeight: 1.35, color: theme.text }}>{text}</Box>
            </Box>
            {sub.map((line, subIndex) => (
              <Box key={subIndex} style={{ gap: size * 0.5, paddingLeft: size * 1.2 }}>
                {dot(1)}
                <Box style={{ width: width - size * 2.2, fontSize: size * 0.82, lineHeight: 1.35, color: theme.textMuted }}>{line}</Box>
              </Box>
            ))}
          </Box>
        );
      })}
    </Box>
  );
}
