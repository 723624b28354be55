import { MAX_MCP_SESSION_VISUALS } from '@/lib/limits';
import type { VisualSpec } from '@/lib/spec/visual';

/**
 * The visuals an MCP stdio session made, by id, for its `glimpse://visuals/…` resources and for
 * `export_deck` by id. stdio has no server and no database: they live as long as the session,
 * at most `max` of them (the least recently used is forgotten first).
 */
export class SessionVisuals {
  private readonly entries = new Map<string, VisualSpec>();

  constructor(private readonly max = MAX_MCP_SESSION_VISUALS) {}

  get capacity(): number {
    return this.max;
  }

  put(id: string, spec: VisualSpec): void {
    this.entries.delete(id);
    this.entries.set(id, spec);
    while (this.entries.size > this.max) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  get(id: string): VisualSpec | undefined {
    const spec = this.entries.get(id);
    if (spec !== undefined) this.put(id, spec);
    return spec;
  }

  /** Most recently used first. */
  list(): [string, VisualSpec][] {
    return [...this.entries].reverse();
  }
}
