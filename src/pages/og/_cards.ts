/**
 * Open Graph cards, cached across builds and drawn in a pool of worker threads. `prepare()` (from getStaticPaths,
 * before Astro renders any page) hands every card missing from the cache to the workers, which draw while the pages
 * render; `png()` answers each card's route from the cache, waiting for its worker, or draws it on the spot when no
 * worker has taken it yet or its entry is missing or corrupt. Every path gives the bytes a cold build draws.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { OgCardInput } from '../../lib/og.ts';
import { cardKey, drawCard } from './_draw.ts';
import { readEntry, writeEntry, type CardDone, type CardJob } from './_store.ts';

/** Where the pool keeps its cards and how many threads draw them. */
export interface CardOptions {
  cacheDir: string;
  workers: number;
  /** The worker's module; by default _worker.ts beside this file, else under src/pages/og/ of the working folder. */
  workerFile?: string;
}

const ENTRY = /^[0-9a-f]{64}\.png(\.[0-9a-f]+\.tmp)?$/;

function defaultWorkerFile(): string {
  const beside = join(dirname(fileURLToPath(import.meta.url)), '_worker.ts');
  // Once bundled into Astro's build output this module no longer sits beside the worker.
  return existsSync(beside) ? beside : join(process.cwd(), 'src/pages/og/_worker.ts');
}

/** The cards of one build (or dev server): the cache, the queue for the workers and the cards they are drawing. */
export class OgCards {
  readonly #options: Required<CardOptions>;
  readonly #queue = new Map<string, CardJob>();
  readonly #drawing = new Map<string, Promise<boolean>>();
  readonly #settle = new Map<string, (ok: boolean) => void>();
  #running = 0;

  constructor(options: CardOptions) {
    this.#options = { workerFile: defaultWorkerFile(), ...options };
  }

  #path(key: string): string {
    return join(this.#options.cacheDir, `${key}.png`);
  }

  /**
   * Queues every card without a cache entry for the workers and starts them. Called early (before Astro bundles the
   * site) with the cards that can be known from content alone, so the workers draw while Vite compiles. Returns the
   * cards' keys.
   */
  prewarm(cards: readonly OgCardInput[]): Set<string> {
    const keys = new Set<string>();
    for (const card of cards) {
      const key = cardKey(card);
      keys.add(key);
      if (this.#queue.has(key) || this.#drawing.has(key) || existsSync(this.#path(key))) continue;
      this.#queue.set(key, { key, path: this.#path(key), card });
    }
    const threads = Math.min(this.#options.workers, this.#queue.size) - this.#running;
    for (let i = 0; i < threads; i++) this.#startWorker();
    return keys;
  }

  /** Queues every card of the build as {@link prewarm} does, and drops cache entries no card uses. */
  prepare(cards: readonly OgCardInput[]): void {
    const keys = this.prewarm(cards);
    const dir = this.#options.cacheDir;
    for (const name of existsSync(dir) ? readdirSync(dir) : []) {
      if (ENTRY.test(name) && !keys.has(name.slice(0, 64))) rmSync(join(dir, name), { force: true });
    }
  }

  #startWorker(): void {
    const worker = new Worker(this.#options.workerFile);
    this.#running++;
    let current: string | undefined;
    const finish = (key: string | undefined, ok: boolean): void => {
      if (key === undefined) return;
      this.#settle.get(key)?.(ok);
      this.#settle.delete(key);
      this.#drawing.delete(key);
    };
    const next = (): void => {
      const job = this.#queue.values().next().value;
      if (!job) {
        current = undefined;
        void worker.terminate();
        return;
      }
      this.#queue.delete(job.key);
      current = job.key;
      this.#drawing.set(job.key, new Promise<boolean>((resolve) => this.#settle.set(job.key, resolve)));
      worker.postMessage(job);
    };
    worker.on('message', (done: CardDone) => {
      finish(done.key, done.error === undefined);
      next();
    });
    // A worker that fails to start or crashes leaves its cards to png(), which draws them itself.
    worker.on('error', () => finish(current, false));
    worker.on('exit', () => {
      this.#running--;
      finish(current, false);
    });
    // Not unref'd: a route waiting for its card must keep the build alive. Each worker stops once the queue is empty.
    next();
  }

  /** The card as a PNG: cached, drawn by a worker, or drawn here. */
  async png(card: OgCardInput): Promise<Uint8Array> {
    const key = cardKey(card);
    const path = this.#path(key);
    // Not yet taken by a worker: draw it here rather than wait.
    if (!this.#queue.delete(key)) {
      await this.#drawing.get(key);
      const cached = readEntry(path);
      if (cached) return cached;
    }
    const png = await drawCard(card);
    try {
      writeEntry(path, png);
    } catch {
      // An unwritable cache only costs the next build a redraw.
    }
    return png;
  }
}

/**
 * The pool of this process, shared by the early start (src/integrations/og-cards.ts) and the OG route, which Astro
 * loads as separate module copies: whichever asks first creates it.
 */
export function sharedCards(): OgCards {
  const global = globalThis as Record<symbol, OgCards | undefined>;
  return (global[Symbol.for('hiring-guide:og-cards')] ??= new OgCards({
    cacheDir: join(process.cwd(), 'node_modules/.cache/og'),
    // One thread is left to Astro, which bundles and renders meanwhile.
    workers: Math.max(1, availableParallelism() - 1),
  }));
}
