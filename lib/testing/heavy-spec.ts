/**
 * A valid spec that takes many seconds to draw: a Vega-Lite `repeat` of 8 × 8 scatter plots (the
 * MAX_CHART_VIEWS budget) over 5,000 generated rows (MAX_CHART_ROWS) — 320,000 points from a few
 * hundred bytes, inside every budget. Tests use it for deadlines, cancellation and load shedding:
 * a real input, no seam.
 */
const FIELDS = Array.from({ length: 8 }, (_, index) => `f${index}`);

export function heavySpec(title = 'Heavy: Vega-Lite repeat 8 × 8 of 5,000 points') {
  return {
    kind: 'chart',
    title,
    vegaLite: {
      data: { sequence: { start: 0, stop: 5000, as: 'i' } },
      transform: FIELDS.map((field, index) => ({ calculate: `(datum.i * ${index + 7}) % 97`, as: field })),
      repeat: { row: FIELDS, column: FIELDS },
      spec: { width: 40, height: 40, mark: 'point', encoding: { x: { field: { repeat: 'column' }, type: 'quantitative' }, y: { field: { repeat: 'row' }, type: 'quantitative' } } },
    },
  };
}
