import Link from 'next/link';

/** 404 for pages (unknown conversation, share link, deck): says so and offers a way back. */
export default function NotFound() {
  return (
    <main className="chat-page not-found">
      <h1>Not found</h1>
      <p>This conversation, shared link or deck does not exist (or was deleted).</p>
      <p>
        <Link href="/">Start a new chat</Link> · <Link href="/gallery">Gallery</Link>
      </p>
    </main>
  );
}
