import type { ReactNode } from 'react';
import { Column, columnWidth, Icon, Text } from '../ui';
import type { RenderContext } from '@/lib/targets/define-target';
import { tint } from '@/lib/render/theme';
import { isRough, roughHost, RoughLayer } from '@/lib/targets/shared/rough';
import { RoughRule } from '../ui';

export interface ColumnSpec {
  title: string;
  icon?: string;
  color: string;
  /** Icon drawn before each point; a dot when omitted. */
  bulletIcon?: string;
  items: string[];
}

/** Two side-by-side lists with coloured headers, shared by comparison and pros/cons. Stacks when narrow. */
export function TwoColumns({ columns, context, contentWidth, middle, roughKey }: { columns: [ColumnSpec, ColumnSpec]; context: RenderContext; contentWidth: number; middle?: ReactNode; roughKey: string }) {
  const stacked = contentWidth < 520;
  const width = stacked ? contentWidth : columnWidth(contentWidth, 2, 24);
  return (
    <div style={{ display: 'flex', flexDirection: stacked ? 'column' : 'row', gap: 24, position: 'relative' }}>
      {columns.map((column, columnIndex) => (
        <ListColumn key={columnIndex} column={column} context={context} width={width} roughKey={`${roughKey}.${columnIndex}`} />
      ))}
      {middle && !stacked ? (
        <div style={{ position: 'absolute', left: contentWidth / 2 - 24, top: 14, display: 'flex' }}>{middle}</div>
      ) : null}
    </div>
  );
}

function ListColumn({ column, context, width, roughKey }: { column: ColumnSpec; context: RenderContext; width: number; roughKey: string }) {
  const { theme } = context;
  const rough = isRough(context.look);
  return (
    <Column style={rough ? { width, borderRadius: 16, ...roughHost } : { width, borderRadius: 16, overflow: 'hidden', backgroundColor: theme.background, border: `1px solid ${theme.border}` }}>
      {rough ? <RoughLayer mark={{ shape: 'rect', key: roughKey, stroke: tint(theme, column.color, 0.75), strokeWidth: 1.7, radius: 10 }} /> : null}
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, padding: '16px 22px', ...(rough ? { position: 'relative', paddingBottom: 19 } : { backgroundColor: tint(theme, column.color, 0.14), borderBottom: `3px solid ${column.color}` }) }}>
        {rough ? <RoughRule color={column.color} strokeWidth={2.6} roughKey={`${roughKey}.rule`} style={{ position: 'absolute', left: 12, bottom: -4, width: width - 24, height: 8 }} /> : null}
        {column.icon ? <Icon name={column.icon} color={column.color} size={28} context={context} /> : null}
        <Text size={22} weight={700} color={theme.text} style={{ width: width - 90, lineHeight: 1.3 }}>
          {column.title}
        </Text>
      </div>
      <Column gap={12} style={{ padding: '18px 22px 22px' }}>
        {column.items.map((item, itemIndex) => (
          <div key={itemIndex} style={{ display: 'flex', gap: 12, alignItems: 'flex-start' }}>
            {column.bulletIcon ? (
              <div style={{ display: 'flex', paddingTop: 3, flexShrink: 0 }}>
                <Icon name={column.bulletIcon} color={column.color} size={20} context={context} />
              </div>
            ) : (
              <div style={{ display: 'flex', width: 8, height: 8, marginTop: 10, marginLeft: 6, marginRight: 6, borderRadius: 4, backgroundColor: column.color, flexShrink: 0 }} />
            )}
            <Text size={18} color={theme.text} style={{ width: width - 44 - 32 }}>
              {item}
            </Text>
          </div>
        ))}
      </Column>
    </Column>
  );
}
