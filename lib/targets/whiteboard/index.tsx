import { defineTarget } from '@/lib/targets/define-target';
import { withLookStyle } from '@/lib/looks/whiteboard-style';
import { whiteboardSpecSchema } from './schema';
import { renderWhiteboard } from './view';
import { whiteboardAlt } from './alt';
import { whiteboardExamples } from './examples';
import { whiteboardToExcalidraw } from './excalidraw';

export const whiteboardTarget = defineTarget({
  kind: 'whiteboard',
  description:
    'A whiteboard diagram of a system, flow or idea: nodes (box, rounded, circle, diamond, cylinder, cloud, person, note, text), labelled edges, groups and sticky notes; laid out automatically, hand-drawn or clean.',
  schema: whiteboardSpecSchema,
  size: { width: 1200 },
  // 2: a diagram whose labels would draw below 12 px is wrapped into rows or turned.
  // 3: mermaid in the palette and mode, one title, labels on their baselines, sequence notes wrapped. 4: looks (sketch draws by hand).
  // 6: mermaid journeys sized to the canvas, names wrapped in their boxes and in the text colour;
  // native flows laid out from their start (edges against the flow reversed for ELK); gantt ticks
  // "Jan 10" at 14 px, milestones diamonds, commit ids 14 px; the diagram title drawn once; long
  // journeys in rows; sequence messages on plates, a few actors further apart.
  version: 6,
  render: (spec, context) => renderWhiteboard(withLookStyle(spec), context),
  alt: whiteboardAlt,
  examples: whiteboardExamples,
  exporters: { excalidraw: (spec) => whiteboardToExcalidraw(withLookStyle(spec)) },
});
