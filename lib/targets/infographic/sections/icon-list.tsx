import type { Section } from '../schema';
import { accent, balancedColumns, Column, columnWidth, IconBadge, Row, Text, type SectionProps } from '../ui';
import { tint } from '@/lib/render/theme';
import { isRough, roughHost, RoughLayer } from '@/lib/targets/shared/rough';

type IconListSection = Extract<Section, { type: 'icon-list' }>;

export function IconList(props: SectionProps<IconListSection>) {
  const { section, context, contentWidth } = props;
  return context.look.iconGrid && section.items.length >= 3 && contentWidth >= 480 ? <IconGrid {...props} /> : <IconRows {...props} />;
}

/** An icon grid (bold and sketch looks): tiles of icon over title and text, balanced rows. */
function IconGrid({ section, context, contentWidth, index }: SectionProps<IconListSection>) {
  const { theme, look } = context;
  const columns = balancedColumns(section.items.length, contentWidth >= 900 ? 4 : 3);
  const width = columnWidth(contentWidth, columns, 20);
  return (
    <Row gap={20}>
      {section.items.map((item, itemIndex) => {
        const color = accent(context, index + itemIndex);
        return (
          <Column key={itemIndex} gap={10} style={{ width, padding: 18, borderRadius: look.radius.card, ...(look.fields ? { backgroundColor: tint(theme, color, 0.14) } : isRough(look) ? roughHost : { border: `${Math.max(1, look.border.width)}px ${look.border.style} ${tint(theme, color, 0.6)}` }) }}>
            {isRough(look) ? <RoughLayer mark={{ shape: 'rect', key: `sections.${index}.items.${itemIndex}`, stroke: tint(theme, color, 0.75), strokeWidth: 1.6, radius: look.radius.card }} /> : null}
            <IconBadge name={item.icon} color={color} size={48} context={context} roughKey={`sections.${index}.items.${itemIndex}.icon`} />
            <Text size={20} weight={look.type.headingWeight} color={theme.text} style={{ lineHeight: 1.3 }}>
              {item.title}
            </Text>
            {item.text ? (
              <Text size={17} color={theme.textMuted}>
                {item.text}
              </Text>
            ) : null}
          </Column>
        );
      })}
    </Row>
  );
}

function IconRows({ section, context, contentWidth, index }: SectionProps<IconListSection>) {
  const { theme } = context;
  const columns = contentWidth >= 800 && section.items.length >= 4 ? 2 : 1;
  const width = columnWidth(contentWidth, columns, 32);
  return (
    <Row gap={22} style={{ columnGap: 32 }}>
      {section.items.map((item, itemIndex) => {
        const color = accent(context, index + itemIndex);
        return (
          <div key={itemIndex} style={{ display: 'flex', gap: 18, width, alignItems: 'flex-start' }}>
            <IconBadge name={item.icon} color={color} size={52} context={context} roughKey={`sections.${index}.items.${itemIndex}.icon`} />
            <Column gap={4} style={{ width: width - 70 }}>
              <Text size={21} weight={700} color={theme.text} style={{ lineHeight: 1.3 }}>
                {item.title}
              </Text>
              {item.text ? (
                <Text size={18} color={theme.textMuted}>
                  {item.text}
                </Text>
              ) : null}
            </Column>
          </div>
        );
      })}
    </Row>
  );
}
