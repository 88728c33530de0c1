/** A worker thread of the card pool: draws each card it is sent and writes it to the cache (see _cards.ts). */
import { parentPort } from 'node:worker_threads';
import { drawCard } from './_draw.ts';
import { writeEntry, type CardJob, type CardDone } from './_store.ts';

const port = parentPort;
if (!port) throw new Error('_worker.ts runs as a worker thread of the OG card pool.');
port.on('message', (job: CardJob) => {
  drawCard(job.card)
    .then((png) => writeEntry(job.path, png))
    .then(
      () => port.postMessage({ key: job.key } satisfies CardDone),
      (error: unknown) => port.postMessage({ key: job.key, error: String(error) } satisfies CardDone),
    );
});
