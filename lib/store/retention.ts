import { env } from '@/lib/env';
import { database } from './db';

const DAY_MS = 86_400_000;
/** How often a running server looks for expired rows (and once at boot). */
export const RETENTION_SWEEP_MS = 3_600_000;

/**
 * GLIMPSE_RETENTION_DAYS: conversations not touched, and stored specs not created, within that
 * many days are deleted (their /c/, /share/ and /i/ URLs answer 404 from then on). 0 keeps all.
 * Returns how many rows went.
 */
export function purgeExpired(days: number = env.GLIMPSE_RETENTION_DAYS, now: number = Date.now()): { conversations: number; specs: number } {
  if (days <= 0) return { conversations: 0, specs: 0 };
  const cutoff = now - days * DAY_MS;
  const db = database();
  const conversations = db.prepare('delete from conversations where updated_at < ?').run(cutoff).changes;
  const specs = db.prepare('delete from specs where created_at < ?').run(cutoff).changes;
  return { conversations, specs };
}

/** Sweeps now and every RETENTION_SWEEP_MS (the timer never keeps the process alive). */
export function startRetention(): void {
  if (env.GLIMPSE_RETENTION_DAYS <= 0) return;
  const sweep = () => {
    try {
      const purged = purgeExpired();
      if (purged.conversations + purged.specs > 0) console.log(`[glimpse] retention: deleted ${purged.conversations} conversations, ${purged.specs} specs older than ${env.GLIMPSE_RETENTION_DAYS} days`);
    } catch (error) {
      console.error('[glimpse] retention sweep failed', error);
    }
  };
  sweep();
  setInterval(sweep, RETENTION_SWEEP_MS).unref();
}
