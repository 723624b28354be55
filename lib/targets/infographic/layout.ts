import type { InfographicSpec, Section } from './schema';

/** Sections that read well at half width when `width: 'auto'`. */
function prefersHalf(section: Section): boolean {
  switch (section.type) {
    case 'quote':
    case 'callout':
    case 'key-value':
    case 'progress':
    case 'funnel':
      return true;
    case 'text':
      return section.text.length <= 400;
    case 'icon-list':
      return section.items.length <= 4;
    case 'stats':
      return section.items.length <= 2;
    case 'steps':
    case 'timeline':
    case 'comparison':
    case 'pros-cons':
      return false;
    default: {
      const unreachable: never = section;
      return unreachable;
    }
  }
}

export interface LayoutRow {
  /** One section spanning the row, or two halves side by side. */
  sections: { section: Section; index: number }[];
}

export const TWO_COLUMN_MIN_WIDTH = 900;

/** Groups sections into rows: adjacent half-width sections pair up; everything else spans the canvas. */
export function layoutRows(spec: InfographicSpec, width: number): LayoutRow[] {
  const columns = spec.columns ?? (width >= TWO_COLUMN_MIN_WIDTH ? 2 : 1);
  const wantsHalf = (section: Section) =>
    columns === 2 && section.width !== 'full' && (section.width === 'half' || prefersHalf(section));
  const rows: LayoutRow[] = [];
  let pending: { section: Section; index: number } | undefined;
  spec.sections.forEach((section, index) => {
    if (!wantsHalf(section)) {
      if (pending) rows.push({ sections: [pending] });
      pending = undefined;
      rows.push({ sections: [{ section, index }] });
      return;
    }
    if (pending) {
      rows.push({ sections: [pending, { section, index }] });
      pending = undefined;
    } else {
      pending = { section, index };
    }
  });
  if (pending) rows.push({ sections: [pending] });
  return rows;
}
