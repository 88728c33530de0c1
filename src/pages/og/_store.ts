/** The card cache on disk: one file per card, named by its key, written whole or not at all. */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { OgCardInput } from '../../lib/og.ts';
import { packEntry, unpackEntry } from '../../lib/og-cache.ts';

/** A card for a worker to draw and write to `path`. */
export interface CardJob {
  key: string;
  path: string;
  card: OgCardInput;
}

/** A worker's answer: the card is in the cache, or drawing or writing it failed. */
export interface CardDone {
  key: string;
  error?: string;
}

/** Writes a card's cache entry through a temporary file, so a reader never sees half of one. */
export function writeEntry(path: string, png: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(tmp, packEntry(png));
  renameSync(tmp, path);
}

/** The PNG cached at `path`, or undefined when there is none or it is corrupt. */
export function readEntry(path: string): Uint8Array | undefined {
  try {
    return unpackEntry(readFileSync(path));
  } catch {
    return undefined;
  }
}
