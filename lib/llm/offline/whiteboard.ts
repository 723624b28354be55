import { MAX_EDGE_LABEL_CHARS, MAX_EDGES, MAX_NODES } from '@/lib/limits';
import { clip, titleFrom } from './text';

const MERMAID_NODE = /^([A-Za-z0-9_-]+)\s*(\[\(?|\(\(?|\{|>)?([^\])}]*)?[\])}]*\)?$/;

interface ParsedNode {
  id: string;
  label: string;
  shape: 'rounded' | 'circle' | 'diamond' | 'cylinder' | 'box';
}

function node(raw: string, known: Map<string, ParsedNode>): ParsedNode {
  const text = raw.trim();
  const match = MERMAID_NODE.exec(text);
  const bracket = match?.[2] ?? '';
  // Mermaid's `id[label]` only with a bracket: "next.js route" is a name, not id "next" + label ".js route".
  const label = bracket ? (match?.[3] ?? '').trim() : '';
  const id = match && (label || known.has(match[1] ?? '')) ? (match[1] ?? text) : text.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 40) || `n${known.size}`;
  const existing = known.get(id);
  if (existing && !label) return existing;
  const shape = bracket.startsWith('{') ? 'diamond' : bracket.startsWith('((') ? 'circle' : bracket.startsWith('[(') ? 'cylinder' : bracket.startsWith('[') ? 'box' : 'rounded';
  const parsed = { id, label: clip(label || existing?.label || text, 110), shape: label ? shape : (existing?.shape ?? 'rounded') } as ParsedNode;
  known.set(id, parsed);
  return parsed;
}

/** `a -> b`, `a --> b: label` lines and mermaid flowchart fences → a whiteboard spec. */
export function whiteboardFromText(prompt: string, locale: string | undefined): Record<string, unknown> | undefined {
  const lines = prompt.replace(/```(?:mermaid)?/g, '').split(/\r?\n/);
  const known = new Map<string, ParsedNode>();
  const edges: Record<string, unknown>[] = [];
  let question: string | undefined;
  let direction: 'LR' | 'TB' = 'LR';
  for (const line of lines) {
    if (/^\s*(?:graph|flowchart)\s+(TD|TB|BT)\b/i.test(line)) direction = 'TB';
    for (const segment of line.split(/;\s*/)) {
      // Chains: a -> b -> c
      const parts = segment.split(/\s*(?:-\.+->|-{1,2}>|={1,2}>|\.{1,3}>)\s*/);
      if (parts.length < 2) continue;
      // "how does a request flow: browser -> …": the question before the colon is the title, not a node.
      const lead = /^(.*[^\s])\s*[:：]\s*(\S.*)$/.exec(parts[0] ?? '');
      if (lead && !/[[({]/.test(parts[0] ?? '')) {
        question ??= lead[1];
        parts[0] = lead[2] ?? '';
      }
      const dashed = /\.{1,3}>|-\.+->/.test(segment);
      for (let index = 0; index + 1 < parts.length; index += 1) {
        const fromText = parts[index] ?? '';
        let toText = parts[index + 1] ?? '';
        let label: string | undefined;
        const piped = /^\|([^|]+)\|\s*(.+)$/.exec(toText);
        if (piped) {
          label = piped[1]?.trim();
          toText = piped[2] ?? toText;
        }
        const colon = /^(.+?)\s*:\s*(.+)$/.exec(toText);
        if (colon && parts.length === 2) {
          toText = colon[1] ?? toText;
          label = colon[2]?.trim();
        }
        if (!fromText.trim() || !toText.trim()) continue;
        const from = node(fromText, known);
        const to = node(toText, known);
        edges.push({ from: from.id, to: to.id, ...(label ? { label: clip(label, MAX_EDGE_LABEL_CHARS) } : {}), ...(dashed ? { dashed: true } : {}) });
      }
    }
  }
  if (edges.length === 0 || known.size < 2) return undefined;
  const titleLine = lines.find((line) => line.trim() && !/->|=>|\.>/.test(line) && !/^\s*(?:graph|flowchart)\b/i.test(line));
  return {
    kind: 'whiteboard',
    title: titleFrom(titleLine ?? question ?? 'Flow', 'Flow'),
    ...(locale ? { locale } : {}),
    direction,
    nodes: [...known.values()].slice(0, MAX_NODES),
    edges: edges.slice(0, MAX_EDGES),
  };
}
