import type { ReactElement } from 'react';
import type { RenderContext } from '@/lib/targets/define-target';
import type { InfographicSpec } from './schema';
import { layoutRows } from './layout';
import { centres, packRows, type Block, type Placed } from './pack';
import { SectionBody } from './sections';
import { accent, cardInset, Column, columnWidth, SectionCard } from './ui';
import { canvasStyle, VisualFooter, VisualHeader } from '@/lib/targets/shared/header';
import { MAX_EMPTY_BAND } from '@/lib/lint/finding';
import { smallTextFindings } from '@/lib/render/text-sizes';

/** One section's card at `width`; `grow` lets it stretch to even a column, `centre` sets its body in the middle of it. */
function card({ section, index }: Placed, width: number, context: RenderContext, grow = false, centre = false): ReactElement {
  const body = <SectionBody section={section} context={context} contentWidth={width - cardInset(context)} index={index} />;
  return (
    <div key={index} style={{ display: 'flex', width, flexGrow: grow ? 1 : 0 }}>
      <SectionCard title={section.title} color={accent(context, index)} context={context} style={{ width }} path={`sections.${index}`}>
        {centre ? <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center' }}>{body}</div> : body}
      </SectionCard>
    </div>
  );
}

/**
 * Sections in rows: full-width ones span the canvas; half-width pairs are packed into two columns
 * by their measured heights (./pack.ts) rather than stretched to equal height. A card still
 * stretched by more than MAX_EMPTY_BAND of its height is an `empty-space` warning.
 */
export async function renderInfographic(spec: InfographicSpec, context: RenderContext): Promise<ReactElement> {
  const { width } = context;
  const gap = context.look.gap;
  const padding = width < 700 ? 32 : 56;
  const contentWidth = width - padding * 2;
  const half = columnWidth(contentWidth, 2, gap);
  const rows = layoutRows(spec, width);
  const heights = new Map<number, number>();
  for (const row of rows) {
    if (row.sections.length !== 2) continue;
    for (const item of row.sections) heights.set(item.index, (await context.measure(card(item, half, context))).height);
  }
  const blocks = packRows(rows, heights, gap);
  for (const block of blocks) if (block.kind === 'columns') reportHoles(block, heights, context);
  const element = (
    <div style={canvasStyle(context, padding, context.height)}>
      <VisualHeader title={spec.title} subtitle={spec.subtitle} context={context} marginBottom={36} />
      <Column gap={gap}>
        {blocks.map((block, blockIndex) =>
          block.kind === 'full' ? (
            <div key={blockIndex} style={{ display: 'flex' }}>
              {card(block.item, contentWidth, context)}
            </div>
          ) : (
            <div key={blockIndex} style={{ display: 'flex', gap: gap, alignItems: 'stretch' }}>
              {block.columns.map((column, side) => (
                <Column key={side} gap={gap} style={{ width: half }}>
                  {column.map((item, position) => {
                    const last = position === column.length - 1;
                    return card(item, half, context, last, last && side === block.short && centres(block));
                  })}
                </Column>
              ))}
            </div>
          ),
        )}
      </Column>
      <VisualFooter lines={spec.footer ? [spec.footer] : []} context={context} contentWidth={contentWidth} />
    </div>
  );
  // Every text the infographic draws is at least MIN_READABLE_TEXT_PX (footer, labels, badges included).
  for (const finding of smallTextFindings(element, spec)) context.report(finding);
  return element;
}

/** The stretched card of a packed pair of columns: the empty band left in it (half the stretch when its body is centred). */
function reportHoles(block: Extract<Block, { kind: 'columns' }>, heights: Map<number, number>, context: RenderContext) {
  const last = block.columns[block.short][block.columns[block.short].length - 1];
  if (!last) return;
  const stretched = (heights.get(last.index) ?? 0) + block.hole;
  const band = centres(block) ? block.hole / 2 : block.hole;
  if (band / stretched <= MAX_EMPTY_BAND) return;
  context.report({
    rule: 'empty-space',
    severity: 'warning',
    path: ['sections', last.index],
    message: `the card is stretched ${Math.round(block.hole)} px to match the column beside it, leaving ${Math.round((band / stretched) * 100)}% of it empty; give it more content, or make it "width": "full"`,
  });
}
