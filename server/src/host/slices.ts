/**
 * Long work (reading and checking a design of 100,000 items takes seconds) done in slices of a few
 * milliseconds, with the event loop free between them: a server then answers requests while it indexes.
 */

/** How long a slice of work runs before it lets other events through. */
export const SLICE_MS = 10;

/** Resolves after the events already queued (protocol messages) have run. */
export function yieldToEvents(): Promise<void> {
  // setImmediate in Node; a Web Worker has none, and nested zero timers there are clamped to 4 ms.
  if (typeof setImmediate === 'function') return new Promise(resolve => setImmediate(resolve));
  if (typeof MessageChannel === 'function') {
    return new Promise(resolve => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(undefined);
    });
  }
  return new Promise(resolve => setTimeout(resolve, 0));
}

/** A clock for one piece of work: `due()` is true once a slice has run, `pause()` starts the next. */
export class Slicer {
  private sliceStart = now();

  due(): boolean {
    return now() - this.sliceStart >= SLICE_MS;
  }

  /** Lets queued events run if the slice is over. */
  async pause(): Promise<void> {
    if (!this.due()) return;
    await yieldToEvents();
    this.sliceStart = now();
  }
}

function now(): number {
  return typeof performance === 'object' ? performance.now() : Date.now();
}
