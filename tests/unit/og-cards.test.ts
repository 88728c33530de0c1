import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ogCacheKey, packEntry, unpackEntry } from '../../src/lib/og-cache.ts';
import { ogCard } from '../../src/lib/og.ts';
import { OgCards } from '../../src/pages/og/_cards.ts';
import { cardKey, drawCard } from '../../src/pages/og/_draw.ts';
import { guideCards } from '../../src/integrations/og-cards.ts';
import { readContent } from '../../src/lib/content/reader.ts';
import { site } from '../../src/site.config.ts';

const cards = [
  { title: 'Hiring MLOps engineers in India', headline: 'Mid-level: ₹14L–₹22L a year', siteName: 'Hiring Guides' },
  { title: 'Salary data and methodology', headline: 'Senior: ₹22L–₹38L a year', siteName: 'Hiring Guides' },
  { title: 'Search', headline: 'हिंदी ₹8L', siteName: 'Hiring Guides' },
];

describe('cache entries', () => {
  const png = new Uint8Array([137, 80, 78, 71, 1, 2, 3, 4, 5]);
  it('give back the PNG they hold', () => {
    expect(unpackEntry(packEntry(png))).toEqual(png);
  });
  it.each([
    ['one byte changed', (e: Uint8Array) => e.map((b, i) => (i === e.length - 2 ? b ^ 1 : b))],
    ['truncated', (e: Uint8Array) => e.subarray(0, e.length - 1)],
    ['only the hash', (e: Uint8Array) => e.subarray(0, 32)],
    ['empty', () => new Uint8Array()],
  ])('are refused when %s', (_, spoil) => {
    expect(unpackEntry(spoil(packEntry(png)))).toBeUndefined();
  });
});

describe('cache keys', () => {
  const base = ogCacheKey(ogCard(cards[0]!), 'r1');
  it('are stable for the same card and renderer', () => {
    expect(ogCacheKey(ogCard({ ...cards[0]! }), 'r1')).toBe(base);
  });
  it.each([
    ['title', { ...cards[0]!, title: 'Other' }, 'r1'],
    ['headline', { ...cards[0]!, headline: 'Other' }, 'r1'],
    ['site name', { ...cards[0]!, siteName: 'Other' }, 'r1'],
    ['renderer', cards[0]!, 'r2'],
  ])('change with the %s', (_, card, renderer) => {
    expect(ogCacheKey(ogCard(card), renderer)).not.toBe(base);
  });
});

describe('OgCards', () => {
  const dirs: string[] = [];
  const cacheDir = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'og-cards-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  const drawn = Promise.all(cards.map((c) => drawCard(c)));

  it('draws every card cold, in workers, with the bytes of a direct draw, and caches each', async () => {
    const dir = cacheDir();
    const pool = new OgCards({ cacheDir: dir, workers: 2 });
    pool.prepare(cards);
    // Ask for the last card first, so at least one answer comes from a worker rather than the queue.
    const pngs = await Promise.all(cards.toReversed().map((c) => pool.png(c)));
    expect(pngs.toReversed()).toEqual(await drawn);
    expect(readdirSync(dir).toSorted()).toEqual(cards.map((c) => `${cardKey(c)}.png`).toSorted());
  });

  it('fills the cache from its workers alone, before any card is asked for', async () => {
    const dir = cacheDir();
    new OgCards({ cacheDir: dir, workers: 2 }).prepare(cards);
    const entries = cards.map((c) => join(dir, `${cardKey(c)}.png`));
    await vi.waitFor(
      () => expect(readdirSync(dir).toSorted()).toEqual(entries.map((e) => e.slice(dir.length + 1)).toSorted()),
      {
        timeout: 30_000,
        interval: 50,
      },
    );
    expect(entries.map((e) => unpackEntry(readFileSync(e)))).toEqual(await drawn);
  });

  it('answers a warm build from the cache, unchanged, and drops entries no card uses', async () => {
    const dir = cacheDir();
    new OgCards({ cacheDir: dir, workers: 1 }).prepare(cards);
    await Promise.all(cards.map((c) => new OgCards({ cacheDir: dir, workers: 1 }).png(c)));
    writeFileSync(join(dir, `${'0'.repeat(64)}.png`), 'stale');
    const times = cards.map((c) => statSync(join(dir, `${cardKey(c)}.png`)).mtimeMs);
    const warm = new OgCards({ cacheDir: dir, workers: 1 });
    warm.prepare(cards);
    expect(await Promise.all(cards.map((c) => warm.png(c)))).toEqual(await drawn);
    expect(cards.map((c) => statSync(join(dir, `${cardKey(c)}.png`)).mtimeMs)).toEqual(times);
    expect(readdirSync(dir)).toHaveLength(cards.length);
  });

  it('redraws a corrupt or missing entry and writes it again', async () => {
    const dir = cacheDir();
    const cold = new OgCards({ cacheDir: dir, workers: 1 });
    cold.prepare(cards);
    await Promise.all(cards.map((c) => cold.png(c)));
    const corrupt = join(dir, `${cardKey(cards[0]!)}.png`);
    const bytes = readFileSync(corrupt);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 10) ^ 0xff, bytes.length - 10);
    writeFileSync(corrupt, bytes);
    rmSync(join(dir, `${cardKey(cards[1]!)}.png`));
    const next = new OgCards({ cacheDir: dir, workers: 1 });
    next.prepare(cards);
    expect(await Promise.all(cards.map((c) => next.png(c)))).toEqual(await drawn);
    expect(unpackEntry(readFileSync(corrupt))).toEqual((await drawn)[0]);
    expect(readdirSync(dir)).toHaveLength(cards.length);
  });

  it('draws on the spot when the worker cannot start', async () => {
    const pool = new OgCards({ cacheDir: cacheDir(), workers: 1, workerFile: join(tmpdir(), 'no-such-worker.ts') });
    pool.prepare(cards);
    expect(await Promise.all(cards.map((c) => pool.png(c)))).toEqual(await drawn);
  });
});

describe('the early start', () => {
  it('gives each guide the card its OG route draws: title and the middle local band of its data set', () => {
    // The frozen copy, so a correct edit to the live bands cannot fail this.
    expect(guideCards(readContent('tests/fixtures/frozen'))).toEqual([
      {
        title: 'Hiring MLOps engineers in India (2026)',
        headline: 'Mid-level MLOps engineer: ₹14L–₹22L a year',
        siteName: site.name,
      },
    ]);
  });

  it('draws into the cache without dropping the entries of cards it was not given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-cards-'));
    try {
      const other = join(dir, `${cardKey(cards[2]!)}.png`);
      writeFileSync(other, packEntry(new Uint8Array([1, 2, 3])));
      new OgCards({ cacheDir: dir, workers: 1 }).prewarm(cards.slice(0, 2));
      const drawn = cards.slice(0, 2).map((c) => join(dir, `${cardKey(c)}.png`));
      await vi.waitFor(() => expect(drawn.every((e) => unpackEntry(readFileSync(e)) !== undefined)).toBe(true), {
        timeout: 30_000,
        interval: 50,
      });
      expect(readdirSync(dir)).toContain(`${cardKey(cards[2]!)}.png`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
