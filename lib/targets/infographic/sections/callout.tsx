import type { Section } from '../schema';
import { Icon, Text, type SectionProps } from '../ui';
import { tint, type Theme } from '@/lib/render/theme';
import { isRough, roughHost, RoughLayer } from '@/lib/targets/shared/rough';

type CalloutSection = Extract<Section, { type: 'callout' }>;
type Tone = CalloutSection['tone'];

const TONE_ICON: Record<Tone, string> = { info: 'info', success: 'circle-check', warning: 'triangle-alert', danger: 'octagon-alert' };

function toneColor(theme: Theme, tone: Tone): string {
  switch (tone) {
    case 'info':
      return theme.info;
    case 'success':
      return theme.positive;
    case 'warning':
      return theme.warning;
    case 'danger':
      return theme.negative;
    default: {
      const unreachable: never = tone;
      return unreachable;
    }
  }
}

export function Callout({ section, context, contentWidth, index }: SectionProps<CalloutSection>) {
  const { theme } = context;
  const color = toneColor(theme, section.tone);
  const rough = isRough(context.look);
  return (
    <div style={{ display: 'flex', gap: 16, padding: '18px 22px', borderRadius: 14, ...(rough ? { ...roughHost, paddingLeft: 28 } : { backgroundColor: tint(theme, color, 0.12), borderLeft: `6px solid ${color}` }) }}>
      {rough ? <RoughLayer mark={{ shape: 'rect', key: `sections.${index}`, stroke: color, strokeWidth: 2, radius: 10, fill: tint(theme, color, 0.1), fillStyle: 'solid' }} /> : null}
      <div style={{ display: 'flex', paddingTop: 2, flexShrink: 0 }}>
        <Icon name={section.icon ?? TONE_ICON[section.tone]} color={color} size={28} context={context} />
      </div>
      <Text size={19} weight={500} color={theme.text} style={{ width: contentWidth - 44 - 28 - 16 - 6 }}>
        {section.text}
      </Text>
    </div>
  );
}
