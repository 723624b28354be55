import { GlimpseError } from '@/lib/errors';

/** The GlimpseError that `run` throws (any other outcome fails the test). */
export function thrownGlimpseError(run: () => unknown): GlimpseError {
  try {
    run();
  } catch (error) {
    if (error instanceof GlimpseError) return error;
    throw error;
  }
  throw new Error('expected a GlimpseError');
}

/** The GlimpseError that `promise` rejects with. */
export async function rejectedGlimpseError(promise: Promise<unknown>): Promise<GlimpseError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (error instanceof GlimpseError) return error;
  throw new Error(`expected a GlimpseError, got ${String(error)}`);
}
