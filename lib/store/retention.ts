import { env } from '@/lib/env';
import { store } from './store';

const DAY_MS = 86_400_000;
/** How often a running server looks for expired rows (and once at boot). */
export const RETENTION_SWEEP_MS = 3_600_000;

/**
 * GLIMPSE_RETENTION_DAYS: conversations not touched, and stored specs not created, within that
 * many days are deleted (their /c/, /share/ and /i/ URLs answer 404 from then on). 0 keeps all.
 * Returns how many rows went.
 */
export async function purgeExpired(days: number = env.GLIMPSE_RETENTION_DAYS, now: number = Date.now()): Promise<{ conversations: number; specs: number }> {
  if (days <= 0) return { conversations: 0, specs: 0 };
  return store().purgeBefore(now - days * DAY_MS);
}

/** Sweeps now and every RETENTION_SWEEP_MS (the timer never keeps the process alive). */
export function startRetention(): void {
  if (env.GLIMPSE_RETENTION_DAYS <= 0) return;
  // With several nodes each sweeps; the deletes are idempotent, so that costs only a repeated query.
  const sweep = async () => {
    try {
      const purged = await purgeExpired();
      if (purged.conversations + purged.specs > 0) console.log(`[glimpse] retention: deleted ${purged.conversations} conversations, ${purged.specs} specs older than ${env.GLIMPSE_RETENTION_DAYS} days`);
    } catch (error) {
      console.error('[glimpse] retention sweep failed', error);
    }
  };
  void sweep();
  setInterval(() => void sweep(), RETENTION_SWEEP_MS).unref();
}
