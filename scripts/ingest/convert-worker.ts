/**
 * A conversion worker of convert-many.ts: converts the sources the main thread sends, one at a
 * time, and answers with each outcome. The extraction context (registry, themes, lexicon) is
 * loaded once per worker, as it is once per process in a run without workers.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { convertOne, type ConvertAnswer, type ConvertRequest } from './convert-many.ts';

const { contentDir } = workerData as { contentDir: string };

parentPort!.on('message', (request: ConvertRequest) => {
  void convertOne(request.file, contentDir, request.maxBytes).then((outcome) =>
    parentPort!.postMessage({ index: request.index, outcome } satisfies ConvertAnswer),
  );
});
