/** What the App reads from a tool result: the `structuredContent` lib/mcp/visual-result.ts writes. */
export interface Visual {
  kind: string;
  title: string;
  id: string;
  url: string | null;
  files: Record<string, string>;
  deck?: { viewer?: string; exports: Record<string, string>; slides: string[] };
  alt: string;
  width: number;
  height: number;
  slide?: number;
  transport: 'http' | 'stdio';
  hint?: string;
  notes?: string[];
  export?: { url: string; bytes: number; name: string; savedTo?: string };
  spec: Record<string, unknown>;
}

export interface ContentBlock {
  type: string;
  text?: string;
  data?: string;
  mimeType?: string;
}

export interface ToolResult {
  content?: ContentBlock[];
  structuredContent?: Record<string, unknown>;
  isError?: boolean;
}

export function visualOf(result: ToolResult): Visual | undefined {
  const structured = result.structuredContent;
  if (!structured || typeof structured.spec !== 'object' || typeof structured.title !== 'string') return undefined;
  return structured as unknown as Visual;
}

export function textOf(result: ToolResult): string {
  return (result.content ?? []).filter((block) => block.type === 'text' && block.text).map((block) => block.text).join('\n');
}

export function inlinePicture(result: ToolResult): string | undefined {
  const image = (result.content ?? []).find((block) => block.type === 'image' && block.data);
  return image ? `data:${image.mimeType ?? 'image/png'};base64,${image.data}` : undefined;
}

const KIND_NAMES: Record<string, string> = { infographic: 'Infographic', chart: 'Chart', slides: 'Slide deck', whiteboard: 'Whiteboard' };
export const kindName = (kind: string) => KIND_NAMES[kind] ?? kind;
