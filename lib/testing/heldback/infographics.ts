import type { HeldbackSpec } from './types';

/*
 * Held-back infographics: what a model writes when asked everyday questions. Written without
 * looking at the stress set (lib/testing/stress/), so the layout was not tuned against them.
 */
export const heldbackInfographics: HeldbackSpec[] = [
  {
    name: 'info-phone-plans',
    spec: {
      kind: 'infographic',
      title: 'Which phone plan is right for you?',
      subtitle: 'Three plans compared on price, data and extras',
      sections: [
        {
          type: 'stats',
          title: 'Monthly price',
          items: [
            { value: '$25', label: 'Basic — 5 GB data', icon: 'smartphone' },
            { value: '$45', label: 'Plus — 50 GB data', icon: 'wifi' },
            { value: '$70', label: 'Unlimited — no caps, 5G priority', icon: 'zap' },
          ],
        },
        {
          type: 'key-value',
          title: 'What you get',
          rows: [
            { key: 'Hotspot', value: 'Basic: none · Plus: 10 GB · Unlimited: 40 GB' },
            { key: 'International', value: 'Plus and Unlimited include texting in 200+ countries' },
            { key: 'Streaming', value: 'Unlimited includes a video streaming bundle' },
            { key: 'Contract', value: 'No contract on any plan; cancel anytime' },
          ],
        },
        { type: 'callout', tone: 'info', text: 'If you use less than 5 GB a month (most people on Wi-Fi at home and work do), Basic saves you $240 a year over Plus.' },
      ],
      footer: 'Prices before taxes and fees, as of November 2026',
    },
  },
  {
    name: 'info-tokyo-weather-ja',
    spec: {
      kind: 'infographic',
      locale: 'ja',
      title: '東京の天気 1週間',
      subtitle: '12月2日（水）〜12月8日（火）の予報',
      sections: [
        {
          type: 'icon-list',
          title: '日ごとの予報',
          items: [
            { icon: 'sun', title: '水曜日　晴れ　14°C / 5°C', text: '一日中よく晴れて、空気が乾燥します。' },
            { icon: 'cloud-sun', title: '木曜日　晴れ時々曇り　13°C / 6°C' },
            { icon: 'cloud', title: '金曜日　曇り　11°C / 7°C', text: '夕方から雲が広がります。' },
            { icon: 'cloud-rain', title: '土曜日　雨　9°C / 6°C', text: '傘を忘れずに。降水確率80%。' },
            { icon: 'cloud-drizzle', title: '日曜日　小雨のち曇り　10°C / 4°C' },
            { icon: 'sun', title: '月曜日　晴れ　12°C / 3°C' },
            { icon: 'wind', title: '火曜日　晴れ、北風強い　11°C / 2°C', text: '体感温度はさらに低くなります。' },
          ],
        },
        {
          type: 'stats',
          title: '今週のまとめ',
          items: [
            { value: '14°C', label: '最高気温（水）', icon: 'thermometer-sun' },
            { value: '2°C', label: '最低気温（火）', icon: 'thermometer-snowflake' },
            { value: '80%', label: '土曜日の降水確率', icon: 'umbrella' },
          ],
        },
      ],
      footer: '出典：気象庁の週間天気予報をもとに作成',
    },
  },
  {
    name: 'info-https-dark',
    spec: {
      kind: 'infographic',
      theme: { mode: 'dark' },
      title: 'How HTTPS works',
      subtitle: 'What happens between typing a URL and seeing the padlock',
      sections: [
        {
          type: 'steps',
          title: 'The TLS handshake, step by step',
          items: [
            { title: 'Client Hello', text: 'Your browser sends the TLS versions and cipher suites it supports, plus a random number.' },
            { title: 'Server Hello + certificate', text: 'The server picks a cipher suite and sends its certificate, signed by a certificate authority.' },
            { title: 'Certificate check', text: 'The browser verifies the signature chain up to a root it trusts and checks the hostname and expiry.' },
            { title: 'Key exchange', text: 'Both sides run ECDHE to agree on a shared secret without ever sending it over the wire.' },
            { title: 'Session keys', text: 'The shared secret becomes symmetric keys (e.g. AES-256-GCM) used for the rest of the connection.' },
            { title: 'Encrypted traffic', text: 'HTTP requests and responses now travel encrypted and integrity-protected.' },
          ],
        },
        {
          type: 'icon-list',
          title: 'What it protects you from',
          items: [
            { icon: 'eye-off', title: 'Eavesdropping', text: 'Nobody on the café Wi-Fi can read your passwords.' },
            { icon: 'shield-check', title: 'Tampering', text: 'Injected ads or malware are detected and rejected.' },
            { icon: 'badge-check', title: 'Impersonation', text: 'The certificate proves you reached the real site.' },
          ],
        },
        { type: 'callout', tone: 'warning', text: 'HTTPS does not mean a site is trustworthy — phishing sites get certificates too. Check the domain name.' },
      ],
    },
  },
  {
    name: 'info-onboarding',
    spec: {
      kind: 'infographic',
      look: 'clean',
      theme: { palette: 'ocean' },
      title: 'New hire onboarding: your first 30 days',
      sections: [
        {
          type: 'timeline',
          title: 'Milestones',
          items: [
            { date: 'Day 1', title: 'Welcome & setup', text: 'Laptop, accounts, badge, and lunch with your buddy.' },
            { date: 'Week 1', title: 'Meet the team', text: '1:1s with your manager and each teammate.' },
            { date: 'Week 2', title: 'First small task', text: 'Ship a small fix to production with a pairing partner.' },
            { date: 'Day 30', title: '30-day check-in', text: 'Review goals and feedback with your manager.' },
          ],
        },
        {
          type: 'progress',
          title: 'Typical completion by day 30',
          items: [
            { label: 'Accounts & tools set up', value: 100 },
            { label: 'Security training', value: 95 },
            { label: 'Product deep-dive sessions', value: 70 },
            { label: 'First feature shipped', value: 45 },
          ],
        },
      ],
      footer: 'People Ops · questions? #onboarding on Slack',
    },
  },
  {
    name: 'info-coffee-vs-tea-editorial',
    spec: {
      kind: 'infographic',
      look: 'editorial',
      theme: { palette: 'forest' },
      title: 'Coffee vs. tea',
      subtitle: 'Which morning drink suits you?',
      sections: [
        {
          type: 'comparison',
          left: { title: 'Coffee', icon: 'coffee', items: ['~95 mg caffeine per cup', 'Quick, strong alertness boost', 'Rich in antioxidants', 'Can upset sensitive stomachs'] },
          right: { title: 'Tea', icon: 'leaf', items: ['~47 mg caffeine per cup (black)', 'L-theanine gives calmer focus', 'Many caffeine-free herbal options', 'Less likely to cause jitters'] },
        },
        {
          type: 'pros-cons',
          title: 'Switching from coffee to tea',
          pros: ['Fewer afternoon crashes', 'Better sleep for many people', 'Cheaper per cup'],
          cons: ['Withdrawal headaches for a few days', 'Weaker kick in the morning'],
        },
      ],
      footer: 'Caffeine figures: USDA FoodData Central',
    },
  },
  {
    name: 'info-finance-zh',
    spec: {
      kind: 'infographic',
      locale: 'zh-CN',
      theme: { palette: 'sunset' },
      title: '年轻人如何开始理财：50/30/20 法则',
      sections: [
        {
          type: 'stats',
          title: '把税后收入分成三份',
          items: [
            { value: '50%', label: '必要开支：房租、水电、交通、吃饭', icon: 'home' },
            { value: '30%', label: '想要的东西：旅行、娱乐、外出就餐', icon: 'plane' },
            { value: '20%', label: '储蓄和投资：应急基金、指数基金', icon: 'piggy-bank' },
          ],
        },
        {
          type: 'pros-cons',
          title: '这个方法适合你吗？',
          pros: ['简单好记，不需要记每一笔账', '自动留出储蓄，避免月光', '灵活，可以按城市调整比例'],
          cons: ['一线城市房租可能超过收入的一半', '没有考虑还贷款的情况'],
        },
        { type: 'callout', tone: 'success', text: '先存够三到六个月的生活费作为应急基金，再开始投资。' },
      ],
      footer: '仅供参考，不构成投资建议',
    },
  },
  {
    name: 'info-seoul-subway-ko-bold',
    spec: {
      kind: 'infographic',
      locale: 'ko',
      look: 'bold',
      title: '서울 지하철 처음 타는 법',
      subtitle: '외국인 여행자를 위한 5단계 안내',
      sections: [
        {
          type: 'steps',
          items: [
            { title: '티머니 카드 구입', text: '편의점이나 역 자판기에서 4,000원에 살 수 있습니다.' },
            { title: '카드 충전', text: '역의 충전기에서 현금으로 10,000원 이상 충전하세요.' },
            { title: '개찰구 통과', text: '카드를 단말기에 대면 기본요금 1,400원이 빠져나갑니다.' },
            { title: '노선 확인', text: '노선은 색깔과 번호로 구분됩니다. 2호선은 초록색 순환선입니다.' },
            { title: '내릴 때도 태그', text: '나갈 때 다시 카드를 대야 거리 요금이 정산됩니다.' },
          ],
        },
        {
          type: 'stats',
          title: '알아두면 좋은 숫자',
          items: [
            { value: '1,400원', label: '기본요금 (교통카드)', icon: 'ticket' },
            { value: '23개', label: '노선 수', icon: 'train-front' },
            { value: '05:30', label: '첫차 시간', icon: 'clock' },
          ],
        },
      ],
    },
  },
  {
    name: 'info-company-history-sketch-limits',
    spec: {
      kind: 'infographic',
      look: 'sketch',
      title: 'From a garage to 40 countries: the twelve moments that shaped Northwind Outdoor Supply Co. between 1989 and 2025',
      sections: [
        {
          type: 'timeline',
          title: 'Our story',
          items: [
            { date: '1989', title: 'Founded in a garage in Portland, Oregon', text: 'Two climbers start sewing backpacks for friends.' },
            { date: '1993', title: 'First retail store' },
            { date: '1997', title: 'Catalogue goes national', text: '250,000 copies mailed.' },
            { date: '2001', title: 'Lifetime repair guarantee introduced for every pack we have ever made' },
            { date: '2005', title: 'Online store launches' },
            { date: '2009', title: 'B Corp certification' },
            { date: '2012', title: 'Opens in Japan and South Korea', text: 'Our first stores outside North America.' },
            { date: '2015', title: '100% recycled nylon line' },
            { date: '2018', title: 'Repair cafés in 30 cities' },
            { date: '2020', title: 'Pandemic pivot: masks for hospitals', text: '1.2 million masks donated.' },
            { date: 'Q3 2023', title: 'Carbon-neutral operations' },
            { date: 'March 2025', title: 'Present in 40 countries with 3,200 employees' },
          ],
        },
      ],
    },
  },
  {
    name: 'info-sales-funnel-emoji',
    spec: {
      kind: 'infographic',
      theme: { palette: 'glimpse' },
      title: '🚀 Our Q3 sales funnel',
      subtitle: 'From website visit to paying customer',
      sections: [
        {
          type: 'funnel',
          items: [
            { label: '👀 Website visitors', value: '120,000' },
            { label: '📝 Signed up for trial', value: '8,400' },
            { label: '✅ Activated (created a project)', value: '3,900' },
            { label: '💬 Talked to sales', value: '1,150' },
            { label: '💳 Paying customers', value: '610' },
          ],
        },
        {
          type: 'stats',
          items: [
            { value: '7%', label: 'Visit → trial', delta: '+1.2 pts', trend: 'up' },
            { value: '7.3%', label: 'Trial → paid', delta: '-0.4 pts', trend: 'down' },
            { value: '$1,240', label: 'Average first-year deal', delta: '+8%' },
          ],
        },
      ],
      footer: 'Source: HubSpot export, Jul–Sep 2026',
    },
  },
  {
    name: 'info-half-pairs-ocean-dark',
    spec: {
      kind: 'infographic',
      theme: { mode: 'dark', palette: 'ocean' },
      columns: 2,
      title: 'Remote work survey 2026',
      subtitle: '1,200 employees across 14 offices',
      sections: [
        { type: 'stats', width: 'half', title: 'Headline numbers', items: [{ value: '78%', label: 'prefer hybrid' }, { value: '2.6', label: 'office days a week, on average' }] },
        { type: 'text', width: 'half', title: 'What we asked', text: 'An anonymous 20-question survey in October 2026 about where people work best, commuting, and what would bring them into the office more often. Response rate was 71%.' },
        { type: 'progress', width: 'half', style: 'rings', title: 'Satisfied with…', items: [{ label: 'Home setup', value: 82 }, { label: 'Office space', value: 54 }, { label: 'Meeting tools', value: 67 }] },
        {
          type: 'key-value',
          width: 'half',
          title: 'Top requests',
          rows: [
            { key: '1', value: 'Quiet focus rooms' },
            { key: '2', value: 'Better video rooms' },
            { key: '3', value: 'Commuting stipend' },
            { key: '4', value: 'Team anchor days' },
            { key: '5', value: 'Free lunch on anchor days' },
          ],
        },
        { type: 'quote', width: 'full', text: 'I do my best deep work at home, but I come in for the people.', author: 'Survey respondent', role: 'Engineering, Berlin office' },
      ],
    },
  },
  {
    name: 'info-mobile-narrow-limits',
    spec: {
      kind: 'infographic',
      width: 390,
      title: 'Ten habits that will actually help you sleep better tonight, according to sleep researchers and doctors who study insomnia',
      sections: [
        {
          type: 'icon-list',
          items: [
            { icon: 'alarm-clock', title: 'Keep the same wake-up time every single day, including weekends and holidays', text: 'Your body clock anchors on when you get up, not when you go to bed.' },
            { icon: 'sun', title: 'Get daylight within an hour of waking' },
            { icon: 'coffee', title: 'No caffeine after 2 pm' },
            { icon: 'wine', title: 'Limit alcohol in the evening', text: 'It helps you fall asleep but fragments sleep later in the night.' },
            { icon: 'thermometer', title: 'Keep the bedroom cool, around 18 °C' },
            { icon: 'moon', title: 'Dim lights two hours before bed' },
            { icon: 'smartphone', title: 'Phone out of the bedroom' },
            { icon: 'bed', title: 'Bed is for sleep only' },
            { icon: 'dumbbell', title: 'Exercise, but not late' },
            { icon: 'notebook-pen', title: 'Write tomorrow’s to-do list before bed', text: 'Offloading worries onto paper shortens the time it takes to fall asleep.' },
            { icon: 'timer', title: 'Awake for 20 minutes? Get up' },
            { icon: 'stethoscope', title: 'See a doctor if it lasts more than three months' },
          ],
        },
      ],
      footer: 'Adapted from the American Academy of Sleep Medicine’s guidance',
    },
  },
  {
    name: 'info-book-summary-mono',
    spec: {
      kind: 'infographic',
      look: 'editorial',
      theme: { palette: 'mono' },
      title: 'Atomic Habits in one page',
      subtitle: 'James Clear’s four laws of behaviour change',
      sections: [
        { type: 'quote', text: 'You do not rise to the level of your goals. You fall to the level of your systems.', author: 'James Clear', role: 'Atomic Habits (2018)' },
        {
          type: 'steps',
          title: 'The four laws',
          items: [
            { title: 'Make it obvious', text: 'Put cues where you will see them.' },
            { title: 'Make it attractive', text: 'Pair habits you need with ones you want.' },
            { title: 'Make it easy', text: 'Shrink it to two minutes.' },
            { title: 'Make it satisfying', text: 'Track it; never miss twice.' },
          ],
        },
        { type: 'text', title: 'The 1% idea', text: 'Getting 1% better every day compounds to about 37 times better over a year. Small habits matter because they compound, not because any single day is dramatic.' },
      ],
    },
  },
  {
    name: 'info-marathon-plan-wide',
    spec: {
      kind: 'infographic',
      width: 1600,
      theme: { palette: 'sunset' },
      title: '16-week marathon training plan for first-timers',
      sections: [
        {
          type: 'key-value',
          title: 'Weekly long run',
          rows: [
            { key: 'Weeks 1–2', value: '10 km easy' },
            { key: 'Weeks 3–4', value: '13 km easy' },
            { key: 'Weeks 5–6', value: '16 km, last 2 km at goal pace' },
            { key: 'Week 7', value: '12 km recovery week' },
            { key: 'Weeks 8–9', value: '20 km easy' },
            { key: 'Weeks 10–11', value: '24 km with fuelling practice' },
            { key: 'Week 12', value: '16 km recovery week' },
            { key: 'Week 13', value: '29 km — longest run' },
            { key: 'Week 14', value: '32 km or 3 hours, whichever comes first' },
            { key: 'Week 15', value: '19 km taper' },
            { key: 'Week 16', value: '10 km easy, then race day: 42.195 km' },
          ],
        },
        {
          type: 'stats',
          title: 'By the end you will have run',
          items: [
            { value: '~640 km', label: 'in training', icon: 'footprints' },
            { value: '64', label: 'runs', icon: 'calendar-check' },
            { value: '4:30', label: 'typical first-marathon finish', icon: 'timer' },
          ],
        },
      ],
    },
  },
  {
    name: 'info-lisbon-emoji',
    spec: {
      kind: 'infographic',
      look: 'bold',
      theme: { palette: 'sunset' },
      title: 'A weekend in Lisbon 🇵🇹',
      subtitle: '48 hours of tiles, trams and pastéis de nata',
      sections: [
        {
          type: 'icon-list',
          title: 'Saturday',
          items: [
            { icon: 'tram-front', title: '🚋 Tram 28 through Alfama', text: 'Go before 9 am to get a seat.' },
            { icon: 'landmark', title: '🏰 Castelo de São Jorge', text: 'Best views over the red roofs.' },
            { icon: 'utensils', title: '🐟 Grilled sardines in Mouraria' },
            { icon: 'music', title: '🎸 Fado in a tiny tavern' },
          ],
        },
        {
          type: 'icon-list',
          title: 'Sunday',
          items: [
            { icon: 'croissant', title: '🥐 Pastéis de Belém', text: 'The original custard tarts since 1837.' },
            { icon: 'building-2', title: '⛪ Jerónimos Monastery' },
            { icon: 'sunset', title: '🌅 Sunset at Miradouro da Senhora do Monte' },
          ],
        },
        { type: 'stats', items: [{ value: '☀️ 24°C', label: 'Average in September' }, { value: '€1.90', label: 'A bica (espresso) and a nata' }, { value: '7', label: 'Hills to climb' }] },
      ],
    },
  },
  {
    name: 'info-maslow-pyramid-bold',
    spec: {
      kind: 'infographic',
      look: 'bold',
      theme: { palette: 'forest' },
      title: 'Maslow’s hierarchy of needs',
      sections: [
        {
          type: 'funnel',
          shape: 'pyramid',
          items: [
            { label: 'Self-actualisation' },
            { label: 'Esteem' },
            { label: 'Love & belonging' },
            { label: 'Safety' },
            { label: 'Physiological: food, water, warmth, rest' },
          ],
        },
        { type: 'text', text: 'Maslow argued that people are motivated to meet basic needs before moving on to higher ones — though later research shows the order is far less strict than the pyramid suggests.' },
      ],
    },
  },
  {
    name: 'info-water-zh-tw-sketch-dark',
    spec: {
      kind: 'infographic',
      locale: 'zh-TW',
      look: 'sketch',
      theme: { mode: 'dark', palette: 'glimpse' },
      title: '每日喝水目標達成率',
      subtitle: '本週（12月1日至7日）',
      sections: [
        {
          type: 'progress',
          style: 'rings',
          items: [
            { label: '週一', value: 100 },
            { label: '週二', value: 85 },
            { label: '週三', value: 60 },
            { label: '週四', value: 92 },
            { label: '週五', value: 40 },
            { label: '週六', value: 75 },
            { label: '週日', value: 100 },
          ],
        },
        { type: 'callout', tone: 'info', icon: 'glass-water', text: '成年人每天建議喝 2,000 毫升的水，大約是 8 杯。運動或天氣熱的時候要喝更多。' },
      ],
    },
  },
  {
    name: 'info-kpi-dashboard-mono-12',
    spec: {
      kind: 'infographic',
      theme: { palette: 'mono' },
      title: 'Platform health — November 2026',
      sections: [
        {
          type: 'stats',
          items: [
            { value: '99.97%', label: 'Uptime', delta: '+0.02 pts', good: 'up' },
            { value: '182 ms', label: 'p95 latency', delta: '-14 ms', good: 'down' },
            { value: '0.08%', label: 'Error rate', delta: '+0.03 pts', good: 'down' },
            { value: '4.2M', label: 'Requests per day', delta: '+11%' },
            { value: '37', label: 'Deploys', delta: '+5' },
            { value: '2', label: 'Incidents (SEV-2)', delta: '-1', good: 'down' },
            { value: '$18.4k', label: 'Cloud cost', delta: '+6%', good: 'down' },
            { value: '71%', label: 'CPU utilisation', delta: '0%', trend: 'flat' },
            { value: '12 min', label: 'Mean time to recover', delta: '-8 min', good: 'down' },
            { value: '4.6/5', label: 'Developer satisfaction' },
            { value: '1,284', label: 'Open tickets', delta: '-96', good: 'down' },
            { value: '3', label: 'Services deprecated' },
          ],
        },
      ],
      footer: 'Data: Grafana, PagerDuty and the billing console, 1–30 November',
    },
  },
];
