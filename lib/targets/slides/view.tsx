import type { CSSProperties, ReactElement } from 'react';
import { tint } from '@/lib/render/theme';
import type { RenderContext } from '@/lib/targets/define-target';
import { deckTheme, type DeckTheme } from './look';
import { Box, Bullets, SlideTitle } from './parts';
import type { Slide, SlidesSpec } from './schema';
import { embedDrawing, embedFindings, placeEmbed } from './embed';
import { isRough, roughHost, RoughLayer, RoughRule } from '@/lib/targets/shared/rough';
import { critiqueSlide } from './critic';
import { isGoodDelta, slideGeometry, type SlideGeometry, type TextBox } from './geometry';
import { bulletsGeometry, embedGeometry, heroGeometry, iconTextGeometry, quoteGeometry, statsGeometry, tableGeometry, timelineGeometry, twoColumnsGeometry } from './layout-geometry';

/** Draws slide `context.page` of the deck at the aspect's size; every number comes from ./geometry.ts. */
export async function renderSlide(spec: SlidesSpec, context: RenderContext): Promise<ReactElement> {
  const index = Math.min(context.page, spec.slides.length - 1);
  const slide = spec.slides[index] as Slide;
  const geometry = slideGeometry(spec, index);
  const { width, height, padding, inner, boldBar, paperRule, logo, footer } = geometry;
  const theme = deckTheme(spec.theme, spec.look);
  const hero = slide.layout === 'title' || slide.layout === 'section';
  // An embed slide is critiqued once its picture is placed (slideBody).
  if (slide.layout !== 'embed') for (const finding of critiqueSlide(spec, index)) context.report(finding);
  const body = await slideBody(slide, geometry, theme, spec, context, index);
  const background = hero ? theme.heroBackground : theme.background;
  const muted = hero ? theme.heroMuted : theme.textMuted;
  const rough = isRough(theme.tokens);
  const frameColor = tint(theme, hero ? theme.heroText : theme.text, rough ? 0.45 : 0.3);
  return (
    <Box
      style={{
        flexDirection: 'column',
        width,
        minHeight: height,
        padding,
        paddingBottom: geometry.bottomPadding,
        backgroundColor: background,
        color: hero ? theme.heroText : theme.text,
        fontFamily: context.fontFamily,
        wordBreak: 'break-word',
        position: 'relative',
        ...(rough ? roughHost : {}),
      }}
    >
      {rough ? <RoughLayer mark={{ shape: 'rect', key: `slides.${index}.frame`, stroke: frameColor, strokeWidth: 1.8, inset: padding / 3, radius: theme.tokens.radius.card, roughness: 1.2 }} /> : null}
      {theme.tokens.fields && !hero ? <Box style={{ position: 'absolute', left: boldBar.x, top: boldBar.y, width: boldBar.w, height: boldBar.h, backgroundColor: theme.primary }} /> : null}
      {theme.tokens.accent === 'rule' ? <Box style={{ position: 'absolute', left: paperRule.x, top: paperRule.y, width: paperRule.w, height: paperRule.h, backgroundColor: tint(theme, theme.text, 0.25) }} /> : null}
      {theme.tokens.border.style === 'dashed' && !rough ? <Box style={{ position: 'absolute', left: padding / 3, top: padding / 3, width: width - (padding * 2) / 3, height: height - (padding * 2) / 3, border: `${theme.tokens.border.width}px dashed ${frameColor}`, borderRadius: theme.tokens.radius.card }} /> : null}
      {spec.logo ? (
        // eslint-disable-next-line @next/next/no-img-element -- satori draws <img>
        <img src={spec.logo} alt="" height={logo.height} style={{ position: 'absolute', right: logo.right, top: logo.top, height: logo.height, objectFit: 'contain' }} />
      ) : null}
      <Box style={{ flexDirection: 'column', flexGrow: 1, width: inner.width }}>{body}</Box>
      <Box style={{ justifyContent: 'space-between', width: inner.width, marginTop: footer.marginTop, fontSize: footer.size, color: muted }}>
        <Box>{footer.text}</Box>
        <Box>{footer.page}</Box>
      </Box>
    </Box>
  );
}

async function slideBody(slide: Slide, geometry: SlideGeometry, theme: DeckTheme, spec: SlidesSpec, context: RenderContext, index: number): Promise<ReactElement> {
  const { inner } = geometry;
  const heading = (title: string, box: TextBox) => <SlideTitle text={title} box={box} color={theme.text} weight={theme.tokens.type.titleWeight} />;
  const accent = (index: number) => theme.accents[index % theme.accents.length];
  const rough = isRough(theme.tokens);
  const key = `slides.${index}`;
  switch (slide.layout) {
    case 'title':
    case 'section': {
      const layout = heroGeometry(geometry, slide);
      const stack = (
        <>
          {rough ? (
            <RoughRule color={theme.primary} strokeWidth={layout.bar.h} roughKey={`${key}.bar`} style={{ width: layout.bar.w, height: layout.bar.h }} />
          ) : (
            <Box style={{ width: layout.bar.w, height: layout.bar.h, borderRadius: 6, backgroundColor: theme.tokens.fields ? theme.heroText : theme.primary }} />
          )}
          <SlideTitle text={slide.title} box={layout.title} color={theme.heroText} weight={theme.tokens.type.titleWeight} />
          {slide.subtitle && layout.subtitle ? <Box style={{ width: layout.subtitle.w, fontSize: layout.subtitle.size, lineHeight: 1.35, color: theme.heroMuted }}>{slide.subtitle}</Box> : null}
          {slide.layout === 'title' && slide.byline && layout.byline ? <Box style={{ fontSize: layout.byline.size, color: theme.heroMuted, marginTop: layout.bylineMargin }}>{slide.byline}</Box> : null}
        </>
      );
      if (rough && slide.layout === 'section') {
        // The sketch look's colour field: a hand-drawn tinted card around the stack, its padding
        // taken back by negative margins so every box stays where the geometry puts it.
        const pad = Math.round(geometry.padding * 0.45);
        return (
          <Box style={{ flexDirection: 'column', justifyContent: 'center', flexGrow: 1 }}>
            <Box style={{ flexDirection: 'column', gap: layout.gap, margin: -pad, padding: pad, ...roughHost }}>
              <RoughLayer mark={{ shape: 'rect', key: `${key}.field`, stroke: tint(theme, theme.primary, 0.75), strokeWidth: 2.2, radius: 10, fill: tint(theme, theme.primary, 0.1), fillStyle: 'solid' }} />
              {stack}
            </Box>
          </Box>
        );
      }
      return <Box style={{ flexDirection: 'column', justifyContent: 'center', flexGrow: 1, gap: layout.gap }}>{stack}</Box>;
    }
    case 'bullets': {
      const layout = bulletsGeometry(geometry, slide);
      return (
        <Box style={{ flexDirection: 'column', gap: layout.gap }}>
          {heading(slide.title, layout.title)}
          <Box style={{ marginTop: layout.offset }}>
            <Bullets items={slide.bullets} theme={theme} width={layout.list.w} size={layout.list.size} roughKey={`${key}.bullets`} />
          </Box>
        </Box>
      );
    }
    case 'two-columns': {
      const layout = twoColumnsGeometry(geometry, slide);
      const side = (part: typeof slide.left, index: number, color: string) => {
        const column = layout.columns[index];
        if (!column) return null;
        return (
          <Box style={{ flexDirection: 'column', gap: layout.stackGap, width: layout.width }}>
            {part.heading && column.heading ? (
              <Box style={{ fontSize: column.heading.size, fontWeight: 700, color, paddingBottom: layout.headingPadding, width: layout.width, ...(rough ? { position: 'relative', borderBottom: `${layout.rule}px solid transparent` } : { borderBottom: `${layout.rule}px solid ${color}` }) }}>
                {part.heading}
                {rough ? <RoughRule color={color} strokeWidth={layout.rule} roughKey={`${key}.columns.${index}`} style={{ position: 'absolute', left: 0, bottom: -layout.rule - 2, width: layout.width, height: layout.rule + 4 }} /> : null}
              </Box>
            ) : null}
            <Bullets items={part.bullets} theme={theme} width={column.list.w} size={column.list.size} roughKey={`${key}.${index === 0 ? 'left' : 'right'}.bullets`} />
          </Box>
        );
      };
      return (
        <Box style={{ flexDirection: 'column', gap: layout.gap }}>
          {heading(slide.title, layout.title)}
          <Box style={{ gap: layout.gap, marginTop: layout.offset }}>
            {side(slide.left, 0, theme.accents[0] ?? theme.primary)}
            {side(slide.right, 1, theme.accents[1] ?? theme.primary)}
          </Box>
        </Box>
      );
    }
    case 'icon-text': {
      const layout = iconTextGeometry(geometry, slide);
      const { art, icon } = layout;
      return (
        <Box style={{ flexDirection: 'column', gap: layout.gap }}>
          {heading(slide.title, layout.title)}
          <Box style={{ gap: layout.gap, alignItems: 'center', marginTop: layout.offset }}>
            <Box style={{ width: art.w, height: art.h, borderRadius: layout.radius, alignItems: 'center', justifyContent: 'center', flexShrink: 0, ...(rough && !slide.image ? roughHost : { backgroundColor: tint(theme, theme.primary, 0.12), overflow: 'hidden' }) }}>
              {rough && !slide.image ? <RoughLayer mark={{ shape: 'rect', key: `${key}.art`, stroke: tint(theme, theme.primary, 0.6), strokeWidth: 2, radius: layout.radius, fill: tint(theme, theme.primary, 0.12), fillStyle: 'solid' }} /> : null}
              {slide.image ? (
                // eslint-disable-next-line @next/next/no-img-element -- satori draws <img>
                <img src={slide.image} alt="" width={art.w} height={art.h} style={{ width: art.w, height: art.h, objectFit: 'cover' }} />
              ) : (
                // eslint-disable-next-line @next/next/no-img-element -- satori draws <img>
                <img src={context.icon(slide.icon ?? 'lightbulb', theme.primary)} alt="" width={icon.w} height={icon.h} />
              )}
            </Box>
            <Box style={{ flexDirection: 'column', gap: layout.columnGap, width: layout.column.w }}>
              {slide.text && layout.text ? <Box style={{ width: layout.text.w, fontSize: layout.text.size, lineHeight: 1.45, color: theme.text }}>{slide.text}</Box> : null}
              {slide.bullets && layout.bullets ? <Bullets items={slide.bullets} theme={theme} width={layout.bullets.w} size={layout.bullets.size} roughKey={`${key}.bullets`} /> : null}
            </Box>
          </Box>
        </Box>
      );
    }
    case 'stats': {
      const layout = statsGeometry(geometry, slide);
      const { sizes } = layout;
      return (
        <Box style={{ flexDirection: 'column', gap: layout.gap }}>
          {heading(slide.title, layout.title)}
          <Box style={{ flexWrap: 'wrap', gap: layout.gap, marginTop: layout.offset }}>
            {slide.stats.map((stat, index) => (
              <Box key={index} style={{ flexDirection: 'column', width: layout.width, gap: layout.stackGap, paddingTop: layout.paddingTop, ...(rough ? { position: 'relative', borderTop: `${layout.barHeight}px solid transparent` } : { borderTop: `${layout.barHeight}px solid ${accent(index)}` }) }}>
                {rough ? <RoughRule color={accent(index) ?? theme.primary} strokeWidth={layout.barHeight} roughKey={`${key}.stats.${index}`} style={{ position: 'absolute', left: 0, top: -layout.barHeight - 2, width: layout.width, height: layout.barHeight + 4 }} /> : null}
                <Box style={{ fontSize: sizes.value, fontWeight: 800, lineHeight: 1.05, color: accent(index), letterSpacing: -1, whiteSpace: 'nowrap' }}>{stat.value}</Box>
                <Box style={{ width: layout.width, fontSize: sizes.label, lineHeight: 1.3, color: theme.text }}>{stat.label}</Box>
                {stat.delta ? <Box style={{ fontSize: sizes.delta, fontWeight: 600, color: isGoodDelta(stat.delta, stat.good) ? theme.positive : theme.negative }}>{stat.delta}</Box> : null}
              </Box>
            ))}
          </Box>
        </Box>
      );
    }
    case 'quote': {
      const layout = quoteGeometry(geometry, slide);
      return (
        <Box style={{ flexDirection: 'column', justifyContent: 'center', flexGrow: 1, gap: layout.gap }}>
          <Box style={{ fontSize: layout.mark.size, fontWeight: 800, lineHeight: 0.6, height: layout.mark.h, color: theme.primary }}>“</Box>
          <Box style={{ width: layout.quote.w, fontSize: layout.quote.size, fontWeight: 500, lineHeight: 1.35, color: theme.text }}>{slide.quote}</Box>
          {slide.author && layout.author ? (
            <Box style={{ flexDirection: 'column', gap: layout.authorGap }}>
              <Box style={{ fontSize: layout.author.size, fontWeight: 700, color: theme.text }}>{`— ${slide.author}`}</Box>
              {slide.role && layout.role ? <Box style={{ fontSize: layout.role.size, color: theme.textMuted }}>{slide.role}</Box> : null}
            </Box>
          ) : null}
        </Box>
      );
    }
    case 'table': {
      const layout = tableGeometry(geometry, slide);
      const cellStyle = { width: layout.columnWidth, padding: `${layout.padding.y}px ${layout.padding.x}px`, fontSize: layout.size, lineHeight: layout.lineHeight };
      return (
        <Box style={{ flexDirection: 'column', gap: layout.gap }}>
          {heading(slide.title, layout.title)}
          <Box style={{ flexDirection: 'column', width: layout.box.w, marginTop: layout.offset, borderRadius: layout.radius, ...(rough ? { ...roughHost, border: `${layout.border}px solid transparent` } : { overflow: 'hidden', border: `${layout.border}px solid ${theme.border}` }) }}>
            {rough ? <RoughLayer mark={{ shape: 'rect', key: `${key}.table`, stroke: tint(theme, theme.text, 0.55), strokeWidth: 1.8, radius: layout.radius }} /> : null}
            <Box style={rough ? roughHost : { backgroundColor: theme.primary }}>
              {rough ? <RoughLayer mark={{ shape: 'rect', key: `${key}.table.head`, stroke: theme.primary, strokeWidth: 1.6, radius: layout.radius, fill: theme.primary, fillStyle: 'solid', roughness: 0.8 }} /> : null}
              {slide.columns.map((column, index) => (
                <Box key={index} style={{ ...cellStyle, fontWeight: 700, color: theme.onPrimary }}>{column}</Box>
              ))}
            </Box>
            {slide.rows.map((row, rowIndex) => (
              <Box key={rowIndex} style={rough ? { position: 'relative' } : { backgroundColor: rowIndex % 2 ? theme.surfaceStrong : theme.background }}>
                {rough && rowIndex > 0 ? <RoughRule color={tint(theme, theme.text, 0.25)} strokeWidth={1.4} roughKey={`${key}.rows.${rowIndex}`} style={{ position: 'absolute', left: layout.padding.x / 2, top: -3, width: layout.box.w - layout.padding.x - 2 * layout.border, height: 6 }} /> : null}
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
      const layout = timelineGeometry(geometry, slide);
      const { dot, sizes } = layout;
      const across = layout.direction === 'across';
      const align = across ? ('center' as const) : ('left' as const);
      const line = (text: string, box: TextBox | undefined, style: CSSProperties) => (box ? <Box style={{ width: box.w, justifyContent: across ? 'center' : 'flex-start', textAlign: align, fontSize: box.size, ...style }}>{text}</Box> : null);
      return (
        <Box style={{ flexDirection: 'column', gap: layout.gap }}>
          {heading(slide.title, layout.title)}
          <Box style={{ flexDirection: across ? 'row' : 'column', gap: across ? layout.gap : layout.rowGap, position: 'relative', marginTop: layout.offset }}>
            {layout.connectors.map((connector, index) => (
              rough ? (
                <RoughRule key={`line-${index}`} color={tint(theme, theme.primary, 0.45)} strokeWidth={3} roughKey={`${key}.steps.${index}.line`} style={{ position: 'absolute', top: connector.y, left: connector.x, width: connector.w, height: connector.h }} />
              ) : (
                <Box key={`line-${index}`} style={{ position: 'absolute', top: connector.y, left: connector.x, width: connector.w, height: connector.h, borderRadius: 2, backgroundColor: tint(theme, theme.primary, 0.35) }} />
              )
            ))}
            {slide.steps.map((step, index) => {
              const parts = layout.steps[index];
              const marker = (
                <Box style={{ width: dot, height: dot, borderRadius: dot, color: '#FFFFFF', fontSize: sizes.number, fontWeight: 800, alignItems: 'center', justifyContent: 'center', flexShrink: 0, ...(rough ? roughHost : { backgroundColor: accent(index) }) }}>
                  {rough ? <RoughLayer mark={{ shape: 'ellipse', key: `${key}.steps.${index}`, stroke: accent(index) ?? theme.primary, strokeWidth: 2.4, fill: accent(index), ...(slide.style === 'process' ? { fillStyle: 'solid' } : { fillStyle: 'hachure', hachureGap: 5, fillWeight: 2 }) }} /> : null}
                  {slide.style === 'process' ? String(index + 1) : ''}
                </Box>
              );
              const stack = (
                <Box style={{ flexDirection: 'column', alignItems: across ? 'center' : 'flex-start', width: layout.textWidth, gap: layout.stackGap }}>
                  {step.label ? line(step.label, parts?.label, { fontWeight: 700, color: accent(index) }) : null}
                  {line(step.title, parts?.title, { fontWeight: 700, lineHeight: 1.25, color: theme.text })}
                  {step.text ? line(step.text, parts?.text, { lineHeight: 1.35, color: theme.textMuted }) : null}
                </Box>
              );
              return across ? (
                <Box key={index} style={{ flexDirection: 'column', alignItems: 'center', width: layout.width, gap: layout.stackGap }}>
                  {marker}
                  {stack}
                </Box>
              ) : (
                <Box key={index} style={{ alignItems: 'center', width: layout.width, gap: layout.textGap }}>
                  {marker}
                  {stack}
                </Box>
              );
            })}
          </Box>
        </Box>
      );
    }
    case 'embed': {
      const layout = embedGeometry(geometry, slide);
      const drawing = await embedDrawing(spec, slide, { width: layout.area.w, height: layout.area.h }, geometry.scale);
      const source = `data:image/svg+xml;base64,${Buffer.from(drawing.svg).toString('base64')}`;
      const picture = placeEmbed(layout.area, drawing);
      // The slide's own critique sees the picture where it is drawn (an empty band around a small diagram), then the visual's.
      for (const finding of [...critiqueSlide(spec, index, picture), ...embedFindings(drawing, picture, index)]) context.report(finding);
      return (
        <Box style={{ flexDirection: 'column', gap: layout.gap }}>
          {slide.title && layout.title ? heading(slide.title, layout.title) : null}
          <Box style={{ justifyContent: 'center', width: inner.width, height: layout.area.h, paddingTop: picture.y - layout.area.y }}>
            {/* eslint-disable-next-line @next/next/no-img-element -- satori draws <img> */}
            <img src={source} alt="" width={picture.w} height={picture.h} style={{ width: picture.w, height: picture.h }} />
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
