import type { Section } from '../schema';
import { measureText } from '@/lib/render/text-paths';
import { Column, RoughRule, Text, type SectionProps } from '../ui';
import { tint } from '@/lib/render/theme';
import { isRough, roughHost, RoughLayer } from '@/lib/targets/shared/rough';

type KeyValueSection = Extract<Section, { type: 'key-value' }>;

const KEY_SIZE = 18;
const MIN_KEY_WIDTH = 72;

export function KeyValue({ section, context, contentWidth, index }: SectionProps<KeyValueSection>) {
  const { theme } = context;
  // The key column is as wide as its longest key (plus the gap), at most 38% of the table: short keys
  // ("1", "Week 7") leave no wide empty stripe between key and value.
  const longestKey = Math.max(...section.rows.map((row) => measureText(row.key, { size: KEY_SIZE, weight: 600, locale: context.locale })));
  const keyWidth = Math.round(Math.min(contentWidth * 0.38, Math.max(MIN_KEY_WIDTH, longestKey + 18 + 8)));
  const rough = isRough(context.look);
  // By hand: an outline and a rule between rows, no stripes (the strokes' overshoot is not clipped).
  return (
    <Column style={rough ? { borderRadius: 14, ...roughHost } : { borderRadius: 14, overflow: 'hidden', border: `1px solid ${theme.border}` }}>
      {rough ? <RoughLayer mark={{ shape: 'rect', key: `sections.${index}`, stroke: tint(theme, theme.text, 0.45), strokeWidth: 1.5, radius: 8 }} /> : null}
      {section.rows.map((row, rowIndex) => (
        <div
          key={rowIndex}
          style={{
            display: 'flex',
            gap: 16,
            padding: '14px 18px',
            ...(rough
              ? { position: 'relative' }
              : { backgroundColor: rowIndex % 2 === 0 ? theme.background : theme.surfaceStrong, borderTop: rowIndex === 0 ? 'none' : `1px solid ${theme.border}` }),
          }}
        >
          {rough && rowIndex > 0 ? <RoughRule color={tint(theme, theme.text, 0.25)} strokeWidth={1.3} roughKey={`sections.${index}.rows.${rowIndex}`} style={{ position: 'absolute', left: 10, top: -3, width: contentWidth - 20, height: 6 }} /> : null}
          <Text size={KEY_SIZE} weight={600} color={theme.textMuted} style={{ width: keyWidth - 18, flexShrink: 0 }}>
            {row.key}
          </Text>
          <Text size={18} weight={500} color={theme.text} style={{ width: contentWidth - keyWidth - 36 }}>
            {row.value}
          </Text>
        </div>
      ))}
    </Column>
  );
}
