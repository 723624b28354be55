import type { HeldbackSpec } from './types';

const months = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'];
const wave = (base: number, step: number, index: number) => Math.round(base + step * index + Math.sin(index / 2) * step * 3);

/** Held-back charts (compact and full form), written without looking at the stress set. */
export const heldbackCharts: HeldbackSpec[] = [
  {
    name: 'chart-q3-sales-by-region',
    spec: {
      kind: 'chart',
      title: 'Q3 sales by region',
      subtitle: 'Revenue, July–September 2026',
      type: 'bar',
      data: [
        { label: 'North America', value: 4_820_000 },
        { label: 'Europe', value: 3_910_000 },
        { label: 'Asia-Pacific', value: 3_150_000 },
        { label: 'Latin America', value: 1_240_000 },
        { label: 'Middle East & Africa', value: 680_000 },
      ],
      format: { style: 'currency', currency: 'USD' },
      sort: 'descending',
      yTitle: 'Revenue',
      source: 'Finance dashboard, unaudited',
    },
  },
  {
    name: 'chart-mau-multi-line-months',
    spec: {
      kind: 'chart',
      title: 'Monthly active users by platform',
      type: 'multi-line',
      data: months.flatMap((month, index) => [
        { label: month, series: 'iOS', value: wave(410_000, 9_000, index) },
        { label: month, series: 'Android', value: wave(520_000, 12_000, index) },
        { label: month, series: 'Web', value: wave(230_000, 3_000, index) },
      ]),
      format: { style: 'si' },
      yTitle: 'Monthly active users',
    },
  },
  {
    name: 'chart-browser-share-donut-7',
    spec: {
      kind: 'chart',
      title: 'Browser market share, worldwide',
      type: 'donut',
      data: [
        { label: 'Chrome', value: 65.4 },
        { label: 'Safari', value: 18.6 },
        { label: 'Edge', value: 5.3 },
        { label: 'Firefox', value: 2.7 },
        { label: 'Samsung Internet', value: 2.3 },
        { label: 'Opera', value: 2.1 },
        { label: 'Other', value: 3.6 },
      ],
      format: { style: 'percent', decimals: 1 },
      source: 'StatCounter, October 2026',
    },
  },
  {
    name: 'chart-survey-long-labels-hbar',
    spec: {
      kind: 'chart',
      title: 'What stops you from exercising more often?',
      subtitle: 'Share of 2,000 adults who named each reason (multiple answers allowed)',
      type: 'horizontal-bar',
      data: [
        { label: 'Not enough time because of work or family commitments', value: 54 },
        { label: 'Too tired at the end of the day', value: 47 },
        { label: 'Gym memberships are too expensive', value: 31 },
        { label: 'Lack of motivation or someone to exercise with', value: 29 },
        { label: 'Health problems or injury', value: 18 },
        { label: 'Bad weather', value: 16 },
        { label: 'Don’t know where to start', value: 14 },
        { label: 'No safe place to walk or run near home', value: 9 },
        { label: 'Self-conscious about exercising in public', value: 8 },
        { label: 'Other', value: 4 },
      ],
      format: { style: 'percent' },
      sort: 'descending',
      labels: true,
    },
  },
  {
    name: 'chart-energy-mix-stacked-forest',
    spec: {
      kind: 'chart',
      theme: { palette: 'forest' },
      title: 'Electricity generation mix by country, 2025',
      type: 'stacked-bar',
      data: ['Germany', 'France', 'Japan', 'Brazil', 'India', 'United States'].flatMap((country, index) =>
        (
          [
            ['Coal', [26, 1, 28, 3, 73, 16][index]],
            ['Gas', [14, 7, 33, 8, 3, 42][index]],
            ['Nuclear', [0, 67, 8, 2, 3, 18][index]],
            ['Hydro', [4, 11, 8, 60, 9, 6][index]],
            ['Wind & solar', [48, 13, 13, 23, 11, 17][index]],
            ['Other', [8, 1, 10, 4, 1, 1][index]],
          ] as const
        ).map(([series, value]) => ({ label: country, series, value })),
      ),
      format: { style: 'percent' },
      yTitle: 'Share of generation',
      source: 'Ember Global Electricity Review',
    },
  },
  {
    name: 'chart-phone-plans-grouped',
    spec: {
      kind: 'chart',
      title: 'Compare 3 phone plans',
      subtitle: 'Monthly price vs. included data',
      type: 'grouped-bar',
      data: [
        { label: 'Basic', series: 'Price ($)', value: 25 },
        { label: 'Basic', series: 'Data (GB)', value: 5 },
        { label: 'Plus', series: 'Price ($)', value: 45 },
        { label: 'Plus', series: 'Data (GB)', value: 50 },
        { label: 'Unlimited', series: 'Price ($)', value: 70 },
        { label: 'Unlimited', series: 'Data (GB)', value: 100 },
      ],
      labels: true,
    },
  },
  {
    name: 'chart-height-weight-scatter',
    spec: {
      kind: 'chart',
      title: 'Height vs. weight of 40 adults',
      type: 'scatter',
      data: Array.from({ length: 40 }, (_, index) => {
        const height = 152 + ((index * 37) % 40);
        return { x: height, y: Math.round(height * 0.9 - 88 + ((index * 13) % 17)), series: index % 2 ? 'Women' : 'Men' };
      }),
      xTitle: 'Height (cm)',
      yTitle: 'Weight (kg)',
      annotations: [{ type: 'highlight', x: 191, label: 'Tallest participant' }],
    },
  },
  {
    name: 'chart-gdp-life-bubble',
    spec: {
      kind: 'chart',
      title: 'Wealth and health of nations',
      subtitle: 'GDP per capita vs. life expectancy; bubble size is population',
      type: 'bubble',
      data: [
        { label: 'United States', x: 85_000, y: 77.5, size: 335 },
        { label: 'China', x: 13_000, y: 78.6, size: 1410 },
        { label: 'India', x: 2_600, y: 70.8, size: 1430 },
        { label: 'Japan', x: 34_000, y: 84.5, size: 124 },
        { label: 'Germany', x: 53_000, y: 81.2, size: 84 },
        { label: 'Brazil', x: 10_300, y: 75.9, size: 216 },
        { label: 'Nigeria', x: 1_600, y: 53.6, size: 224 },
        { label: 'Indonesia', x: 4_900, y: 71.9, size: 278 },
        { label: 'United Kingdom', x: 49_000, y: 81.3, size: 68 },
        { label: 'Mexico', x: 13_800, y: 75.1, size: 129 },
      ],
      xTitle: 'GDP per capita (US$)',
      yTitle: 'Life expectancy (years)',
      labels: true,
    },
  },
  {
    name: 'chart-response-time-histogram',
    spec: {
      kind: 'chart',
      title: 'API response times, last 24 hours',
      type: 'histogram',
      data: Array.from({ length: 400 }, (_, index) => ({ value: Math.round(60 + ((index * 7919) % 200) * ((index % 5) + 1) * 0.35) })),
      bins: 20,
      xTitle: 'Response time (ms)',
      yTitle: 'Requests',
      annotations: [{ type: 'rule', value: 200, label: 'SLO 200 ms' }],
    },
  },
  {
    name: 'chart-tokyo-temp-heatmap-ja',
    spec: {
      kind: 'chart',
      locale: 'ja',
      title: '東京の気温 1週間（3時間ごと）',
      type: 'heatmap',
      data: ['水', '木', '金', '土', '日', '月', '火'].flatMap((day, d) =>
        ['0時', '3時', '6時', '9時', '12時', '15時', '18時', '21時'].map((hour, h) => ({ x: hour, y: `${day}曜日`, value: Math.round(6 + 6 * Math.sin(((h - 2) / 8) * Math.PI) - d * 0.6 + (d === 3 ? -3 : 0)) })),
      ),
      xTitle: '時刻',
      yTitle: '曜日',
      labels: true,
      source: '気象庁の予報をもとに作成',
    },
  },
  {
    name: 'chart-revenue-margin-combo',
    spec: {
      kind: 'chart',
      title: 'Revenue and operating margin, 2019–2026',
      type: 'combo',
      data: [
        { label: '2019', value: 12.4, line: 8.1 },
        { label: '2020', value: 10.9, line: 3.2 },
        { label: '2021', value: 14.8, line: 11.5 },
        { label: '2022', value: 18.2, line: 14.9 },
        { label: '2023', value: 19.6, line: 13.2 },
        { label: '2024', value: 23.1, line: 16.8 },
        { label: '2025', value: 27.5, line: 18.4 },
        { label: '2026', value: 31.0, line: 19.1 },
      ],
      yTitle: 'Revenue ($ billions)',
      lineTitle: 'Operating margin (%)',
      labels: true,
    },
  },
  {
    name: 'chart-traffic-stacked-area-dark-ocean',
    spec: {
      kind: 'chart',
      theme: { mode: 'dark', palette: 'ocean' },
      title: 'Website traffic by source',
      type: 'stacked-area',
      data: months.slice(0, 12).flatMap((month, index) => [
        { label: month, series: 'Organic search', value: wave(42_000, 800, index) },
        { label: month, series: 'Direct', value: wave(18_000, 300, index) },
        { label: month, series: 'Social', value: wave(9_000, 600, index) },
        { label: month, series: 'Email', value: wave(6_000, 100, index) },
        { label: month, series: 'Paid ads', value: wave(4_000, 400, index) },
      ]),
      format: { style: 'si' },
      yTitle: 'Sessions',
    },
  },
  {
    name: 'chart-city-population-zh',
    spec: {
      kind: 'chart',
      locale: 'zh-CN',
      theme: { palette: 'sunset' },
      title: '中国城市常住人口（2025年）',
      type: 'horizontal-bar',
      data: [
        { label: '重庆', value: 3191 },
        { label: '上海', value: 2487 },
        { label: '北京', value: 2186 },
        { label: '成都', value: 2140 },
        { label: '广州', value: 1883 },
        { label: '深圳', value: 1779 },
        { label: '武汉', value: 1377 },
        { label: '天津', value: 1364 },
      ],
      sort: 'descending',
      xTitle: '城市',
      yTitle: '人口（万人）',
      source: '各市统计公报',
    },
  },
  {
    name: 'chart-cafe-orders-ko-emoji',
    spec: {
      kind: 'chart',
      locale: 'ko',
      look: 'bold',
      title: '카페 메뉴별 주간 판매량',
      type: 'bar',
      data: [
        { label: '☕ 아메리카노', value: 412 },
        { label: '🥛 카페라테', value: 305 },
        { label: '🍵 녹차라테', value: 121 },
        { label: '🧋 밀크티', value: 98 },
        { label: '🍰 치즈케이크', value: 76 },
        { label: '🥐 크루아상', value: 64 },
      ],
      yTitle: '판매량 (잔/개)',
      labels: true,
    },
  },
  {
    name: 'chart-vegalite-stock-layer',
    spec: {
      kind: 'chart',
      title: 'Share price with 30-day average',
      vegaLite: {
        data: {
          values: Array.from({ length: 60 }, (_, index) => ({
            date: `2026-${String(9 + Math.floor(index / 30)).padStart(2, '0')}-${String((index % 30) + 1).padStart(2, '0')}`,
            price: Math.round((120 + index * 0.4 + Math.sin(index / 3) * 6) * 100) / 100,
            average: Math.round((120 + index * 0.4) * 100) / 100,
          })),
        },
        layer: [
          { mark: 'line', encoding: { x: { field: 'date', type: 'temporal', title: 'Date' }, y: { field: 'price', type: 'quantitative', title: 'Price (USD)', scale: { zero: false } } } },
          { mark: { type: 'line', strokeDash: [4, 4], color: '#D97706' }, encoding: { x: { field: 'date', type: 'temporal' }, y: { field: 'average', type: 'quantitative' } } },
        ],
      },
    },
  },
  {
    name: 'chart-city-temps-9-series',
    spec: {
      kind: 'chart',
      title: 'Average monthly high temperature in nine cities',
      type: 'multi-line',
      data: ['Oslo', 'London', 'Paris', 'Rome', 'Cairo', 'Mumbai', 'Tokyo', 'Sydney', 'Buenos Aires'].flatMap((city, c) =>
        ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].map((month, m) => ({
          label: month,
          series: city,
          value: Math.round((c < 7 ? 1 : -1) * 10 * Math.sin(((m - 3) / 12) * 2 * Math.PI) + ([6, 14, 16, 21, 28, 32, 19, 22, 23][c] ?? 20)),
        })),
      ),
      yTitle: 'High (°C)',
    },
  },
  {
    name: 'chart-savings-area-percent-sketch',
    spec: {
      kind: 'chart',
      look: 'sketch',
      title: 'Household savings rate, 2000–2025',
      type: 'area',
      data: Array.from({ length: 26 }, (_, index) => ({ label: String(2000 + index), value: Math.round((5 + Math.sin(index / 4) * 2 + (index === 20 ? 9 : 0)) * 10) / 10 })),
      format: { style: 'percent', decimals: 1 },
      annotations: [{ type: 'highlight', x: '2020', label: 'Pandemic spike' }],
    },
  },
  {
    name: 'chart-pie-budget-editorial',
    spec: {
      kind: 'chart',
      look: 'editorial',
      theme: { palette: 'glimpse' },
      title: 'Where a typical monthly budget goes',
      type: 'pie',
      data: [
        { label: 'Housing', value: 1650 },
        { label: 'Food & groceries', value: 620 },
        { label: 'Transport', value: 410 },
        { label: 'Insurance & health', value: 380 },
        { label: 'Savings', value: 350 },
        { label: 'Fun & eating out', value: 290 },
      ],
      format: { style: 'currency', currency: 'EUR', decimals: 0 },
    },
  },
];
