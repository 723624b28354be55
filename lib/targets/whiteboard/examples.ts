import type { z } from 'zod';
import type { TargetExample } from '@/lib/targets/define-target';
import type { whiteboardSpecSchema } from './schema';

type Input = z.input<typeof whiteboardSpecSchema>;

const system: Input = {
  kind: 'whiteboard',
  title: 'How a request flows through Glimpse',
  direction: 'LR',
  nodes: [
    { id: 'user', label: 'Person', shape: 'person' },
    { id: 'api', label: 'HTTP API', shape: 'rounded', icon: 'server', group: 'server' },
    { id: 'validate', label: 'Valid spec?', shape: 'diamond', group: 'server' },
    { id: 'render', label: 'satori + resvg', shape: 'box', icon: 'image', group: 'server' },
    { id: 'db', label: 'SQLite', shape: 'cylinder', group: 'server' },
    { id: 'model', label: 'Language model', shape: 'cloud' },
    { id: 'error', label: 'Error image', shape: 'note' },
  ],
  edges: [
    { from: 'user', to: 'api', label: 'prompt' },
    { from: 'api', to: 'model', dashed: true, label: 'plan' },
    { from: 'api', to: 'validate' },
    { from: 'validate', to: 'render', label: 'yes' },
    { from: 'validate', to: 'error', label: 'no' },
    { from: 'render', to: 'db', arrow: 'both' },
  ],
  groups: [{ id: 'server', label: 'Glimpse server' }],
  notes: [{ text: 'Renders are pure: same spec, same pixels.' }],
};

export const whiteboardExamples: TargetExample<Input>[] = [
  { name: 'whiteboard-system-sketch', spec: system },
  { name: 'whiteboard-system-clean-tb', spec: { ...system, title: 'How a request flows (clean, top to bottom)', style: 'clean', direction: 'TB' } },
  { name: 'whiteboard-spline', spec: { ...system, title: 'How a request flows (spline edges)', edgeStyle: 'spline', groups: [], nodes: (system.nodes ?? []).map(({ group: _group, ...node }) => node) } },
  {
    name: 'whiteboard-shapes',
    spec: {
      kind: 'whiteboard',
      title: 'Every shape',
      nodes: [
        { id: 'a', label: 'box', shape: 'box' },
        { id: 'b', label: 'rounded', shape: 'rounded' },
        { id: 'c', label: 'circle', shape: 'circle' },
        { id: 'd', label: 'diamond', shape: 'diamond' },
        { id: 'e', label: 'cylinder', shape: 'cylinder' },
        { id: 'f', label: 'cloud', shape: 'cloud' },
        { id: 'g', label: 'person', shape: 'person' },
        { id: 'h', label: 'note', shape: 'note' },
        { id: 'i', label: 'plain text', shape: 'text' },
      ],
      edges: [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'c', arrow: 'both' },
        { from: 'c', to: 'd', dashed: true },
        { from: 'e', to: 'f', arrow: 'none' },
        { from: 'g', to: 'h', arrow: 'start' },
      ],
    },
  },
  {
    name: 'whiteboard-zh-tw',
    spec: {
      kind: 'whiteboard',
      locale: 'zh-TW',
      title: '訂單處理流程',
      direction: 'TB',
      nodes: [
        { id: 'order', label: '顧客下單', shape: 'person' },
        { id: 'pay', label: '付款成功？', shape: 'diamond' },
        { id: 'ship', label: '倉庫出貨', shape: 'rounded', icon: 'truck' },
        { id: 'refund', label: '通知顧客重新付款', shape: 'note' },
      ],
      edges: [
        { from: 'order', to: 'pay' },
        { from: 'pay', to: 'ship', label: '是' },
        { from: 'pay', to: 'refund', label: '否' },
      ],
    },
  },
];
