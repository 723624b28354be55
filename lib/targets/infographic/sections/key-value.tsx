import type { Section } from '../schema';
import { measureText } from '@/lib/render/text-paths';
import { Column, Text, type SectionProps } from '../ui';

type KeyValueSection = Extract<Section, { type: 'key-value' }>;

const KEY_SIZE = 18;
const MIN_KEY_WIDTH = 72;

export function KeyValue({ section, context, contentWidth }: SectionProps<KeyValueSection>) {
  const { theme } = context;
  // The key column is as wide as its longest key (plus the gap), at most 38% of the table: short keys
  // ("1", "Week 7") leave no wide empty stripe between key and value.
  const longestKey = Math.max(...section.rows.map((row) => measureText(row.key, { size: KEY_SIZE, weight: 600, locale: context.locale })));
  const keyWidth = Math.round(Math.min(contentWidth * 0.38, Math.max(MIN_KEY_WIDTH, longestKey + 18 + 8)));
  return (
    <Column style={{ borderRadius: 14, overflow: 'hidden', border: `1px solid ${theme.border}` }}>
      {section.rows.map((row, rowIndex) => (
        <div
          key={rowIndex}
          style={{
            display: 'flex',
            gap: 16,
            padding: '14px 18px',
            backgroundColor: rowIndex % 2 === 0 ? theme.background : theme.surfaceStrong,
            borderTop: rowIndex === 0 ? 'none' : `1px solid ${theme.border}`,
          }}
        >
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
