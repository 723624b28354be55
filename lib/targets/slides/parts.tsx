import type { CSSProperties, ReactNode } from 'react';
import { BULLET, TITLE, type BulletItem, type TextBox } from './geometry';
import type { DeckTheme } from './look';

export function Box({ children, style }: { children?: ReactNode; style?: CSSProperties }) {
  return <div style={{ display: 'flex', boxSizing: 'border-box', ...style }}>{children}</div>;
}

/** A slide title set in `box` (from `titleBlock`). */
/** A slide title; `weight` (the look's, never above TITLE.weight, which the fitting measured) makes it lighter. */
export function SlideTitle({ text, box, color, weight = TITLE.weight }: { text: string; box: TextBox; color: string; weight?: number }) {
  return (
    <Box style={{ width: box.w, fontSize: box.size, fontWeight: Math.min(weight, TITLE.weight), lineHeight: TITLE.lineHeight, letterSpacing: TITLE.letterSpacing, textWrap: 'balance', color }}>{text}</Box>
  );
}

export function Bullets({ items, theme, width, size }: { items: BulletItem[]; theme: DeckTheme; width: number; size: number }) {
  const dot = (level: number) => (
    <Box style={{ width: level ? size * 0.3 : size * 0.38, height: level ? size * 0.3 : size * 0.38, marginTop: size * 0.5, borderRadius: size, backgroundColor: level ? theme.textMuted : theme.primary, flexShrink: 0 }} />
  );
  return (
    <Box style={{ flexDirection: 'column', gap: size * BULLET.itemGap, width }}>
      {items.map((item, index) => {
        const text = typeof item === 'string' ? item : item.text;
        const sub = typeof item === 'string' ? [] : item.sub;
        return (
          <Box key={index} style={{ flexDirection: 'column', gap: size * BULLET.subGap }}>
            <Box style={{ gap: size * 0.6 }}>
              {dot(0)}
              <Box style={{ width: width - size * BULLET.textIndent, fontSize: size, lineHeight: BULLET.lineHeight, color: theme.text }}>{text}</Box>
            </Box>
            {sub.map((line, subIndex) => (
              <Box key={subIndex} style={{ gap: size * 0.5, paddingLeft: size * 1.2 }}>
                {dot(1)}
                <Box style={{ width: width - size * BULLET.subIndent, fontSize: size * BULLET.subScale, lineHeight: BULLET.lineHeight, color: theme.textMuted }}>{line}</Box>
              </Box>
            ))}
          </Box>
        );
      })}
    </Box>
  );
}
