import type { Section } from '../schema';
import { Column, Text, type SectionProps } from '../ui';

type KeyValueSection = Extract<Section, { type: 'key-value' }>;

export function KeyValue({ section, context, contentWidth }: SectionProps<KeyValueSection>) {
  const { theme } = context;
  const keyWidth = Math.round(contentWidth * 0.38);
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
          <Text size={18} weight={600} color={theme.textMuted} style={{ width: keyWidth - 18, flexShrink: 0 }}>
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
