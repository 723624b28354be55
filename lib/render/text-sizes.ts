import { isValidElement, type ReactNode } from 'react';
import { MIN_READABLE_TEXT_PX, type LintFinding } from '@/lib/lint/finding';

type Path = (string | number)[];

/** Satori's default font size (CSS px). */
const DEFAULT_SIZE = 16;

const pixels = (value: unknown): number | undefined => {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^\d+(\.\d+)?px$/.test(value.trim())) return Number.parseFloat(value);
  return undefined;
};

/** Every run of text an element draws, with the font size it inherits (function components expanded as satori does). */
export function drawnTexts(node: ReactNode, size = DEFAULT_SIZE, into: { text: string; size: number }[] = []): { text: string; size: number }[] {
  if (typeof node === 'string' || typeof node === 'number') {
    const text = String(node);
    if (text.trim()) into.push({ text, size });
  } else if (Array.isArray(node)) for (const child of node as ReactNode[]) drawnTexts(child, size, into);
  else if (isValidElement(node)) {
    const props = node.props as { children?: ReactNode; style?: { fontSize?: unknown } };
    if (typeof node.type === 'function') drawnTexts((node.type as (props: unknown) => ReactNode)(props), size, into);
    else drawnTexts(props.children, pixels(props.style?.fontSize) ?? size, into);
  }
  return into;
}

/** Where a drawn text comes from: the spec field holding it (or the one it is part of); [] for the renderer's own words. */
export function specPathOf(spec: unknown, text: string): Path {
  let partial: Path | undefined;
  const visit = (value: unknown, path: Path): Path | undefined => {
    if (typeof value === 'string') {
      if (value === text) return path;
      if (!partial && value.length > 0 && text.includes(value)) partial = path;
      return undefined;
    }
    const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : value && typeof value === 'object' ? Object.entries(value) : [];
    for (const [key, item] of entries) {
      const found = visit(item, [...path, key]);
      if (found) return found;
    }
    return undefined;
  };
  return visit(spec, []) ?? partial ?? [];
}

/** `text-too-small` for each text an element draws under `min` px at scale 1, with the spec field it shows. */
export function smallTextFindings(element: ReactNode, spec: unknown, min = MIN_READABLE_TEXT_PX): LintFinding[] {
  const findings = new Map<string, LintFinding>();
  for (const { text, size } of drawnTexts(element)) {
    if (size >= min) continue;
    const path = specPathOf(spec, text);
    const key = `${path.join('.')}|${size}`;
    if (findings.has(key)) continue;
    const shown = text.length > 40 ? `${text.slice(0, 39)}…` : text;
    findings.set(key, { rule: 'text-too-small', severity: 'error', path, message: `"${shown}" is drawn at ${Math.round(size * 10) / 10} px, under the ${min} px minimum at scale 1` });
  }
  return [...findings.values()];
}
