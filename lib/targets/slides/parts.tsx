import type { CSSProperties, ReactNode } from 'react';
import { BULLET, TITLE, type BulletItem, type TextBox } from './geometry';
import type { DeckTheme } from './look';
import { isRough, roughHost, RoughLayer } from '@/lib/targets/shared/rough';

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

/** A bullet list; `roughKey` (the list's spec path) draws the dots by hand in the sketch look. */
export function Bullets({ items, theme, width, size, roughKey }: { items: BulletItem[]; theme: DeckTheme; width: number; size: number; roughKey?: string }) {
  const rough = roughKey !== undefined && isRough(theme.tokens);
  const dot = (level: number, key: string) => {
    const box = { width: level ? size * 0.3 : size * 0.38, height: level ? size * 0.3 : size * 0.38, marginTop: size * 0.5, flexShrink: 0 };
    const color = level ? theme.textMuted : theme.primary;
    return rough ? (
      <Box style={{ ...box, ...roughHost }}>
        <RoughLayer mark={{ shape: 'ellipse', key: `${roughKey}.${key}`, stroke: color, strokeWidth: 1.6, fill: color, fillStyle: 'solid', roughness: 2 }} />
      </Box>
    ) : (
      <Box style={{ ...box, borderRadius: size, backgroundColor: color }} />
    );
  };
  return (
    <Box style={{ flexDirection: 'column', gap: size * BULLET.itemGap, width }}>
      {items.map((item, index) => {
        const text = typeof item === 'string' ? item : item.text;
        const sub = typeof item === 'string' ? [] : item.sub;
        return (
          <Box key={index} style={{ flexDirection: 'column', gap: size * BULLET.subGap }}>
            <Box style={{ gap: size * 0.6 }}>
              {dot(0, String(index))}
              <Box style={{ width: width - size * BULLET.textIndent, fontSize: size, lineHeight: BULLET.lineHeight, color: theme.text }}>{text}</Box>
            </Box>
            {sub.map((line, subIndex) => (
              <Box key={subIndex} style={{ gap: size * 0.5, paddingLeft: size * 1.2 }}>
                {dot(1, `${index}.sub.${subIndex}`)}
                <Box style={{ width: width - size * BULLET.subIndent, fontSize: size * BULLET.subScale, lineHeight: BULLET.lineHeight, color: theme.textMuted }}>{line}</Box>
              </Box>
            ))}
          </Box>
        );
      })}
    </Box>
  );
}
