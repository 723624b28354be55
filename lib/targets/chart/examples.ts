import type { z } from 'zod';
import type { TargetExample } from '@/lib/targets/define-target';
import type { chartSpecSchema, ChartType } from './schema';

type Input = z.input<typeof chartSpecSchema>;

const quarters = ['Q1', 'Q2', 'Q3', 'Q4'];
const regions = ['North', 'South', 'East'];
const regional = quarters.flatMap((label, quarter) => regions.map((series, region) => ({ label, series, value: 40 + quarter * 9 + region * 14 - (region === 1 && quarter === 2 ? 20 : 0) })));
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** One compact example per chart type: gallery, goldens (light and dark) and model few-shots. */
export const compactExamples: Record<ChartType, Input> = {
  bar: {
    kind: 'chart',
    type: 'bar',
    title: 'Annual rainfall by city',
    yTitle: 'Millimetres',
    data: [
      { label: 'Keelung', value: 3700 },
      { label: 'Taipei', value: 2405 },
      { label: 'Taichung', value: 1773 },
      { label: 'Tainan', value: 1740 },
      { label: 'Kaohsiung', value: 1885 },
    ],
    sort: 'descending',
    annotations: [{ type: 'rule', value: 2000, label: 'Island average' }],
    source: 'Central Weather Administration, 1991–2020 normals',
  },
  'horizontal-bar': {
    kind: 'chart',
    type: 'horizontal-bar',
    title: 'Most spoken languages',
    subtitle: 'Total speakers, first and second language',
    format: { style: 'si' },
    data: [
      { label: 'English', value: 1_500_000_000 },
      { label: 'Mandarin Chinese', value: 1_100_000_000 },
      { label: 'Hindi', value: 609_000_000 },
      { label: 'Spanish', value: 559_000_000 },
      { label: 'Standard Arabic', value: 332_000_000 },
      { label: 'French', value: 310_000_000 },
    ],
    annotations: [{ type: 'highlight', x: 'Mandarin Chinese' }],
  },
  'grouped-bar': { kind: 'chart', type: 'grouped-bar', title: 'Revenue by region', yTitle: 'Revenue', format: { style: 'currency', currency: 'USD', decimals: 0 }, data: regional },
  'stacked-bar': { kind: 'chart', type: 'stacked-bar', title: 'Revenue mix by quarter', format: { style: 'currency', currency: 'EUR', decimals: 0 }, data: regional },
  line: {
    kind: 'chart',
    type: 'line',
    title: 'Average temperature in Taipei',
    yTitle: '°C',
    columns: { label: months, value: [16.1, 16.5, 18.5, 21.9, 25.2, 27.7, 29.6, 29.2, 27.4, 24.5, 21.5, 17.9] },
    annotations: [{ type: 'highlight', x: 'Jul', label: 'Hottest' }],
  },
  'multi-line': {
    kind: 'chart',
    type: 'multi-line',
    title: 'Browser market share',
    format: { style: 'percent' },
    data: ['2019', '2020', '2021', '2022', '2023', '2024'].flatMap((label, index) => [
      { label, series: 'Chrome', value: 63 + index * 0.8 },
      { label, series: 'Safari', value: 16 + index * 0.6 },
      { label, series: 'Edge', value: 2 + index * 0.9 },
      { label, series: 'Firefox', value: 4.5 - index * 0.3 },
    ]),
  },
  area: { kind: 'chart', type: 'area', title: 'Daily active users', format: { style: 'si' }, columns: { label: months, value: [12e3, 13.5e3, 15e3, 19e3, 24e3, 31e3, 36e3, 38e3, 41e3, 47e3, 52e3, 60e3] } },
  'stacked-area': {
    kind: 'chart',
    type: 'stacked-area',
    title: 'Electricity generation by source',
    yTitle: 'TWh',
    data: ['2019', '2020', '2021', '2022', '2023'].flatMap((label, index) => [
      { label, series: 'Coal', value: 120 - index * 6 },
      { label, series: 'Gas', value: 95 + index * 5 },
      { label, series: 'Solar', value: 4 + index * 4 },
      { label, series: 'Wind', value: 2 + index * 3 },
    ]),
  },
  pie: {
    kind: 'chart',
    type: 'pie',
    title: 'Where the time goes',
    data: [
      { label: 'Meetings', value: 12 },
      { label: 'Coding', value: 18 },
      { label: 'Code review', value: 6 },
      { label: 'Email', value: 4 },
    ],
  },
  donut: {
    kind: 'chart',
    type: 'donut',
    title: 'Household budget',
    format: { style: 'currency', currency: 'GBP', decimals: 0 },
    data: [
      { label: 'Housing', value: 1250 },
      { label: 'Food', value: 480 },
      { label: 'Transport', value: 260 },
      { label: 'Savings', value: 400 },
      { label: 'Other', value: 310 },
    ],
  },
  scatter: {
    kind: 'chart',
    type: 'scatter',
    title: 'Height and weight',
    xTitle: 'Height (cm)',
    yTitle: 'Weight (kg)',
    data: [158, 162, 165, 168, 170, 171, 173, 175, 176, 178, 180, 183, 185, 188].map((x, index) => ({ x, y: Math.round(x * 0.9 - 88 + ((index * 7) % 9) - 4), series: index % 2 ? 'Group A' : 'Group B' })),
  },
  bubble: {
    kind: 'chart',
    type: 'bubble',
    title: 'Life expectancy, income and population',
    xTitle: 'GDP per capita (US$ thousands)',
    yTitle: 'Life expectancy (years)',
    data: [
      { x: 12.5, y: 78.2, size: 1412, label: 'China' },
      { x: 2.4, y: 70.8, size: 1408, label: 'India' },
      { x: 76.4, y: 77.5, size: 333, label: 'United States' },
      { x: 4.8, y: 71.9, size: 275, label: 'Indonesia' },
      { x: 33.9, y: 84.5, size: 125, label: 'Japan' },
      { x: 48.7, y: 80.6, size: 84, label: 'Germany' },
      { x: 32.8, y: 81.0, size: 23, label: 'Taiwan' },
    ],
  },
  histogram: {
    kind: 'chart',
    type: 'histogram',
    title: 'Response times',
    xTitle: 'Milliseconds',
    bins: 12,
    data: Array.from({ length: 200 }, (_, index) => ({ value: Math.round(120 + 60 * Math.sin(index * 1.7) + (index % 23) * 4 + (index % 5) * 9) })),
  },
  heatmap: {
    kind: 'chart',
    type: 'heatmap',
    title: 'Commits by weekday and hour',
    data: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'].flatMap((y, day) => ['9h', '11h', '13h', '15h', '17h'].map((x, hour) => ({ x, y, value: ((day + 2) * (hour + 3) * 7) % 41 }))),
  },
  combo: {
    kind: 'chart',
    type: 'combo',
    title: 'Orders and conversion rate',
    yTitle: 'Orders',
    lineTitle: 'Conversion %',
    columns: { label: months.slice(0, 6), value: [320, 410, 380, 520, 610, 700], line: [2.1, 2.4, 2.2, 2.9, 3.1, 3.4] },
  },
};

export const chartExamples: TargetExample<Input>[] = [
  ...Object.entries(compactExamples).map(([type, spec]) => ({ name: `chart-${type}`, spec })),
  {
    name: 'chart-zh-tw',
    spec: {
      kind: 'chart',
      type: 'bar',
      locale: 'zh-TW',
      title: '台灣五大城市人口',
      subtitle: '單位：萬人，二〇二四年底',
      yTitle: '人口（萬）',
      data: [
        { label: '新北市', value: 404.6 },
        { label: '臺中市', value: 286.1 },
        { label: '高雄市', value: 272.4 },
        { label: '臺北市', value: 249.4 },
        { label: '桃園市', value: 233.0 },
      ],
      source: '內政部戶政司',
    },
  },
  {
    name: 'chart-vega-lite',
    spec: {
      kind: 'chart',
      title: 'Vega-Lite: monthly precipitation with the mean',
      source: 'Seattle weather, 2012',
      vegaLite: {
        data: { values: months.map((month, index) => ({ month, precipitation: [173, 92, 183, 68, 52, 59, 11, 3, 23, 171, 196, 174][index] })) },
        layer: [
          { mark: 'bar', encoding: { x: { field: 'month', type: 'ordinal', sort: null }, y: { field: 'precipitation', type: 'quantitative', title: 'Precipitation (mm)' } } },
          { mark: { type: 'rule', color: 'firebrick', size: 3 }, encoding: { y: { aggregate: 'mean', field: 'precipitation' } } },
        ],
      },
    },
  },
];
