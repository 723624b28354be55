import type { LintFinding } from '@/lib/lint/finding';
import { measureText } from '@/lib/render/text-paths';
import { overhang, type Box, type MermaidLabel } from '@/lib/render/mermaid/labels';
import { GROUP_LABEL_INSET, MARGIN, NOTE_TEXT_WIDTH, NOTE_WIDTH, noteLines } from './draw';
import { labelStyle, type Layout } from './layout';
import type { WhiteboardSpec } from './schema';

/** A `clipped` finding before it is placed on the canvas: its box is in the diagram's own units. */
export type DiagramFinding = Omit<LintFinding, 'rule' | 'severity'> & { box: Box };

/** Drawn past its container by more than this (px) is clipped; less is anti-aliasing. */
const TOLERANCE_PX = 1;

const boundsOf = (points: { x: number; y: number }[]): Box => {
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
};

const shift = (box: Box, by: number): Box => ({ ...box, x: box.x + by, y: box.y + by });

/**
 * What a native whiteboard draws outside its own canvas or past its container: edges and nodes
 * leaving the drawing, edge labels beyond it, a frame's title wider than the frame, a sticky note's
 * line wider than the note. Boxes are in the diagram SVG's units (the layout shifted by its margin).
 */
export function clippedInBoard(spec: WhiteboardSpec, layout: Layout, size: { width: number; height: number }): DiagramFinding[] {
  const canvas: Box = { x: 0, y: 0, width: size.width, height: size.height };
  const findings: DiagramFinding[] = [];
  const outside = (box: Box) => overhang(shift(box, MARGIN), canvas) > TOLERANCE_PX;
  for (const edge of layout.edges) {
    if (edge.points.length && outside(boundsOf(edge.points))) findings.push({ path: ['edges', edge.index], box: shift(boundsOf(edge.points), MARGIN), message: 'the edge is drawn outside the diagram (it leaves the canvas)' });
    if (edge.label && outside(edge.label.box)) findings.push({ path: ['edges', edge.index, 'label'], box: shift(edge.label.box, MARGIN), message: 'the edge label lies outside the diagram' });
  }
  for (const node of layout.nodes) {
    const index = spec.nodes.findIndex((candidate) => candidate.id === node.id);
    if (outside(node)) findings.push({ path: ['nodes', index], box: shift(node, MARGIN), message: `node "${node.id}" lies outside the diagram` });
  }
  const style = labelStyle(spec);
  for (const group of layout.groups) {
    const width = measureText(group.label, { ...style, size: style.size * 0.9 });
    if (GROUP_LABEL_INSET + width > group.width - TOLERANCE_PX) {
      const index = spec.groups.findIndex((candidate) => candidate.id === group.id);
      findings.push({ path: ['groups', index, 'label'], box: shift({ x: group.x + GROUP_LABEL_INSET, y: group.y, width, height: style.lineHeight }, MARGIN), message: `the frame title runs ${Math.ceil(GROUP_LABEL_INSET + width - group.width)} px past its frame; shorten it` });
    }
  }
  // Sticky notes stack beside the diagram (as draw.ts places them), each line centred in its note.
  let noteY = MARGIN;
  const noteCentre = layout.width + MARGIN * 2 + 8 + NOTE_WIDTH / 2;
  spec.notes.forEach((note, index) => {
    const lines = noteLines(note.text, style);
    const widths = lines.map((line) => measureText(line, style));
    const widest = Math.max(...widths);
    if (widest > NOTE_TEXT_WIDTH + TOLERANCE_PX) {
      const line = widths.indexOf(widest);
      findings.push({ path: ['notes', index, 'text'], box: { x: noteCentre - widest / 2, y: noteY + 16 + line * style.lineHeight, width: widest, height: style.lineHeight }, message: `a word of the sticky note is ${Math.ceil(widest)} px wide, past the note's ${NOTE_TEXT_WIDTH} px; break or shorten it` });
    }
    noteY += lines.length * style.lineHeight + 32 + 16;
  });
  return findings;
}

/** Mermaid labels drawn outside the diagram's viewBox, or running out of the shape they label. */
export function clippedInMermaid(diagram: { labels: MermaidLabel[]; viewBox?: Box }): DiagramFinding[] {
  const findings: DiagramFinding[] = [];
  const origin = diagram.viewBox ?? { x: 0, y: 0 };
  const local = (box: Box): Box => ({ ...box, x: box.x - origin.x, y: box.y - origin.y });
  for (const label of diagram.labels) {
    if (diagram.viewBox && overhang(label.box, diagram.viewBox) > TOLERANCE_PX) findings.push({ path: ['mermaid'], box: local(label.box), message: `"${label.text}" is drawn outside the diagram (cut off at its edge)` });
    else if (label.container && overhang(label.box, label.container) > TOLERANCE_PX * 2) findings.push({ path: ['mermaid'], box: local(label.box), message: `"${label.text}" runs out of its box; shorten the label` });
  }
  return findings;
}
