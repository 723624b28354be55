/**
 * A valid spec that takes many seconds to draw: a Vega-Lite `repeat` of 30 × 30 scatter plots
 * (900 views). Tests use it for deadlines, cancellation and load shedding — a real input, no seam.
 */
const FIELDS = Array.from({ length: 30 }, (_, index) => `f${index}`);
const ROWS = Array.from({ length: 20 }, (_, row) => Object.fromEntries(FIELDS.map((field, index) => [field, ((row * 7 + index * 13) % 17) + index])));

export function heavySpec(title = 'Heavy: Vega-Lite repeat 30 × 30') {
  return {
    kind: 'chart',
    title,
    vegaLite: {
      data: { values: ROWS },
      repeat: { row: FIELDS, column: FIELDS },
      spec: { width: 40, height: 40, mark: 'point', encoding: { x: { field: { repeat: 'column' }, type: 'quantitative' }, y: { field: { repeat: 'row' }, type: 'quantitative' } } },
    },
  };
}
