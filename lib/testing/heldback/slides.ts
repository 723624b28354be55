import type { HeldbackSpec } from './types';

/** Held-back decks, written without looking at the stress set. */
export const heldbackDecks: HeldbackSpec[] = [
  {
    name: 'deck-roadmap-6',
    spec: {
      kind: 'slides',
      title: 'Product roadmap 2027',
      slides: [
        { layout: 'title', title: 'Product roadmap 2027', subtitle: 'Where we are going and why', byline: 'Priya Raman, VP Product · December 2026' },
        { layout: 'bullets', title: 'What we heard from customers', bullets: ['Setup takes too long for small teams', 'Reports are hard to share outside the company', { text: 'Mobile app is missing key features', sub: ['Offline mode', 'Push notifications for approvals'] }, 'Pricing is confusing above 50 seats'] },
        { layout: 'timeline', title: 'The plan, quarter by quarter', style: 'timeline', steps: [{ label: 'Q1', title: 'Guided setup', text: 'Ten-minute onboarding' }, { label: 'Q2', title: 'Share links', text: 'Public, expiring report links' }, { label: 'Q3', title: 'Mobile 2.0', text: 'Offline and approvals' }, { label: 'Q4', title: 'New pricing', text: 'Three simple tiers' }] },
        { layout: 'stats', title: 'Goals for the year', stats: [{ value: '-50%', label: 'Time to first report', good: 'down' }, { value: '2×', label: 'Weekly active mobile users' }, { value: '+15 pts', label: 'Net promoter score' }] },
        { layout: 'two-columns', title: 'What we are not doing', left: { heading: 'Deferred to 2028', bullets: ['Custom dashboards SDK', 'On-premise edition'] }, right: { heading: 'Stopped', bullets: ['Desktop app (usage under 2%)', 'Legacy API v1 after June'] } },
        { layout: 'quote', quote: 'Make the first ten minutes delightful and the rest will follow.', author: 'Customer advisory board', role: 'November 2026 session' },
      ],
    },
  },
  {
    name: 'deck-qbr-4x3-editorial',
    spec: {
      kind: 'slides',
      aspect: '4:3',
      look: 'editorial',
      theme: { palette: 'ocean' },
      title: 'Q3 business review',
      slides: [
        { layout: 'title', title: 'Q3 2026 business review', byline: 'Finance & Operations' },
        { layout: 'stats', title: 'Q3 at a glance', stats: [{ value: '$13.8M', label: 'Revenue', delta: '+18% YoY' }, { value: '4.1%', label: 'Monthly churn', delta: '-0.6 pts', good: 'down' }, { value: '$412', label: 'CAC', delta: '+9%', good: 'down' }, { value: '118%', label: 'Net revenue retention', delta: '+4 pts' }] },
        { layout: 'table', title: 'Revenue by region', columns: ['Region', 'Q2', 'Q3', 'Change'], rows: [['North America', '$4.3M', '$4.8M', '+12%'], ['Europe', '$3.5M', '$3.9M', '+11%'], ['Asia-Pacific', '$2.6M', '$3.2M', '+21%'], ['Latin America', '$1.1M', '$1.2M', '+9%'], ['Middle East & Africa', '$0.6M', '$0.7M', '+17%']] },
        { layout: 'embed', title: 'Monthly revenue', visual: { kind: 'chart', type: 'line', data: [{ label: 'Jul', value: 4.4 }, { label: 'Aug', value: 4.6 }, { label: 'Sep', value: 4.8 }], format: { style: 'currency', decimals: 1 }, yTitle: 'Revenue ($M)' } },
        { layout: 'bullets', title: 'Risks for Q4', bullets: ['Two enterprise renewals ($1.1M ARR) still in negotiation', 'Hiring behind plan in support', 'Currency headwinds in Latin America'] },
      ],
    },
  },
  {
    name: 'deck-sleep-tips-1x1-bold',
    spec: {
      kind: 'slides',
      aspect: '1:1',
      look: 'bold',
      theme: { palette: 'sunset' },
      title: '5 tips for better sleep',
      slides: [
        { layout: 'title', title: '5 tips for better sleep 😴', subtitle: 'Save this for tonight' },
        { layout: 'icon-text', title: 'Same wake-up time, every day', icon: 'alarm-clock', text: 'Your body clock anchors on when you get up. Weekends too — yes, really.' },
        { layout: 'icon-text', title: 'Morning light', icon: 'sun', text: '10 minutes of daylight within an hour of waking sets your rhythm.' },
        { layout: 'bullets', title: 'The evening wind-down', bullets: ['No caffeine after 2 pm ☕', 'Dim the lights at 9 pm 💡', 'Phone charges outside the bedroom 📱', 'Cool room: around 18 °C 🌡️'] },
        { layout: 'stats', title: 'Why it matters', stats: [{ value: '7–9 h', label: 'What adults need' }, { value: '1 in 3', label: 'Adults who sleep less' }] },
      ],
    },
  },
  {
    name: 'deck-product-launch-ja-sketch',
    spec: {
      kind: 'slides',
      locale: 'ja',
      look: 'sketch',
      title: '新製品のご紹介',
      slides: [
        { layout: 'title', title: 'スマート家計簿アプリ「まめログ」', subtitle: 'レシートを撮るだけで、毎月の支出がひと目でわかる', byline: '株式会社サンプル　2026年12月' },
        { layout: 'section', title: '開発の背景', subtitle: '家計簿が続かない理由を調べました' },
        { layout: 'timeline', title: '使い方はかんたん3ステップ', steps: [{ label: 'ステップ1', title: 'レシートを撮影', text: 'AIが店名・金額・品目を自動で読み取ります' }, { label: 'ステップ2', title: '自動で分類', text: '食費・日用品・交通費などに振り分け' }, { label: 'ステップ3', title: '月末にレポート', text: '使いすぎたカテゴリーをお知らせ' }] },
        { layout: 'table', title: '料金プラン', columns: ['', '無料プラン', 'プレミアム'], rows: [['月額', '0円', '480円'], ['レシート読み取り', '月30枚まで', '無制限'], ['銀行口座の連携', '—', '10口座まで'], ['広告', 'あり', 'なし']] },
        { layout: 'bullets', title: 'よくある質問', bullets: ['データはどこに保存されますか？ → 国内のサーバーに暗号化して保存します', '家族で共有できますか？ → プレミアムで最大4人まで共有できます', '解約はいつでもできますか？ → はい、アプリからいつでも解約できます'] },
      ],
    },
  },
  {
    name: 'deck-incident-midnight-embed',
    spec: {
      kind: 'slides',
      look: 'midnight',
      title: 'Incident review: checkout outage',
      slides: [
        { layout: 'title', title: 'Incident review: checkout outage on 18 November', byline: 'SRE team · blameless postmortem' },
        { layout: 'stats', title: 'Impact', stats: [{ value: '47 min', label: 'Checkout unavailable' }, { value: '12,300', label: 'Failed orders' }, { value: '$380k', label: 'Estimated lost revenue' }] },
        { layout: 'embed', title: 'What happened', visual: { kind: 'whiteboard', mermaid: 'flowchart LR\n  A[Config push] --> B[Payment service restarts]\n  B --> C{Health check}\n  C -->|fails| D[Load balancer drains all pods]\n  D --> E[Checkout returns 503]\n  C -->|passes| F[Normal traffic]' } },
        { layout: 'two-columns', title: 'Follow-ups', left: { heading: 'Done', bullets: ['Roll back config automatically on failed health checks', 'Page the payments on-call directly'] }, right: { heading: 'In progress', bullets: ['Canary config pushes to 5% first', 'Game day for payment failover in January'] } },
      ],
    },
  },
  {
    name: 'deck-limits-16x9',
    spec: {
      kind: 'slides',
      title: 'All-hands: the longest deck the schema allows on a slide',
      slides: [
        { layout: 'title', title: 'Company all-hands, December 2026: a year of shipping, hiring, learning, and what comes next for all of us in the new year', subtitle: 'Everything that happened across engineering, design, sales, support, finance and people operations, in one place', byline: 'Leadership team' },
        {
          layout: 'bullets',
          title: 'Engineering highlights of the year, by team, with the numbers that matter most',
          bullets: [
            { text: 'Platform', sub: ['Migrated 140 services to the new cluster', 'Cut build times by 38%', 'On-call pages down 45%'] },
            'Mobile shipped offline mode and approvals',
            'Web rewrote the editor with collaborative cursors',
            'Data team launched the metrics layer used by 12 teams',
            'Security passed SOC 2 Type II with no exceptions',
            'Developer experience: one-command local setup',
            'Search: 3× faster results with the new index',
            'Payments: added six local payment methods in Asia',
          ],
        },
        { layout: 'stats', title: 'The year in numbers', stats: [{ value: '$52.4M ARR', label: 'Annual recurring revenue' }, { value: '1,240', label: 'New customers' }, { value: '96 → 141', label: 'Employees' }, { value: '312', label: 'Releases' }, { value: '99.98%', label: 'Uptime' }, { value: '4.7 / 5', label: 'Customer satisfaction' }] },
        { layout: 'table', title: 'Headcount by department', columns: ['Department', 'Jan 2026', 'Dec 2026', 'Open roles', 'Lead'], rows: [['Engineering', '48', '71', '9', 'A. Okafor'], ['Design', '7', '10', '1', 'M. Lindqvist'], ['Sales', '18', '27', '4', 'J. Ortega'], ['Customer support', '11', '16', '3', 'S. Nakamura'], ['Marketing', '6', '8', '1', 'L. Dubois'], ['Finance', '3', '4', '0', 'R. Chen'], ['People operations', '2', '4', '1', 'K. Adeyemi'], ['Leadership', '1', '1', '0', 'T. Weber']] },
        { layout: 'timeline', title: 'What comes next', style: 'process', steps: [{ label: 'Jan', title: 'Planning week', text: 'Every team writes its one-page plan' }, { label: 'Feb', title: 'Pricing launch' }, { label: 'Mar', title: 'EU data centre', text: 'Frankfurt region goes live' }, { label: 'Apr', title: 'Offsite' }, { label: 'Jun', title: 'Mobile 3.0', text: 'Tablet layouts and widgets' }, { label: 'Sep', title: 'Series C', text: 'If the metrics keep up' }] },
      ],
    },
  },
  {
    name: 'deck-book-club-ko-paper',
    spec: {
      kind: 'slides',
      locale: 'ko',
      look: 'paper',
      theme: { palette: 'forest' },
      title: '독서 모임 12월',
      slides: [
        { layout: 'title', title: '12월 독서 모임: 「아몬드」', subtitle: '손원평 장편소설', byline: '매주 목요일 저녁 7시 · 동네 책방' },
        { layout: 'quote', quote: '사람들은 자기가 느끼는 걸 잘 모른다. 그래서 늘 다른 사람의 감정을 오해한다.', author: '손원평', role: '「아몬드」 중에서' },
        { layout: 'bullets', title: '이번 달 토론 질문', bullets: ['윤재가 감정을 느끼지 못한다는 설정은 이야기에서 어떤 역할을 하나요?', '곤이와 윤재의 우정이 변하는 순간은 언제였나요?', '“괴물”은 누구라고 생각하나요?'] },
        { layout: 'timeline', title: '모임 일정', style: 'timeline', steps: [{ label: '12월 4일', title: '1부 읽기' }, { label: '12월 11일', title: '2부 읽기' }, { label: '12월 18일', title: '3부와 토론' }, { label: '12월 25일', title: '쉬어 갑니다 🎄' }] },
      ],
    },
  },
];
