import type { Metadata } from 'next';

/** Where a consumer asks about one of our pages (oEmbed discovery, §4). */
export function oembedEndpoint(origin: string, pageUrl: string): string {
  return `${origin}/api/oembed?url=${encodeURIComponent(pageUrl)}&format=json`;
}

export interface DiscoveryInput {
  origin: string;
  /** The page's own absolute URL (what a consumer unfurls). */
  pageUrl: string;
  title: string;
  description?: string;
  image?: { url: string; width: number; height: number; alt: string };
}

/**
 * A page's unfurl metadata: the oEmbed discovery `<link rel="alternate" type="application/json+oembed">`
 * (Slack, Notion, WordPress, Discourse), Open Graph and a Twitter card for the rest.
 */
export function discoveryMetadata({ origin, pageUrl, title, description, image }: DiscoveryInput): Metadata {
  return {
    title,
    description,
    alternates: { types: { 'application/json+oembed': oembedEndpoint(origin, pageUrl) } },
    openGraph: { title, description, url: pageUrl, siteName: 'Glimpse', type: 'website', ...(image ? { images: [image] } : {}) },
    twitter: { card: image ? 'summary_large_image' : 'summary', title, description, ...(image ? { images: [{ url: image.url, alt: image.alt }] } : {}) },
  };
}
