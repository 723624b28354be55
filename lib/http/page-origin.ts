import { headers } from 'next/headers';
import { publicOrigin } from './origin';

/**
 * publicOrigin for server components (pages have no Request): GLIMPSE_PUBLIC_URL, else the Host
 * header when GLIMPSE_ALLOWED_HOSTS allows it. Pages see no scheme, so without GLIMPSE_PUBLIC_URL it is http.
 */
export async function pageOrigin(): Promise<string> {
  const requestHeaders = await headers();
  return publicOrigin({ url: 'http://localhost/', headers: requestHeaders });
}
