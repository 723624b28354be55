import type { CSSProperties, ReactNode } from 'react';
import type { RenderContext } from '@/lib/targets/define-target';
import { tint } from '@/lib/render/theme';
import { isRough, roughHost, RoughLayer } from '@/lib/targets/shared/rough';
export { RoughRule } from '@/lib/targets/shared/rough';

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

/** An icon centred in a soft tinted square (drawn by hand when `roughKey` is given). */
export function IconBadge({ name, color, size, context, roughKey }: { name: string; color: string; size: number; context: RenderContext; roughKey?: string }) {
  const rough = roughKey !== undefined && isRough(context.look);
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
        ...(rough ? roughHost : { backgroundColor: tint(context.theme, color, 0.14) }),
      }}
    >
      {rough ? <RoughLayer mark={{ shape: 'rect', key: roughKey, stroke: tint(context.theme, color, 0.7), strokeWidth: 1.5, radius: size * 0.2, fill: tint(context.theme, color, 0.16), fillStyle: 'solid' }} /> : null}
      <Icon name={name} color={color} size={Math.round(size * 0.55)} context={context} />
    </div>
  );
}

/** A circle with a number or short text in it (drawn by hand when `roughKey` is given). */
export function Badge({ label, color, size, textColor, roughKey }: { label: string; color: string; size: number; textColor: string; roughKey?: string }) {
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
        color: textColor,
        fontSize: Math.round(size * 0.42),
        fontWeight: 700,
        ...(roughKey === undefined ? { backgroundColor: color } : roughHost),
      }}
    >
      {roughKey === undefined ? null : <RoughLayer mark={{ shape: 'ellipse', key: roughKey, stroke: color, strokeWidth: 2, fill: color, fillStyle: 'solid', roughness: 1.2 }} />}
      {label}
    </div>
  );
}

/** The card every section sits in, styled by the look: soft surface, a rule above, a filled tint or a drawn outline; the heading shows its accent as the look says. `path` (the section's) seeds hand-drawn strokes. */
export function SectionCard({ title, color, context, children, style, path = 'card' }: { title?: string; color: string; context: RenderContext; children: ReactNode; style?: CSSProperties; path?: string }) {
  const { theme, look } = context;
  const rough = isRough(look);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, boxSizing: 'border-box', padding: CARD_PADDING, gap: 20, ...cardStyle(context, color), ...style }}>
      {rough ? <RoughLayer mark={{ shape: 'rect', key: path, stroke: tint(theme, theme.text, 0.6), strokeWidth: 1.7, radius: look.radius.card, roughness: 1.1 }} /> : null}
      {title ? (
        <div style={{ display: 'flex', flexDirection: look.accent === 'underline' ? 'column' : 'row', alignItems: look.accent === 'underline' ? 'flex-start' : 'center', gap: look.accent === 'underline' ? 6 : 12 }}>
          {look.accent === 'tick' || look.accent === 'block' ? <div style={{ display: 'flex', width: look.accent === 'block' ? 14 : 6, height: 26, borderRadius: look.accent === 'block' ? 2 : 3, backgroundColor: color, flexShrink: 0 }} /> : null}
          <Text size={look.type.headingSize} weight={look.type.headingWeight} color={theme.text} style={{ lineHeight: 1.25, textWrap: 'balance' }}>
            {title}
          </Text>
          {look.accent === 'underline' ? (
            rough ? (
              <div style={{ display: 'flex', width: 96, height: 8, ...roughHost }}>
                <RoughLayer mark={{ shape: 'line', key: `${path}.title`, stroke: color, strokeWidth: 3.2, roughness: 1.4, bowing: 2.5 }} />
              </div>
            ) : (
              <div style={{ display: 'flex', width: 64, height: 4, borderRadius: 2, backgroundColor: color }} />
            )
          ) : null}
        </div>
      ) : null}
      {children}
    </div>
  );
}

/** Horizontal space a card's box takes from its width (padding and borders) in the look's card style. */
export function cardInset(context: RenderContext): number {
  const { look } = context;
  if (look.card === 'ruled') return 0;
  if (look.card === 'filled' || isRough(look)) return CARD_PADDING * 2;
  return CARD_PADDING * 2 + 2 * look.border.width;
}

/** The box of a section card in the look's card style (lib/looks/tokens.ts). */
export function cardStyle(context: RenderContext, color: string): CSSProperties {
  const { theme, look } = context;
  // Drawn by its RoughLayer: no CSS box.
  if (isRough(look)) return { borderRadius: look.radius.card, ...roughHost };
  switch (look.card) {
    case 'ruled':
      return { borderRadius: 0, backgroundColor: theme.background, borderTop: `2px solid ${theme.text}`, paddingLeft: 0, paddingRight: 0 };
    case 'filled':
      return { borderRadius: look.radius.card, backgroundColor: tint(theme, color, 0.1) };
    case 'outline':
      return { borderRadius: look.radius.card, backgroundColor: theme.background, border: `${look.border.width}px ${look.border.style} ${tint(theme, theme.text, 0.45)}` };
    default:
      return { borderRadius: look.radius.card, backgroundColor: theme.surface, border: `${look.border.width}px solid ${theme.border}` };
  }
}
