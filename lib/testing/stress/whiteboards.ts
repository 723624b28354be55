import { PALETTE_NAMES } from '@/lib/spec/palettes';
import { MERMAID_DIAGRAMS } from '@/lib/testing/mermaid-diagrams';

/**
 * The whiteboard stress set (issue 14): a 40-node platform graph (wide and branching, with back
 * edges), every shape edges must end on, long labels, CJK, emoji, dark, sketch and clean, and the
 * mermaid form of each diagram type with long labels, CJK, emoji and dark mode.
 * lib/lint/stress.test.ts renders each and wants no `error`.
 */

const SERVICES = ['Browser', 'CDN', 'Load balancer', 'API gateway', 'Auth', 'Users', 'Sessions', 'Orders', 'Payments', 'Inventory', 'Catalog', 'Search', 'Recommendations', 'Cart', 'Checkout', 'Shipping', 'Notifications', 'Email', 'SMS', 'Push', 'Analytics', 'Event bus', 'Data lake', 'Warehouse', 'BI dashboards', 'ML training', 'Feature store', 'Model server', 'Fraud check', 'Ledger', 'Billing', 'Invoices', 'Tax service', 'Admin UI', 'Support desk', 'CRM', 'Audit log', 'Metrics', 'Tracing', 'Alerts'];
const SHAPES = ['rounded', 'box', 'diamond', 'cylinder', 'cloud', 'circle'];

/** Forty services in a branching tree plus six edges back up it: too wide for one row of layers. */
export const FORTY_NODE_PLATFORM = {
  kind: 'whiteboard',
  title: 'Shop platform',
  style: 'clean',
  nodes: SERVICES.map((label, index) => ({ id: `n${index}`, label, shape: SHAPES[index % SHAPES.length] })),
  edges: [
    ...SERVICES.slice(1).map((_, index) => ({ from: `n${Math.floor(index / 2)}`, to: `n${index + 1}` })),
    { from: 'n39', to: 'n3' },
    { from: 'n21', to: 'n7' },
    { from: 'n28', to: 'n8' },
    { from: 'n36', to: 'n4' },
    { from: 'n30', to: 'n14' },
    { from: 'n22', to: 'n2' },
  ],
};

const shapes = (direction: 'LR' | 'TB', extra: Record<string, unknown> = {}) => ({
  kind: 'whiteboard',
  title: 'Every shape with a long label',
  direction,
  nodes: [
    { id: 'start', label: 'A customer opens the app for the first time', shape: 'circle' },
    { id: 'valid', label: 'Is the account already verified?', shape: 'diamond' },
    { id: 'cloud', label: 'Identity provider in the cloud', shape: 'cloud' },
    { id: 'db', label: 'Customer database (primary)', shape: 'cylinder' },
    { id: 'person', label: 'Support agent on call', shape: 'person' },
    { id: 'note', label: 'Remember: verification mails expire after 24 hours', shape: 'note' },
    { id: 'box', label: 'Send the verification email again', shape: 'box' },
    { id: 'text', label: 'plain text', shape: 'text' },
  ],
  edges: [
    { from: 'start', to: 'valid' },
    { from: 'valid', to: 'cloud', label: 'yes, sign in' },
    { from: 'valid', to: 'box', label: 'no, not yet' },
    { from: 'box', to: 'db', dashed: true },
    { from: 'cloud', to: 'db' },
    { from: 'person', to: 'valid', arrow: 'both' },
    { from: 'db', to: 'note', arrow: 'none' },
  ],
  groups: [],
  notes: [{ text: 'Runbook: https://wiki.example.com/runbooks/identity/verification-mails-expired' }],
  ...extra,
});

const chain = (count: number, extra: Record<string, unknown> = {}) => ({
  kind: 'whiteboard',
  title: 'Request path',
  nodes: Array.from({ length: count }, (_, index) => ({ id: `s${index}`, label: `Stage ${index + 1}` })),
  edges: Array.from({ length: count - 1 }, (_, index) => ({ from: `s${index}`, to: `s${index + 1}` })),
  ...extra,
});

const native: { name: string; spec: Record<string, unknown> }[] = [
  { name: 'forty-nodes-clean', spec: FORTY_NODE_PLATFORM },
  { name: 'forty-nodes-sketch-dark', spec: { ...FORTY_NODE_PLATFORM, title: 'Shop platform (sketch, dark)', style: 'sketch', theme: { mode: 'dark', palette: 'ocean' } } },
  { name: 'forty-nodes-spline', spec: { ...FORTY_NODE_PLATFORM, title: 'Shop platform (splines)', edgeStyle: 'spline', theme: { palette: 'sunset' } } },
  { name: 'shapes-long-labels-lr', spec: shapes('LR') },
  { name: 'shapes-long-labels-tb-clean-dark', spec: shapes('TB', { style: 'clean', theme: { mode: 'dark', palette: 'forest' } }) },
  { name: 'shapes-spline', spec: shapes('LR', { edgeStyle: 'spline', theme: { palette: 'mono' } }) },
  { name: 'chain-14', spec: chain(14) },
  { name: 'chain-20-tb-dark', spec: chain(20, { direction: 'TB', theme: { mode: 'dark' } }) },
  {
    name: 'groups-long-titles',
    spec: {
      kind: 'whiteboard',
      title: 'Deployment',
      groups: [{ id: 'edge', label: 'The public edge of the platform, behind the CDN' }, { id: 'core', label: 'Core' }, { id: 'inner', label: 'Workers that only the core services may call', parent: 'core' }],
      nodes: [{ id: 'cdn', label: 'CDN', group: 'edge' }, { id: 'api', label: 'API', group: 'core' }, { id: 'worker', label: 'Worker', group: 'inner' }, { id: 'db', label: 'DB', shape: 'cylinder' }],
      edges: [{ from: 'cdn', to: 'api' }, { from: 'api', to: 'worker', label: 'jobs' }, { from: 'worker', to: 'db' }],
    },
  },
  {
    name: 'cjk-zh',
    spec: {
      kind: 'whiteboard',
      title: '订单处理流程',
      locale: 'zh-CN',
      nodes: [{ id: 'a', label: '顾客在手机上下单', shape: 'person' }, { id: 'b', label: '付款是否成功？', shape: 'diamond' }, { id: 'c', label: '仓库拣货并出货', shape: 'box' }, { id: 'd', label: '通知顾客重新付款', shape: 'note' }, { id: 'e', label: '云端订单数据库', shape: 'cloud' }],
      edges: [{ from: 'a', to: 'b' }, { from: 'b', to: 'c', label: '是' }, { from: 'b', to: 'd', label: '否' }, { from: 'c', to: 'e' }],
    },
  },
  {
    name: 'cjk-ja-clean-dark',
    spec: {
      kind: 'whiteboard',
      title: 'デプロイの流れ',
      locale: 'ja',
      style: 'clean',
      theme: { mode: 'dark', palette: 'sunset' },
      nodes: [{ id: 'a', label: '開発者がプッシュする' }, { id: 'b', label: 'テストは通ったか？', shape: 'diamond' }, { id: 'c', label: '本番環境へ反映', shape: 'cloud' }, { id: 'd', label: '失敗を通知', shape: 'box' }],
      edges: [{ from: 'a', to: 'b' }, { from: 'b', to: 'c', label: 'はい' }, { from: 'b', to: 'd', label: 'いいえ' }],
    },
  },
  {
    name: 'cjk-units-breaks',
    spec: {
      kind: 'whiteboard',
      title: '新一代加速器的发布（1989–2025）',
      locale: 'zh-CN',
      nodes: [
        { id: 'a', label: '内存带宽达到 288 GB，在 9 月份发布（预计）' },
        { id: 'b', label: '机器学习模型的训练数据来自公开网站', shape: 'diamond' },
        { id: 'c', label: 'GPU memory per card reached 288 GB', shape: 'cylinder' },
        { id: 'd', label: 'Archive coverage 1989–2025 for every region', shape: 'cloud' },
      ],
      edges: [{ from: 'a', to: 'b', label: '带宽 288 GB/s（峰值）' }, { from: 'b', to: 'c' }, { from: 'c', to: 'd', label: 'open 9:00 – 17:00' }],
      notes: [{ text: '資料來源：內政部戶政司二〇二四年十二月底統計。人口は9月に1400万人を超えました' }],
    },
  },
  {
    name: 'ja-words-sketch',
    spec: {
      kind: 'whiteboard',
      title: '東京都の人口推移',
      locale: 'ja',
      style: 'sketch',
      nodes: [{ id: 'a', label: '東京都の人口は増えています（推定）' }, { id: 'b', label: '今日は良い天気ですね。旅行に行。', shape: 'rounded' }, { id: 'c', label: '売上は9月に1400万円を超えました', shape: 'box' }],
      edges: [{ from: 'a', to: 'b', label: '毎年 12 月に集計' }, { from: 'b', to: 'c' }],
      notes: [{ text: '「東京都の人口」は総務省の推計（2025年9月1日現在）による' }],
    },
  },
  {
    name: 'emoji-labels',
    spec: {
      kind: 'whiteboard',
      title: 'Trip planner ✈️',
      nodes: [{ id: 'a', label: '🧳 Pack the bags' }, { id: 'b', label: '✈️ Fly to Lisbon' }, { id: 'c', label: '🏖️ Rest on the beach', shape: 'cloud' }, { id: 'd', label: '🏠 Home again', shape: 'circle' }],
      edges: [{ from: 'a', to: 'b' }, { from: 'b', to: 'c' }, { from: 'c', to: 'd', label: '🚆 by train' }],
    },
  },
];

/** Mermaid sources the set adds to the one-per-type samples: long labels, CJK, emoji, forty nodes. */
const MERMAID_HARD: Record<string, string> = {
  'sequence-long-notes': 'sequenceDiagram\n  actor U as User\n  participant A as Authentication service\n  participant D as Database\n  U->>A: POST /login with email and password\n  Note over U,A: The password is hashed with argon2 before it is compared with the stored hash\n  A->>D: SELECT the user by email address\n  D-->>A: one row\n  Note right of D: Indexed lookup by email address, usually under a millisecond\n  A-->>U: 200 OK with a session cookie',
  'sequence-cjk': 'sequenceDiagram\n  actor U as 利用者\n  participant S as 認証サーバー\n  U->>S: ログインする\n  Note over S: パスワードを照合する\n  S-->>U: セッションを返す',
  'flowchart-long-labels': 'flowchart TB\n  A[A customer opens the app for the very first time on a new phone] --> B{Is the account already verified by email?}\n  B -->|yes, it is| C[Show the home screen with the latest orders]\n  B -->|no, not yet| D[Send the verification email again and wait]',
  'flowchart-emoji': 'flowchart LR\n  A[🧳 Pack] --> B[✈️ Fly] --> C[🏖️ Rest] --> D[🏠 Home]',
  'flowchart-forty': `flowchart TB\n${Array.from({ length: 39 }, (_, index) => `  N${Math.floor(index / 2)}[Service ${Math.floor(index / 2)}] --> N${index + 1}[Service ${index + 1}]`).join('\n')}`,
  'mindmap-long': 'mindmap\n  root((Launch plan for the new product line))\n    Marketing and communications\n      Blog post announcing the launch\n      Social media campaign\n    Engineering\n      Release the mobile apps\n      Write the documentation',
  'quadrant-names': 'quadrantChart\n  title Reach and engagement of campaigns\n  x-axis Low Reach --> High Reach\n  y-axis Low Engagement --> High Engagement\n  quadrant-1 We should expand\n  quadrant-2 Need to promote\n  quadrant-3 Re-evaluate\n  quadrant-4 May be improved\n  Campaign A: [0.3, 0.6]\n  Campaign B: [0.45, 0.23]\n  Campaign C: [0.57, 0.69]\n  Campaign D: [0.78, 0.34]',
  'gantt-titled': 'gantt\n  title Roadmap 2026\n  dateFormat YYYY-MM-DD\n  section Build\n  Spine :a1, 2026-01-01, 30d\n  Charts :after a1, 20d\n  section Ship\n  Launch :2026-03-01, 10d',
  'timeline-cjk': 'timeline\n  title 沿革\n  2019年 : 創業\n  2021年 : 海外展開 : 台湾と韓国へ\n  2024年 : 上場',
  'flowchart-cjk-units': 'flowchart LR\n  A[内存带宽达到 288 GB，在 9 月份发布（预计）新一代加速器] --> B{机器学习模型的训练数据来自公开网站吗？}\n  B -->|是的，来自 1989–2025 年的网页| C[训练集规模约为 1400 万条（估计）]',
  'sequence-ja-long': 'sequenceDiagram\n  participant U as 利用者\n  participant S as 認証サーバー\n  participant D as データベース\n  U->>S: ログイン情報を送信して認証を依頼します\n  Note over U,S: パスワードはハッシュ化されてから保存済みの値と照合されます（9 月導入）\n  S->>D: 利用者をメールアドレスで検索する\n  Note right of D: 索引による検索は通常 1 ミリ秒未満で終わります\n  S-->>U: セッションを返す',
  'mindmap-ja': 'mindmap\n  root((新製品の発売計画について))\n    マーケティングと広報活動\n      発売を告知するブログ記事を書く\n      SNS キャンペーン（9 月開始）\n    エンジニアリング\n      モバイルアプリを公開する',
  'timeline-zh-units': 'timeline\n  title 公司沿革\n  2019年 : 在北京创业并发布第一款产品\n  2021年 : 海外展开 : 进入台湾和韩国市场（预计 9 月）\n  2024年 : 上市，市值 288 亿元',
  'journey-long': 'journey\n  title Ask for a chart\n  section Ask\n    Type a question: 5: User\n    Wait for the answer: 3: User, Glimpse\n  section Look\n    See the chart: 4: User, Reviewer\n    Download a PNG: 2: User',
};

/** Every native case, then every mermaid type (the samples and the hard cases), palettes rotating and every other one dark. */
export const stressWhiteboards: { name: string; spec: Record<string, unknown> }[] = (() => {
  const mermaid = Object.entries({ ...MERMAID_DIAGRAMS, ...MERMAID_HARD }).map(([type, source], index) => ({
    name: `mermaid-${type}${index % 2 ? '-dark' : ''}`,
    spec: { kind: 'whiteboard', title: `Mermaid ${type}`, mermaid: source, theme: { mode: index % 2 ? 'dark' : 'light', palette: PALETTE_NAMES[index % PALETTE_NAMES.length] } },
  }));
  return [...native.map((example) => ({ name: `whiteboard-${example.name}`, spec: example.spec })), ...mermaid];
})();
