import { PALETTE_NAMES } from '@/lib/spec/palettes';

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
