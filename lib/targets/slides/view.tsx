import type { ReactElement } from 'react';
import { tint } from '@/lib/render/theme';
import type { RenderContext } from '@/lib/targets/define-target';
import { deckTheme, type DeckTheme } from './look';
import { Box, Bullets, SlideTitle, unit, type SlideFrameProps } from './parts';
import { ASPECTS, type Slide, type SlidesSpec } from './schema';
import { embedSvg } from './embed';

/** Draws slide `context.page` of the deck at the aspect's size. */
export async function renderSlide(spec: SlidesSpec, context: RenderContext): Promise<ReactElement> {
  const { width, height } = ASPECTS[spec.aspect];
  const theme = deckTheme(spec.theme, spec.look);
  const frame: SlideFrameProps = { width, height, theme, fontFamily: context.fontFamily };
  const index = Math.min(context.page, spec.slides.length - 1);
  const slide = spec.slides[index] as Slide;
  const hero = slide.layout === 'title' || slide.layout === 'section';
  const scale = unit(frame);
  const padding = Math.round(72 * scale);
  const inner = { width: width - padding * 2, height: height - padding * 2 - Math.round(36 * scale) };
  const body = await slideBody(slide, frame, inner, spec, context);
  const background = hero ? theme.heroBackground : theme.background;
  const muted = hero ? theme.heroMuted : theme.textMuted;
  return (
    <Box
      style={{
        flexDirection: 'column',
        width,
        minHeight: height,
        padding,
        paddingBottom: Math.round(28 * scale),
        backgroundColor: background,
        color: hero ? theme.heroText : theme.text,
        fontFamily: context.fontFamily,
        wordBreak: 'break-word',
        position: 'relative',
      }}
    >
      {theme.look === 'bold' && !hero ? <Box style={{ position: 'absolute', left: 0, top: 0, width, height: Math.round(14 * scale), backgroundColor: theme.primary }} /> : null}
      {theme.look === 'paper' ? <Box style={{ position: 'absolute', left: padding, right: padding, top: Math.round(36 * scale), height: 2, backgroundColor: tint(theme, theme.text, 0.25) }} /> : null}
      {spec.logo ? (
        // eslint-disable-next-line @next/next/no-img-element -- satori draws <img>
        <img src={spec.logo} alt="" height={Math.round(40 * scale)} style={{ position: 'absolute', right: padding, top: Math.round(28 * scale), height: Math.round(40 * scale), objectFit: 'contain' }} />
      ) : null}
      <Box style={{ flexDirection: 'column', flexGrow: 1, width: inner.width }}>{body}</Box>
      <Box style={{ justifyContent: 'space-between', width: inner.width, marginTop: Math.round(16 * scale), fontSize: Math.round(15 * scale), color: muted }}>
        <Box>{spec.footer ?? (index === 0 ? '' : spec.title)}</Box>
        <Box>{`${index + 1} / ${spec.slides.length}`}</Box>
      </Box>
    </Box>
  );
}

type Inner = { width: number; height: number };

async function slideBody(slide: Slide, frame: SlideFrameProps, inner: Inner, spec: SlidesSpec, context: RenderContext): Promise<ReactElement> {
  const { theme } = frame;
  const scale = unit(frame);
  const gap = Math.round(36 * scale);
  const textSize = Math.round(28 * scale);
  const heading = (title: string) => <SlideTitle text={title} frame={frame} width={inner.width} />;
  switch (slide.layout) {
    case 'title':
    case 'section': {
      return (
        <Box style={{ flexDirection: 'column', justifyContent: 'center', flexGrow: 1, gap: Math.round(22 * scale) }}>
          <Box style={{ width: Math.round(96 * scale), height: Math.round(10 * scale), borderRadius: 6, backgroundColor: theme.look === 'bold' ? theme.heroText : theme.primary }} />
          <SlideTitle text={slide.title} frame={{ ...frame }} width={inner.width} color={theme.heroText} />
          {slide.subtitle ? <Box style={{ width: inner.width, fontSize: Math.round(30 * scale), lineHeight: 1.35, color: theme.heroMuted }}>{slide.subtitle}</Box> : null}
          {slide.layout === 'title' && slide.byline ? <Box style={{ fontSize: Math.round(22 * scale), color: theme.heroMuted, marginTop: Math.round(12 * scale) }}>{slide.byline}</Box> : null}
        </Box>
      );
    }
    case 'bullets':
      return (
        <Box style={{ flexDirection: 'column', gap }}>
          {heading(slide.title)}
          <Bullets items={slide.bullets} frame={frame} width={inner.width} size={textSize} />
        </Box>
      );
    case 'two-columns': {
      const column = Math.floor((inner.width - gap) / 2);
      const side = (part: typeof slide.left, color: string) => (
        <Box style={{ flexDirection: 'column', gap: Math.round(18 * scale), width: column }}>
          {part.heading ? <Box style={{ fontSize: Math.round(26 * scale), fontWeight: 700, color, paddingBottom: Math.round(8 * scale), borderBottom: `3px solid ${color}`, width: column }}>{part.heading}</Box> : null}
          <Bullets items={part.bullets} frame={frame} width={column} size={Math.round(24 * scale)} />
        </Box>
      );
      return (
        <Box style={{ flexDirection: 'column', gap }}>
          {heading(slide.title)}
          <Box style={{ gap }}>
            {side(slide.left, theme.accents[0] ?? theme.primary)}
            {side(slide.right, theme.accents[1] ?? theme.primary)}
          </Box>
        </Box>
      );
    }
    case 'icon-text': {
      const art = Math.round(Math.min(inner.height * 0.62, inner.width * 0.34));
      const textWidth = inner.width - art - gap;
      return (
        <Box style={{ flexDirection: 'column', gap }}>
          {heading(slide.title)}
          <Box style={{ gap, alignItems: 'center' }}>
            <Box style={{ width: art, height: art, borderRadius: Math.round(32 * scale), backgroundColor: tint(theme, theme.primary, 0.12), alignItems: 'center', justifyContent: 'center', flexShrink: 0, overflow: 'hidden' }}>
              {slide.image ? (
                // eslint-disable-next-line @next/next/no-img-element -- satori draws <img>
                <img src={slide.image} alt="" width={art} height={art} style={{ width: art, height: art, objectFit: 'cover' }} />
              ) : (
                // eslint-disable-next-line @next/next/no-img-element -- satori draws <img>
                <img src={context.icon(slide.icon ?? 'lightbulb', theme.primary)} alt="" width={Math.round(art * 0.5)} height={Math.round(art * 0.5)} />
              )}
            </Box>
            <Box style={{ flexDirection: 'column', gap: Math.round(20 * scale), width: textWidth }}>
              {slide.text ? <Box style={{ width: textWidth, fontSize: textSize, lineHeight: 1.45, color: theme.text }}>{slide.text}</Box> : null}
              {slide.bullets ? <Bullets items={slide.bullets} frame={frame} width={textWidth} size={Math.round(24 * scale)} /> : null}
            </Box>
          </Box>
        </Box>
      );
    }
    case 'stats': {
      const count = slide.stats.length;
      const perRow = count <= 3 ? count : Math.ceil(count / 2);
      const cell = Math.floor((inner.width - gap * (perRow - 1)) / perRow);
      return (
        <Box style={{ flexDirection: 'column', gap }}>
          {heading(slide.title)}
          <Box style={{ flexWrap: 'wrap', gap }}>
            {slide.stats.map((stat, index) => (
              <Box key={index} style={{ flexDirection: 'column', width: cell, gap: Math.round(8 * scale), paddingTop: Math.round(18 * scale), borderTop: `${Math.round(6 * scale)}px solid ${theme.accents[index % theme.accents.length]}` }}>
                <Box style={{ fontSize: Math.round((count <= 3 ? 84 : 64) * scale), fontWeight: 800, lineHeight: 1.05, color: theme.accents[index % theme.accents.length], letterSpacing: -1 }}>{stat.value}</Box>
                <Box style={{ width: cell, fontSize: Math.round(24 * scale), lineHeight: 1.3, color: theme.text }}>{stat.label}</Box>
                {stat.delta ? <Box style={{ fontSize: Math.round(20 * scale), fontWeight: 600, color: stat.delta.trim().startsWith('-') || stat.delta.trim().startsWith('−') ? theme.negative : theme.positive }}>{stat.delta}</Box> : null}
              </Box>
            ))}
          </Box>
        </Box>
      );
    }
    case 'quote':
      return (
        <Box style={{ flexDirection: 'column', justifyContent: 'center', flexGrow: 1, gap: Math.round(28 * scale) }}>
          <Box style={{ fontSize: Math.round(140 * scale), fontWeight: 800, lineHeight: 0.6, height: Math.round(70 * scale), color: theme.primary }}>“</Box>
          <Box style={{ width: inner.width, fontSize: Math.round((slide.quote.length > 200 ? 32 : 42) * scale), fontWeight: 500, lineHeight: 1.35, color: theme.text }}>{slide.quote}</Box>
          {slide.author ? (
            <Box style={{ flexDirection: 'column', gap: 4 }}>
              <Box style={{ fontSize: Math.round(24 * scale), fontWeight: 700, color: theme.text }}>{`— ${slide.author}`}</Box>
              {slide.role ? <Box style={{ fontSize: Math.round(20 * scale), color: theme.textMuted }}>{slide.role}</Box> : null}
            </Box>
          ) : null}
        </Box>
      );
    case 'table': {
      const cellWidth = Math.floor(inner.width / slide.columns.length);
      const cellStyle = { width: cellWidth, padding: `${Math.round(12 * scale)}px ${Math.round(16 * scale)}px`, fontSize: Math.round(21 * scale), lineHeight: 1.3 };
      return (
        <Box style={{ flexDirection: 'column', gap }}>
          {heading(slide.title)}
          <Box style={{ flexDirection: 'column', width: inner.width, borderRadius: Math.round(12 * scale), overflow: 'hidden', border: `1px solid ${theme.border}` }}>
            <Box style={{ backgroundColor: theme.primary }}>
              {slide.columns.map((column, index) => (
                <Box key={index} style={{ ...cellStyle, fontWeight: 700, color: theme.onPrimary }}>{column}</Box>
              ))}
            </Box>
            {slide.rows.map((row, rowIndex) => (
              <Box key={rowIndex} style={{ backgroundColor: rowIndex % 2 ? theme.surfaceStrong : theme.background }}>
                {row.map((cell, index) => (
                  <Box key={index} style={{ ...cellStyle, fontWeight: index === 0 ? 600 : 400, color: theme.text }}>{cell}</Box>
                ))}
              </Box>
            ))}
          </Box>
        </Box>
      );
    }
    case 'timeline': {
      const count = slide.steps.length;
      const column = Math.floor((inner.width - gap * (count - 1)) / count);
      const dot = Math.round(56 * scale);
      return (
        <Box style={{ flexDirection: 'column', gap }}>
          {heading(slide.title)}
          <Box style={{ gap, position: 'relative', marginTop: Math.round(20 * scale) }}>
            {slide.steps.slice(1).map((_, index) => (
              <Box key={`line-${index}`} style={{ position: 'absolute', top: dot / 2 - 2, left: index * (column + gap) + column / 2 + dot / 2 + 6, width: column + gap - dot - 12, height: 4, borderRadius: 2, backgroundColor: tint(theme, theme.primary, 0.35) }} />
            ))}
            {slide.steps.map((step, index) => (
              <Box key={index} style={{ flexDirection: 'column', alignItems: 'center', width: column, gap: Math.round(12 * scale) }}>
                <Box style={{ width: dot, height: dot, borderRadius: dot, backgroundColor: theme.accents[index % theme.accents.length], color: '#FFFFFF', fontSize: Math.round(24 * scale), fontWeight: 800, alignItems: 'center', justifyContent: 'center' }}>
                  {slide.style === 'process' ? String(index + 1) : ''}
                </Box>
                {step.label ? <Box style={{ fontSize: Math.round(20 * scale), fontWeight: 700, color: theme.accents[index % theme.accents.length] }}>{step.label}</Box> : null}
                <Box style={{ width: column, justifyContent: 'center', textAlign: 'center', fontSize: Math.round(23 * scale), fontWeight: 700, lineHeight: 1.25, color: theme.text }}>{step.title}</Box>
                {step.text ? <Box style={{ width: column, justifyContent: 'center', textAlign: 'center', fontSize: Math.round(18 * scale), lineHeight: 1.35, color: theme.textMuted }}>{step.text}</Box> : null}
              </Box>
            ))}
          </Box>
        </Box>
      );
    }
    case 'embed': {
      const titleBlock = slide.title ? heading(slide.title) : null;
      const chartHeight = inner.height - (slide.title ? Math.round(110 * scale) : 0);
      const chart = await embedSvg(slide, theme as DeckTheme, { width: inner.width, height: chartHeight }, spec.locale);
      const source = `data:image/svg+xml;base64,${Buffer.from(chart.svg).toString('base64')}`;
      const fit = Math.min(1, inner.width / chart.width, chartHeight / chart.height);
      return (
        <Box style={{ flexDirection: 'column', gap: Math.round(24 * scale) }}>
          {titleBlock}
          <Box style={{ justifyContent: 'center', width: inner.width }}>
            {/* eslint-disable-next-line @next/next/no-img-element -- satori draws <img> */}
            <img src={source} alt="" width={Math.floor(chart.width * fit)} height={Math.floor(chart.height * fit)} />
          </Box>
        </Box>
      );
    }
    default: {
      const unreachable: never = slide;
      return unreachable;
    }
  }
}
