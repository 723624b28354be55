import type { CSSProperties, ReactNode } from 'react';
import type { RenderContext } from '@/lib/targets/define-target';
import { tint } from '@/lib/render/theme';

/** Props every section component receives. */
export interface SectionProps<S> {
  section: S;
  context: RenderContext;
  /** Inner width available to the section's content, in px. */
  contentWidth: number;
  /** Position among the sections, so accents rotate through the palette. */
  index: number;
}

export const GAP = 24;
export const CARD_PADDING = 28;

export function accent(context: RenderContext, index: number): string {
  const { accents } = context.theme;
  return accents[index % accents.length] ?? context.theme.primary;
}

/** Column widths for an n-column grid inside `width` with `gap` between columns. */
export function columnWidth(width: number, columns: number, gap = GAP): number {
  return Math.floor((width - gap * (columns - 1)) / columns);
}

/** Columns for `count` items with at most `max` per row, balanced so the last row is not left nearly empty. */
export function balancedColumns(count: number, max: number): number {
  const columns = Math.max(1, Math.min(count, max));
  const rows = Math.ceil(count / columns);
  return Math.ceil(count / rows);
}

export function Row({ children, gap = GAP, style }: { children: ReactNode; gap?: number; style?: CSSProperties }) {
  return <div style={{ display: 'flex', flexDirection: 'row', flexWrap: 'wrap', boxSizing: 'border-box', gap, ...style }}>{children}</div>;
}

export function Column({ children, gap = 0, style }: { children: ReactNode; gap?: number; style?: CSSProperties }) {
  return <div style={{ display: 'flex', flexDirection: 'column', boxSizing: 'border-box', gap, ...style }}>{children}</div>;
}

export function Text({ children, size, weight = 400, color, style }: { children: ReactNode; size: number; weight?: number; color: string; style?: CSSProperties }) {
  return (
    <div style={{ display: 'flex', boxSizing: 'border-box', fontSize: size, fontWeight: weight, color, lineHeight: 1.4, ...style }}>{children}</div>
  );
}

export function Icon({ name, color, size, context }: { name: string; color: string; size: number; context: RenderContext }) {
  // eslint-disable-next-line @next/next/no-img-element -- satori draws <img>, not next/image
  return <img src={context.icon(name, color)} width={size} height={size} alt="" style={{ width: size, height: size }} />;
}

/** An icon centred in a soft tinted square. */
export function IconBadge({ name, color, size, context }: { name: string; color: string; size: number; context: RenderContext }) {
  return (
    <div
      style={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        width: size,
        height: size,
        flexShrink: 0,
        borderRadius: size * 0.28,
        backgroundColor: tint(context.theme, color, 0.14),
      }}
    >
      <Icon name={name} color={color} size={Math.round(size * 0.55)} context={context} />
    </div>
  );
}

/** A circle with a number or short text in it. */
export function Badge({ label, color, size, textColor }: { label: string; color: string; size: number; textColor: string }) {
  return (
    <div
      style={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        width: size,
        height: size,
        flexShrink: 0,
        borderRadius: size / 2,
        backgroundColor: color,
        color: textColor,
        fontSize: Math.round(size * 0.42),
        fontWeight: 700,
      }}
    >
      {label}
    </div>
  );
}

/** The card every section sits in: surface fill, rounded, optional heading with an accent tick. */
export function SectionCard({ title, color, context, children, style }: { title?: string; color: string; context: RenderContext; children: ReactNode; style?: CSSProperties }) {
  const { theme } = context;
  return (
    <div
      style={{
        display: 'flex',
        flexDirection: 'column',
        flexGrow: 1,
        boxSizing: 'border-box',
        padding: CARD_PADDING,
        borderRadius: 20,
        backgroundColor: theme.surface,
        border: `1px solid ${theme.border}`,
        gap: 20,
        ...style,
      }}
    >
      {title ? (
        <div style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
          <div style={{ display: 'flex', width: 6, height: 26, borderRadius: 3, backgroundColor: color, flexShrink: 0 }} />
          <Text size={26} weight={700} color={theme.text} style={{ lineHeight: 1.25, textWrap: 'balance' }}>
            {title}
          </Text>
        </div>
      ) : null}
      {children}
    </div>
  );
}
