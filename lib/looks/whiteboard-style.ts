import { specInputs } from '@/lib/spec/inputs';
import { lookTokens } from './tokens';

/**
 * A whiteboard's strokes follow its look (sketch draws by hand, the others cleanly) unless the spec
 * chose `style` itself; with neither, the schema's default (sketch) stands.
 */
export function withLookStyle<Spec extends { look?: string; style: 'sketch' | 'clean' }>(spec: Spec): Spec {
  if (!spec.look) return spec;
  const input = specInputs.get(spec) as { style?: unknown } | undefined;
  if (input && typeof input === 'object' && input.style !== undefined) return spec;
  return { ...spec, style: lookTokens(spec.look as never).whiteboard.style };
}
