import { availableParallelism } from 'node:os';
import { isMainThread, Worker, workerData, parentPort } from 'node:worker_threads';
import {
  Design, LineIndex, type Config, type DesignDocument, type Finding, type Item, type Reference,
} from '../core';
import { loadDocument } from './files';

/** Below this many files a parser thread costs more to start than it saves. */
const MIN_FILES_PER_THREAD = 150;
const WORKER_ROLE = 'idstudio-parse';

interface Job { role: typeof WORKER_ROLE; files: [file: string, uri: string][]; config: Config }

/**
 * What a parser thread sends back: the document without its YAML tree (items keep their ids, spans and
 * references, all that design-scope rules read), plus its document-scope findings.
 */
interface ParsedFile {
  document: Omit<DesignDocument, 'lines' | 'items'> & { items: Omit<Item, 'document' | 'references' | 'entries'>[] };
  references: Omit<Reference, 'item'>[][];
  local: Finding[];
}

export interface Loaded { document: DesignDocument; local?: Finding[] }

/** Reads and parses files, using the other cores (or IDSTUDIO_THREADS) for big workspaces (the CLI's cold start). */
export async function loadAll(files: [file: string, uri: string][], config: Config,
  onError: (message: string) => void): Promise<Loaded[]> {
  const cores = Number(process.env.IDSTUDIO_THREADS) || availableParallelism();
  const threads = Math.min(cores, Math.floor(files.length / MIN_FILES_PER_THREAD));
  if (threads < 2) return loadHere(files, onError);
  const share = Math.ceil(files.length / threads);
  const jobs = Array.from({ length: threads - 1 }, (_, index) => files.slice((index + 1) * share, (index + 2) * share));
  const others = jobs.map(job => runWorker({ role: WORKER_ROLE, files: job, config }, onError));
  const mine = loadHere(files.slice(0, share), onError);
  return [mine, ...(await Promise.all(others)).map(parsed => parsed.map(revive))].flat();
}

function loadHere(files: [string, string][], onError: (message: string) => void): Loaded[] {
  return files.flatMap(([file, uri]) => {
    const document = loadDocument(file, uri, onError);
    return document ? [{ document }] : [];
  });
}

function runWorker(job: Job, onError: (message: string) => void): Promise<ParsedFile[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: job });
    worker.on('message', (message: { errors: string[]; parsed: ParsedFile[] }) => {
      message.errors.forEach(onError);
      resolve(message.parsed);
    });
    worker.on('error', reject);
  });
}

/** The parser thread's side: parse, run document-scope rules, send the slim result back. */
export function runParseWorkerIfAny(): boolean {
  if (isMainThread || (workerData as Job | undefined)?.role !== WORKER_ROLE) return false;
  const { files, config } = workerData as Job;
  const design = new Design(config);
  const errors: string[] = [];
  const parsed = loadHere(files, message => errors.push(message)).map(({ document }) => slim(document, design.localFindingsOf(document)));
  parentPort!.postMessage({ errors, parsed });
  return true;
}

function slim(document: DesignDocument, local: Finding[]): ParsedFile {
  const { lines: _lines, items, ...rest } = document;
  return {
    document: { ...rest, items: items.map(({ document: _d, references: _r, entries: _e, ...item }) => item) },
    references: items.map(item => item.references.map(({ item: _i, ...reference }) => reference)),
    local,
  };
}

function revive({ document: slimDocument, references, local }: ParsedFile): Loaded {
  const document: DesignDocument = { ...slimDocument, lines: new LineIndex(slimDocument.text), items: [] };
  document.items = slimDocument.items.map((slimItem, index) => {
    const item: Item = { ...slimItem, document, entries: [], references: [] };
    item.references = references[index].map(reference => ({ ...reference, item }));
    return item;
  });
  return { document, local };
}
