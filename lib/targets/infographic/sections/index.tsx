import type { ReactElement } from 'react';
import type { Section } from '../schema';
import type { SectionProps } from '../ui';
import { Stats } from './stats';
import { IconList } from './icon-list';
import { Steps } from './steps';
import { Timeline } from './timeline';
import { Comparison } from './comparison';
import { ProsCons } from './pros-cons';
import { Funnel } from './funnel';
import { Progress } from './progress';
import { Quote } from './quote';
import { Callout } from './callout';
import { KeyValue } from './key-value';
import { Paragraph } from './text';

/** The body of one section; the exhaustive switch makes a new section type a compile error until drawn. */
export function SectionBody(props: SectionProps<Section>): ReactElement {
  const { section } = props;
  switch (section.type) {
    case 'stats':
      return <Stats {...props} section={section} />;
    case 'icon-list':
      return <IconList {...props} section={section} />;
    case 'steps':
      return <Steps {...props} section={section} />;
    case 'timeline':
      return <Timeline {...props} section={section} />;
    case 'comparison':
      return <Comparison {...props} section={section} />;
    case 'pros-cons':
      return <ProsCons {...props} section={section} />;
    case 'funnel':
      return <Funnel {...props} section={section} />;
    case 'progress':
      return <Progress {...props} section={section} />;
    case 'quote':
      return <Quote {...props} section={section} />;
    case 'callout':
      return <Callout {...props} section={section} />;
    case 'key-value':
      return <KeyValue {...props} section={section} />;
    case 'text':
      return <Paragraph {...props} section={section} />;
    default: {
      const unreachable: never = section;
      return unreachable;
    }
  }
}
