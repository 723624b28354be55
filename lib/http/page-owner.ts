import { headers } from 'next/headers';
import { ownerOf, type Owner } from './owner';

/** ownerOf for server components: proxy.ts has put a fresh cookie on the request headers on a first visit. */
export async function pageOwner(): Promise<Owner | null> {
  return ownerOf({ headers: await headers(), method: 'GET' });
}
