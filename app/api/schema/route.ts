import { visualJsonSchema } from '@/lib/spec/visual';

export const runtime = 'nodejs';

/** The visual spec union as JSON Schema (draft 2020-12). */
export function GET(): Response {
  return Response.json(visualJsonSchema(), {
    headers: { 'Content-Type': 'application/schema+json', 'Cache-Control': 'public, max-age=300' },
  });
}
