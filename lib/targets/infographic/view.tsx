import type { RenderContext } from '@/lib/targets/define-target';
import type { InfographicSpec } from './schema';
import { layoutRows } from './layout';
import { SectionBody } from './sections';
import { accent, CARD_PADDING, Column, columnWidth, GAP, SectionCard, Text } from './ui';

export function InfographicView({ spec, context }: { spec: InfographicSpec; context: RenderContext }) {
  const { theme, width } = context;
  const padding = width < 700 ? 32 : 56;
  const contentWidth = width - padding * 2;
  const rows = layoutRows(spec, width);
  const titleSize = width < 700 ? 38 : width < 1000 ? 46 : 54;
  return (
    <div
      style={{
        display: 'flex',
        flexDirection: 'column',
        width,
        minHeight: context.height,
        padding,
        boxSizing: 'border-box',
        backgroundColor: theme.background,
        color: theme.text,
        fontFamily: context.fontFamily,
        wordBreak: 'break-word',
      }}
    >
      <Column gap={14} style={{ marginBottom: 36 }}>
        <div style={{ display: 'flex', gap: 8 }}>
          {[0, 1, 2].map((position) => (
            <div key={position} style={{ display: 'flex', width: position === 0 ? 56 : 14, height: 8, borderRadius: 4, backgroundColor: accent(context, position) }} />
          ))}
        </div>
        <Text size={titleSize} weight={800} color={theme.text} style={{ lineHeight: 1.12, letterSpacing: -1 }}>
          {spec.title}
        </Text>
        {spec.subtitle ? (
          <Text size={width < 700 ? 20 : 24} color={theme.textMuted} style={{ lineHeight: 1.4 }}>
            {spec.subtitle}
          </Text>
        ) : null}
      </Column>
      <Column gap={GAP}>
        {rows.map((row, rowIndex) => {
          const sectionWidth = row.sections.length === 2 ? columnWidth(contentWidth, 2, GAP) : contentWidth;
          return (
            <div key={rowIndex} style={{ display: 'flex', gap: GAP, alignItems: 'stretch' }}>
              {row.sections.map(({ section, index }) => (
                <div key={index} style={{ display: 'flex', width: sectionWidth }}>
                  <SectionCard title={section.title} color={accent(context, index)} context={context} style={{ width: sectionWidth }}>
                    <SectionBody section={section} context={context} contentWidth={sectionWidth - CARD_PADDING * 2 - 2} index={index} />
                  </SectionCard>
                </div>
              ))}
            </div>
          );
        })}
      </Column>
      {spec.footer ? (
        <div style={{ display: 'flex', flexGrow: 1, alignItems: 'flex-end' }}>
          <Text size={16} color={theme.textMuted} style={{ width: contentWidth, marginTop: 32, paddingTop: 16, borderTop: `1px solid ${theme.border}` }}>
            {spec.footer}
          </Text>
        </div>
      ) : null}
    </div>
  );
}
