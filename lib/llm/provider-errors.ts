import { APICallError, RetryError } from 'ai';
import { GlimpseError } from '@/lib/errors';

/** Any failure of a model call → a GlimpseError with the provider's reason and the right status. */
export function providerError(error: unknown, label: string): GlimpseError {
  if (error instanceof GlimpseError) return error;
  const cause = RetryError.isInstance(error) ? error.lastError : error;
  if (cause instanceof Error && (cause.name === 'TimeoutError' || cause.name === 'AbortError')) {
    return new GlimpseError('provider_timeout', `${label} did not answer in time`, { cause: error });
  }
  if (APICallError.isInstance(cause)) {
    const status = cause.statusCode ?? 0;
    const reason = providerMessage(cause.responseBody) ?? cause.message;
    if (status === 429) return new GlimpseError('provider_rate_limited', `${label} is rate limited: ${reason}`, { cause: error });
    if (status === 401 || status === 403) return new GlimpseError('provider_error', `${label} refused the credentials (${status}): ${reason}`, { cause: error });
    if (status === 408 || status === 504) return new GlimpseError('provider_timeout', `${label} timed out (${status}): ${reason}`, { cause: error });
    return new GlimpseError('provider_error', `${label} failed${status ? ` (${status})` : ''}: ${reason}`, { cause: error });
  }
  const message = cause instanceof Error ? cause.message : String(cause);
  return new GlimpseError('provider_error', `${label} failed: ${message}`, { cause: error });
}

function providerMessage(body: string | undefined): string | undefined {
  if (!body) return undefined;
  try {
    const parsed = JSON.parse(body) as { error?: { message?: string } | string; message?: string };
    return typeof parsed.error === 'string' ? parsed.error : (parsed.error?.message ?? parsed.message);
  } catch {
    return body.slice(0, 300);
  }
}
