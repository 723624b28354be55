/**
 * Vega-Lite specs modelled on the Vega-Lite documentation's example gallery (our own copies,
 * with small inline datasets instead of data URLs). Every one must render: marks, layers,
 * facets, repeats, concatenation, transforms and (statically rendered) selections.
 */

type Spec = Record<string, unknown>;

const CYLINDERS = [4, 6, 8];
const ORIGINS = ['USA', 'Europe', 'Japan'];
/** A deterministic stand-in for the docs' cars.json. */
const cars = Array.from({ length: 60 }, (_, index) => {
  const cylinders = CYLINDERS[index % 3] ?? 4;
  const origin = ORIGINS[(index * 7) % 3] ?? 'USA';
  const horsepower = 60 + cylinders * 12 + ((index * 37) % 50);
  return {
    Name: `car ${index + 1}`,
    Miles_per_Gallon: Math.round((46 - horsepower / 6 + ((index * 13) % 7)) * 10) / 10,
    Cylinders: cylinders,
    Horsepower: horsepower,
    Weight_in_lbs: 1800 + horsepower * 14 + ((index * 53) % 300),
    Acceleration: 8 + ((index * 17) % 12),
    Year: `${1970 + (index % 12)}-01-01`,
    Origin: origin,
  };
});

const SYMBOLS = ['AAPL', 'MSFT', 'GOOG', 'AMZN'];
const stocks = SYMBOLS.flatMap((symbol, series) =>
  Array.from({ length: 24 }, (_, month) => ({
    symbol,
    date: `${2020 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`,
    price: Math.round((50 + series * 40 + month * (3 + series) + 12 * Math.sin(month / 2 + series)) * 100) / 100,
  })),
);

const WEATHER = ['sun', 'rain', 'fog', 'drizzle', 'snow'];
const weather = Array.from({ length: 120 }, (_, day) => ({
  date: `2015-${String(Math.floor(day / 10) + 1).padStart(2, '0')}-${String((day % 10) * 2 + 1).padStart(2, '0')}`,
  temp_max: Math.round(8 + 14 * Math.sin(((Math.floor(day / 10) + 1) / 12) * Math.PI) + ((day * 7) % 6)),
  temp_min: Math.round(2 + 9 * Math.sin(((Math.floor(day / 10) + 1) / 12) * Math.PI) + ((day * 5) % 4)),
  precipitation: (day * 13) % 17,
  weather: WEATHER[(day * 3) % 5] ?? 'sun',
}));

const barley = ['Manchuria', 'Glabron', 'Svansota', 'Velvet', 'Trebi'].flatMap((variety, v) =>
  ['Crookston', 'Morris', 'Waseca'].flatMap((site, s) => [1931, 1932].map((year) => ({ variety, site, year, yield: 20 + v * 4 + s * 6 + (year === 1932 ? -3 : 2) + ((v * s) % 5) }))),
);

const simple = [
  { a: 'A', b: 28 },
  { a: 'B', b: 55 },
  { a: 'C', b: 43 },
  { a: 'D', b: 91 },
  { a: 'E', b: 81 },
  { a: 'F', b: 53 },
  { a: 'G', b: 19 },
  { a: 'H', b: 87 },
  { a: 'I', b: 52 },
];

const carsData = { values: cars };
const hp = { field: 'Horsepower', type: 'quantitative' };
const mpg = { field: 'Miles_per_Gallon', type: 'quantitative' };
const origin = { field: 'Origin', type: 'nominal' };

export const vegaLiteCorpus: Record<string, Spec> = {
  'bar-simple': { data: { values: simple }, mark: 'bar', encoding: { x: { field: 'a', type: 'nominal', axis: { labelAngle: 0 } }, y: { field: 'b', type: 'quantitative' } } },
  'bar-aggregate': { data: carsData, mark: 'bar', encoding: { x: { ...origin }, y: { aggregate: 'mean', ...hp } } },
  'bar-sorted': { data: { values: simple }, mark: 'bar', encoding: { x: { field: 'a', type: 'nominal', sort: '-y' }, y: { field: 'b', type: 'quantitative' } } },
  'bar-stacked-timeunit': {
    data: { values: weather },
    mark: 'bar',
    encoding: { x: { timeUnit: 'month', field: 'date', type: 'ordinal' }, y: { aggregate: 'count', type: 'quantitative' }, color: { field: 'weather', type: 'nominal' } },
  },
  'bar-normalized': { data: { values: barley }, mark: 'bar', encoding: { x: { field: 'variety', type: 'nominal' }, y: { aggregate: 'sum', field: 'yield', stack: 'normalize' }, color: { field: 'site' } } },
  'bar-grouped': { data: { values: barley }, mark: 'bar', encoding: { x: { field: 'variety' }, xOffset: { field: 'site' }, y: { aggregate: 'sum', field: 'yield', type: 'quantitative' }, color: { field: 'site' } } },
  'bar-horizontal-labels': {
    data: { values: simple },
    encoding: { y: { field: 'a', type: 'nominal' }, x: { field: 'b', type: 'quantitative' } },
    layer: [{ mark: 'bar' }, { mark: { type: 'text', align: 'left', dx: 3 }, encoding: { text: { field: 'b' } } }],
  },
  histogram: { data: carsData, mark: 'bar', encoding: { x: { bin: true, ...hp }, y: { aggregate: 'count' } } },
  'line-simple': { data: { values: stocks }, transform: [{ filter: "datum.symbol === 'GOOG'" }], mark: 'line', encoding: { x: { field: 'date', type: 'temporal' }, y: { field: 'price', type: 'quantitative' } } },
  'line-multi-series': { data: { values: stocks }, mark: 'line', encoding: { x: { field: 'date', type: 'temporal' }, y: { field: 'price', type: 'quantitative' }, color: { field: 'symbol', type: 'nominal' } } },
  'line-points-monotone': {
    data: { values: stocks },
    transform: [{ filter: "datum.symbol === 'MSFT'" }],
    mark: { type: 'line', point: true, interpolate: 'monotone' },
    encoding: { x: { field: 'date', type: 'temporal' }, y: { field: 'price', type: 'quantitative' } },
  },
  area: { data: { values: stocks }, transform: [{ filter: "datum.symbol === 'AAPL'" }], mark: 'area', encoding: { x: { field: 'date', type: 'temporal' }, y: { field: 'price', type: 'quantitative' } } },
  'area-stacked': { data: { values: stocks }, mark: 'area', encoding: { x: { field: 'date', type: 'temporal' }, y: { field: 'price', type: 'quantitative', stack: 'zero' }, color: { field: 'symbol' } } },
  streamgraph: { data: { values: stocks }, mark: 'area', encoding: { x: { field: 'date', type: 'temporal' }, y: { field: 'price', type: 'quantitative', stack: 'center', axis: null }, color: { field: 'symbol' } } },
  'point-scatter': { data: carsData, mark: 'point', encoding: { x: hp, y: mpg, color: origin, shape: origin } },
  'circle-bubble': { data: carsData, mark: 'circle', encoding: { x: hp, y: mpg, size: { field: 'Acceleration', type: 'quantitative' } } },
  'tick-strip': { data: carsData, mark: 'tick', encoding: { x: hp, y: { field: 'Cylinders', type: 'ordinal' } } },
  'rect-heatmap': { data: carsData, mark: 'rect', encoding: { x: { field: 'Cylinders', type: 'ordinal' }, y: origin, color: { aggregate: 'mean', ...hp } } },
  'arc-pie': { data: { values: simple.slice(0, 5) }, mark: 'arc', encoding: { theta: { field: 'b', type: 'quantitative' }, color: { field: 'a', type: 'nominal' } } },
  'arc-donut-labels': {
    data: { values: simple.slice(0, 5) },
    encoding: { theta: { field: 'b', type: 'quantitative', stack: true }, color: { field: 'a', type: 'nominal' } },
    layer: [{ mark: { type: 'arc', innerRadius: 60, outerRadius: 120 } }, { mark: { type: 'text', radius: 140 }, encoding: { text: { field: 'b' } } }],
  },
  boxplot: { data: carsData, mark: 'boxplot', encoding: { x: origin, y: hp } },
  'errorbar-layer': {
    data: { values: barley },
    encoding: { y: { field: 'variety', type: 'ordinal' } },
    layer: [
      { mark: { type: 'point', filled: true }, encoding: { x: { aggregate: 'mean', field: 'yield', type: 'quantitative' } } },
      { mark: { type: 'errorbar', extent: 'ci' }, encoding: { x: { field: 'yield', type: 'quantitative' } } },
    ],
  },
  'errorband-line': {
    data: carsData,
    encoding: { x: { field: 'Year', timeUnit: 'year' } },
    layer: [{ mark: { type: 'errorband', extent: 'ci' }, encoding: { y: { ...mpg, title: 'Mean MPG' } } }, { mark: 'line', encoding: { y: { aggregate: 'mean', field: 'Miles_per_Gallon' } } }],
  },
  trail: { data: { values: stocks }, mark: 'trail', encoding: { x: { field: 'date', type: 'temporal' }, y: { field: 'price', type: 'quantitative' }, size: { field: 'price', type: 'quantitative' }, color: { field: 'symbol' } } },
  'layer-bar-mean-rule': {
    data: { values: simple },
    layer: [{ mark: 'bar', encoding: { x: { field: 'a', type: 'ordinal' }, y: { field: 'b', type: 'quantitative' } } }, { mark: { type: 'rule', color: 'red' }, encoding: { y: { aggregate: 'mean', field: 'b' } } }],
  },
  'facet-row-bars': { data: { values: barley }, mark: 'bar', encoding: { row: { field: 'site' }, x: { aggregate: 'sum', field: 'yield' }, y: { field: 'variety' }, color: { field: 'year', type: 'nominal' } } },
  'facet-column-scatter': { data: carsData, mark: 'point', encoding: { column: origin, x: hp, y: mpg } },
  'facet-wrapped': { data: { values: barley }, facet: { field: 'variety', type: 'nominal' }, columns: 3, spec: { mark: 'bar', encoding: { x: { field: 'site' }, y: { field: 'yield', aggregate: 'sum' } } } },
  'repeat-histograms': {
    data: carsData,
    repeat: ['Horsepower', 'Miles_per_Gallon', 'Acceleration'],
    columns: 3,
    spec: { mark: 'bar', encoding: { x: { field: { repeat: 'repeat' }, bin: true }, y: { aggregate: 'count' } } },
  },
  'repeat-scatter-matrix': {
    data: carsData,
    repeat: { row: ['Horsepower', 'Acceleration'], column: ['Acceleration', 'Horsepower'] },
    spec: { mark: 'point', encoding: { x: { field: { repeat: 'column' }, type: 'quantitative' }, y: { field: { repeat: 'row' }, type: 'quantitative' }, color: origin } },
  },
  hconcat: { data: carsData, hconcat: [{ mark: 'bar', encoding: { x: origin, y: { aggregate: 'count' } } }, { mark: 'point', encoding: { x: hp, y: mpg } }] },
  vconcat: {
    data: { values: weather },
    vconcat: [
      { mark: 'line', encoding: { x: { field: 'date', type: 'temporal' }, y: { field: 'temp_max', type: 'quantitative' } } },
      { mark: 'bar', encoding: { x: { field: 'weather' }, y: { aggregate: 'count' } } },
    ],
  },
  'transform-filter-calculate': {
    data: carsData,
    transform: [{ filter: 'datum.Horsepower > 100' }, { calculate: 'datum.Weight_in_lbs / 2.2046', as: 'Weight_in_kg' }],
    mark: 'point',
    encoding: { x: { field: 'Weight_in_kg', type: 'quantitative' }, y: mpg },
  },
  'transform-window-top-k': {
    data: carsData,
    transform: [{ window: [{ op: 'rank', as: 'rank' }], sort: [{ field: 'Horsepower', order: 'descending' }] }, { filter: 'datum.rank <= 8' }],
    mark: 'bar',
    encoding: { y: { field: 'Name', type: 'nominal', sort: '-x' }, x: hp },
  },
  'transform-fold': {
    data: { values: [{ country: 'USA', gold: 40, silver: 44, bronze: 42 }, { country: 'China', gold: 40, silver: 27, bronze: 24 }, { country: 'Japan', gold: 20, silver: 12, bronze: 13 }] },
    transform: [{ fold: ['gold', 'silver', 'bronze'], as: ['medal', 'count'] }],
    mark: 'bar',
    encoding: { x: { field: 'country' }, y: { field: 'count', type: 'quantitative' }, color: { field: 'medal' } },
  },
  'transform-regression-loess': {
    data: carsData,
    layer: [
      { mark: { type: 'point', filled: true }, encoding: { x: hp, y: mpg } },
      { mark: { type: 'line', color: 'firebrick' }, transform: [{ regression: 'Miles_per_Gallon', on: 'Horsepower' }], encoding: { x: hp, y: mpg } },
      { mark: { type: 'line', color: 'teal' }, transform: [{ loess: 'Miles_per_Gallon', on: 'Horsepower' }], encoding: { x: hp, y: mpg } },
    ],
  },
  'transform-density': {
    data: carsData,
    transform: [{ density: 'Horsepower', groupby: ['Origin'] }],
    mark: 'area',
    encoding: { x: { field: 'value', type: 'quantitative' }, y: { field: 'density', type: 'quantitative', stack: null }, color: { field: 'Origin' }, opacity: { value: 0.5 } },
  },
  'transform-lookup-inline': {
    data: { values: [{ person: 'Alan', group: 1 }, { person: 'George', group: 2 }, { person: 'Fred', group: 1 }] },
    transform: [{ lookup: 'person', from: { data: { values: [{ name: 'Alan', age: 25 }, { name: 'George', age: 32 }, { name: 'Fred', age: 41 }] }, key: 'name', fields: ['age'] } }],
    mark: 'bar',
    encoding: { x: { field: 'person' }, y: { field: 'age', type: 'quantitative' } },
  },
  'transform-quantile': { data: carsData, transform: [{ quantile: 'Horsepower', step: 0.05 }], mark: 'point', encoding: { x: { field: 'prob', type: 'quantitative' }, y: { field: 'value', type: 'quantitative' } } },
  'transform-pivot': {
    data: { values: barley },
    transform: [{ pivot: 'year', value: 'yield', groupby: ['variety'], op: 'sum' }],
    mark: 'point',
    encoding: { x: { field: '1931', type: 'quantitative' }, y: { field: '1932', type: 'quantitative' } },
  },
  'timeunit-temporal': { data: { values: weather }, mark: 'line', encoding: { x: { timeUnit: 'yearmonth', field: 'date', type: 'temporal' }, y: { aggregate: 'mean', field: 'temp_max', type: 'quantitative' } } },
  'selection-interval-brush': {
    data: carsData,
    params: [{ name: 'brush', select: 'interval' }],
    mark: 'point',
    encoding: { x: hp, y: mpg, color: { condition: { param: 'brush', ...origin }, value: 'grey' } },
  },
  'selection-point-legend': {
    data: { values: stocks },
    params: [{ name: 'industry', select: { type: 'point', fields: ['symbol'] }, bind: 'legend' }],
    mark: 'area',
    encoding: { x: { field: 'date', type: 'temporal' }, y: { field: 'price', type: 'quantitative', stack: 'zero' }, color: { field: 'symbol' }, opacity: { condition: { param: 'industry', value: 1 }, value: 0.2 } },
  },
  'text-table': {
    data: { values: simple.slice(0, 4) },
    transform: [{ window: [{ op: 'row_number', as: 'row' }] }],
    mark: 'text',
    encoding: { y: { field: 'row', type: 'ordinal', axis: null }, text: { field: 'a', type: 'nominal' } },
  },
  'rule-ranges': {
    data: { values: weather.slice(0, 20) },
    mark: 'rule',
    encoding: { x: { field: 'date', type: 'ordinal', timeUnit: 'monthdate' }, y: { field: 'temp_min', type: 'quantitative' }, y2: { field: 'temp_max' }, strokeWidth: { value: 4 } },
  },
  'square-shape': { data: carsData, mark: 'square', encoding: { x: hp, y: mpg, color: { field: 'Cylinders', type: 'ordinal' } } },
};
