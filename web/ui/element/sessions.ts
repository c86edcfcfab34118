// sessions.ts — one engine session per session name on a page, shared by every <stride-lab>
// of that name (default: one page session). A group starts its worker session once, runs its
// cells one at a time in request order, and runs every earlier cell (document order) that has
// not run yet before a cell — so a reader can start at any cell, as in a notebook. It also
// runs `import numpy as np` once before the first non-`bare` cell and fetches the files cells
// list (`files="data/x.npy"`, relative to the page) into the session before they run. Stop
// interrupts the group's session (the worker restarts and replays what had run).

import type { RunResult, WorkerSession } from 'stridelab';
import { createWorkerSession } from 'stridelab/worker-client';
import { config } from './config';

/** A cell as the group sees it. */
export interface Member {
  readonly host: HTMLElement;
  /** Completed runs of the cell. */
  readonly completed: number;
  readonly last: RunResult | null;
  readonly bare: boolean;
  readonly files: string[];
  /** Runs the cell's current code on `session` (rendering it); count = notebook execution count. */
  execute(session: WorkerSession, count: number): Promise<RunResult>;
  /** The cell's own run was queued (true) or finished (false). */
  setQueued(queued: boolean): void;
  /** The group's session could not start or a file could not be fetched. */
  fail(error: Error): void;
}

/** Sample files every worker session mounts by itself (lib/sample-data.ts). */
const SAMPLE_FILES = new Set(['expr.npy', 'gene-lens.npy']);
const PRELUDE = 'import numpy as np';

export class SessionGroup {
  readonly name: string;
  #members = new Set<Member>();
  #session: Promise<WorkerSession> | null = null;
  #queue: Promise<unknown> = Promise.resolve();
  #prelude = false;
  #files = new Set<string>();
  #count = 0;

  constructor(name: string) {
    this.name = name;
  }

  add(m: Member): void {
    this.#members.add(m);
  }

  delete(m: Member): void {
    this.#members.delete(m);
  }

  /** Starts (once) and returns the group's worker session. */
  session(): Promise<WorkerSession> {
    if (!this.#session) {
      // relative URLs resolve against the page (createWorkerSession does that)
      const { workerUrl, wasmUrl } = config;
      this.#session = createWorkerSession({
        ...(workerUrl !== undefined ? { workerUrl } : {}),
        ...(wasmUrl !== undefined ? { wasmUrl } : {}),
        ...(config.sampleData === false ? { sampleData: false } : {}),
      });
      this.#session.catch(() => {
        this.#session = null; // a later run retries
      });
    }
    return this.#session;
  }

  /** Connected members in document order. */
  #ordered(): Member[] {
    return [...this.#members]
      .filter((m) => m.host.isConnected)
      .sort((a, b) => (a.host.compareDocumentPosition(b.host) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  }

  /** Queues a run of `m`, after the earlier cells of the session that never ran. */
  enqueue(m: Member): Promise<RunResult> {
    const requested = m.completed;
    m.setQueued(true);
    const job = this.#queue.then(async () => {
      let session: WorkerSession;
      try {
        session = await this.session();
      } catch (e) {
        for (const x of this.#ordered()) if (x === m || x.completed === 0) x.fail(e as Error);
        throw e;
      }
      for (const earlier of this.#ordered()) {
        if (earlier === m) break;
        if (earlier.completed === 0) await this.#execute(earlier, session);
      }
      // an earlier request of another cell already ran this one (it came first in the page)
      if (m.completed > requested && m.last) return m.last;
      return this.#execute(m, session);
    });
    const done = job.finally(() => m.setQueued(false));
    this.#queue = done.catch(() => undefined);
    return done;
  }

  async #execute(m: Member, session: WorkerSession): Promise<RunResult> {
    try {
      if (!m.bare && !this.#prelude) {
        this.#prelude = true;
        await session.run(PRELUDE, { filename: '<prelude>' });
      }
      for (const f of m.files) {
        if (this.#files.has(f) || SAMPLE_FILES.has(f)) continue;
        const url = new URL(f, document.baseURI);
        const response = await fetch(url);
        if (!response.ok) throw new Error(`could not fetch ${f} (${url.href}): HTTP ${response.status}`);
        await session.writeFile(f, new Uint8Array(await response.arrayBuffer()));
        this.#files.add(f);
      }
    } catch (e) {
      m.fail(e as Error);
      throw e;
    }
    return m.execute(session, ++this.#count);
  }

  /** Stops the session's running cell (no-op when idle or not started). */
  async interrupt(): Promise<void> {
    if (!this.#session) return;
    const s = await this.#session;
    await s.interrupt();
  }
}

const groups = new Map<string, SessionGroup>();

export function groupFor(name: string): SessionGroup {
  let g = groups.get(name);
  if (!g) groups.set(name, (g = new SessionGroup(name)));
  return g;
}
