import type { RenderContext } from '@/lib/targets/define-target';
import type { InfographicSpec } from './schema';
import { layoutRows } from './layout';
import { SectionBody } from './sections';
import { accent, CARD_PADDING, Column, columnWidth, GAP, SectionCard } from './ui';
import { canvasStyle, VisualFooter, VisualHeader } from '@/lib/targets/shared/header';

export function InfographicView({ spec, context }: { spec: InfographicSpec; context: RenderContext }) {
  const { width } = context;
  const padding = width < 700 ? 32 : 56;
  const contentWidth = width - padding * 2;
  const rows = layoutRows(spec, width);
  return (
    <div style={canvasStyle(context, padding, context.height)}>
      <VisualHeader title={spec.title} subtitle={spec.subtitle} context={context} marginBottom={36} />
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
      <VisualFooter lines={spec.footer ? [spec.footer] : []} context={context} contentWidth={contentWidth} />
    </div>
  );
}
