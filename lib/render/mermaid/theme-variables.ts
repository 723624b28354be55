import { colord } from 'colord';
import { tint, type Theme } from '@/lib/render/theme';

/** Colour scales mermaid cycles through (mindmap branches, timeline sections, git branches, pie slices). */
const SCALE_STEPS = 12;

/** White or the ink, whichever reads better on `fill`. */
export function readableOn(fill: string, theme: Theme): string {
  const ink = theme.mode === 'dark' ? theme.background : '#0F172A';
  return colord(fill).contrast('#FFFFFF') >= colord(fill).contrast(ink) ? '#FFFFFF' : ink;
}

/**
 * Mermaid's `base` theme fed from the spec's theme: every colour mermaid draws with comes from the
 * Glimpse palette and mode (its own scales otherwise fall back to purples and, in dark mode, black).
 */
export function mermaidThemeVariables(theme: Theme): Record<string, unknown> {
  const accent = (index: number) => theme.accents[index % theme.accents.length] ?? theme.primary;
  const [primary, secondary, tertiary] = [accent(0), accent(1), accent(2)];
  const soft = (color: string) => tint(theme, color, theme.mode === 'dark' ? 0.3 : 0.16);
  const branch = (color: string) => tint(theme, color, theme.mode === 'dark' ? 0.55 : 0.3);
  const scales: Record<string, string> = {};
  for (let index = 0; index < SCALE_STEPS; index += 1) {
    const color = accent(index);
    scales[`cScale${index}`] = branch(color);
    scales[`cScalePeer${index}`] = color;
    scales[`cScaleInv${index}`] = color;
    scales[`cScaleLabel${index}`] = theme.text;
    scales[`pie${index + 1}`] = color;
    scales[`fillType${index % 8}`] = soft(color);
    if (index < 8) {
      scales[`git${index}`] = color;
      scales[`gitInv${index}`] = readableOn(color, theme);
      scales[`gitBranchLabel${index}`] = readableOn(color, theme);
    }
  }
  const pieText = readableOn(primary, theme);
  return {
    darkMode: theme.mode === 'dark',
    background: theme.background,
    primaryColor: soft(primary),
    primaryBorderColor: primary,
    primaryTextColor: theme.text,
    secondaryColor: soft(secondary),
    secondaryBorderColor: secondary,
    secondaryTextColor: theme.text,
    tertiaryColor: soft(tertiary),
    tertiaryBorderColor: tertiary,
    tertiaryTextColor: theme.text,
    lineColor: theme.textMuted,
    textColor: theme.text,
    mainBkg: soft(primary),
    nodeBorder: primary,
    clusterBkg: theme.surface,
    clusterBorder: theme.border,
    titleColor: theme.text,
    edgeLabelBackground: theme.background,
    noteBkgColor: '#FEF3C7',
    noteTextColor: '#1F2937',
    noteBorderColor: '#D97706',
    actorBkg: soft(primary),
    actorBorder: primary,
    actorTextColor: theme.text,
    actorLineColor: theme.textMuted,
    signalColor: theme.text,
    signalTextColor: theme.text,
    labelBoxBkgColor: theme.surface,
    labelBoxBorderColor: theme.border,
    labelTextColor: theme.text,
    loopTextColor: theme.text,
    activationBkgColor: theme.surfaceStrong,
    activationBorderColor: theme.textMuted,
    sequenceNumberColor: readableOn(theme.textMuted, theme),
    ...scales,
    pieOpacity: '1',
    pieStrokeColor: theme.background,
    pieOuterStrokeColor: theme.background,
    pieTitleTextColor: theme.text,
    pieLegendTextColor: theme.text,
    pieSectionTextColor: pieText,
    quadrant1Fill: soft(accent(0)),
    quadrant2Fill: soft(accent(1)),
    quadrant3Fill: soft(accent(2)),
    quadrant4Fill: soft(accent(3)),
    quadrant1TextFill: theme.text,
    quadrant2TextFill: theme.text,
    quadrant3TextFill: theme.text,
    quadrant4TextFill: theme.text,
    quadrantPointFill: theme.text,
    quadrantPointTextFill: theme.text,
    quadrantXAxisTextFill: theme.text,
    quadrantYAxisTextFill: theme.text,
    quadrantTitleFill: theme.text,
    quadrantInternalBorderStrokeFill: theme.border,
    quadrantExternalBorderStrokeFill: theme.textMuted,
    // Gantt
    sectionBkgColor: theme.surface,
    altSectionBkgColor: theme.background,
    sectionBkgColor2: theme.surface,
    taskBkgColor: soft(primary),
    taskBorderColor: primary,
    taskTextColor: theme.text,
    taskTextLightColor: theme.text,
    taskTextDarkColor: theme.text,
    taskTextOutsideColor: theme.text,
    activeTaskBkgColor: branch(primary),
    activeTaskBorderColor: primary,
    doneTaskBkgColor: theme.surfaceStrong,
    doneTaskBorderColor: theme.textMuted,
    critBkgColor: soft(theme.negative),
    critBorderColor: theme.negative,
    todayLineColor: theme.negative,
    gridColor: theme.border,
    // ER and class diagrams
    attributeBackgroundColorOdd: theme.background,
    attributeBackgroundColorEven: theme.surface,
    classText: theme.text,
    // State diagrams
    labelColor: theme.text,
    altBackground: theme.surface,
    compositeBackground: theme.surface,
    compositeTitleBackground: theme.surfaceStrong,
    stateBkg: soft(primary),
    stateLabelColor: theme.text,
    transitionColor: theme.textMuted,
    transitionLabelColor: theme.text,
    specialStateColor: theme.text,
    innerEndBackground: theme.text,
    // Requirement, journey, xychart
    requirementBackground: soft(primary),
    requirementBorderColor: primary,
    requirementTextColor: theme.text,
    relationColor: theme.textMuted,
    relationLabelColor: theme.text,
    faceColor: soft(accent(2)),
    xyChart: { backgroundColor: theme.background, titleColor: theme.text, xAxisLabelColor: theme.text, xAxisTitleColor: theme.text, xAxisTickColor: theme.textMuted, xAxisLineColor: theme.textMuted, yAxisLabelColor: theme.text, yAxisTitleColor: theme.text, yAxisTickColor: theme.textMuted, yAxisLineColor: theme.textMuted, plotColorPalette: theme.accents.join(',') },
    fontSize: '16px',
    // A git graph's commit ids and tags are 10 px by default (below the critic's 12 px at scale 1).
    commitLabelFontSize: '14px',
    tagLabelFontSize: '14px',
  };
}
