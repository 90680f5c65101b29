/** Most bytes read from `src` or `article-src` unless `max-bytes` says otherwise: 32 MB. */
export const MAX_BYTES = 32 * 1024 * 1024;

/** Thrown when an answer is larger than the cap (`limit` bytes): reading stopped there. */
export class TooLarge extends Error {
  override name = 'TooLarge';
  constructor(readonly limit: number) {
    super(`more than ${limit} bytes`);
  }
}

/** `33554432` → "32 MB", `1000` → "1000 bytes" (binary multiples, as the CLI counts). */
export function formatBytes(bytes: number): string {
  const round = (n: number): string => String(Math.round(n * 10) / 10);
  if (bytes >= 1024 * 1024) return `${round(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${round(bytes / 1024)} kB`;
  return `${bytes} bytes`;
}

/**
 * The body of `response` as text (UTF-8, as `Response.text()` reads it), read as a stream and
 * given up with {@link TooLarge} as soon as it is longer than `maxBytes` (or says so in its
 * `Content-Length`): a huge or endless answer never fills the page's memory.
 */
export async function readText(response: Response, maxBytes: number): Promise<string> {
  const limit = Number.isFinite(maxBytes) && maxBytes > 0 ? maxBytes : MAX_BYTES;
  const declared = Number(response.headers.get('content-length'));
  if (declared > limit) {
    void response.body?.cancel().catch(() => {});
    throw new TooLarge(limit);
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      void reader.cancel().catch(() => {});
      throw new TooLarge(limit);
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}
