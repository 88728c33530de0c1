/**
 * The Open Graph card cache's pure parts: the key of a card (a hash of everything that shapes its pixels) and the
 * entry format (the PNG behind its own SHA-256, so a truncated or corrupt entry is recognised and redrawn).
 */
import { createHash } from 'node:crypto';

const DIGEST_BYTES = 32;

const sha256 = (data: string | Uint8Array): Buffer => createHash('sha256').update(data).digest();

/**
 * The cache key of a card: a hex SHA-256 over its element tree (title, headline, site name, layout) and `renderer`,
 * which names everything else that shapes the PNG (card version, fonts, satori and resvg versions and options).
 */
export function ogCacheKey(tree: unknown, renderer: string): string {
  return createHash('sha256').update(JSON.stringify(tree)).update('\0').update(renderer).digest('hex');
}

/** A cache entry: the PNG's SHA-256, then the PNG. */
export function packEntry(png: Uint8Array): Uint8Array {
  const out = new Uint8Array(DIGEST_BYTES + png.length);
  out.set(sha256(png), 0);
  out.set(png, DIGEST_BYTES);
  return out;
}

/** The PNG in a cache entry, or undefined when the entry is empty, truncated or its bytes do not match the hash. */
export function unpackEntry(entry: Uint8Array): Uint8Array | undefined {
  if (entry.length <= DIGEST_BYTES) return undefined;
  // A plain view, whether the entry came as a Buffer or not.
  const png = new Uint8Array(entry.buffer, entry.byteOffset + DIGEST_BYTES, entry.length - DIGEST_BYTES);
  return sha256(png).equals(Buffer.from(entry.buffer, entry.byteOffset, DIGEST_BYTES)) ? png : undefined;
}
