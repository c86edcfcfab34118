// files.ts — files between the page and the session: dropping .npy/.txt/.csv files on the
// page (or picking them with the Open button) writes them into the session's file system,
// so `np.load('name.npy')` works; and "download .npy" of an array variable (np.save in the
// session to a scratch path, readFile, a Blob download).

import type { WorkerSession } from 'stridelab';

export const ACCEPTED = ['.npy', '.txt', '.csv'];
const SCRATCH = '__stridelab_download__.npy';

function accepted(name: string): boolean {
  const lower = name.toLowerCase();
  return ACCEPTED.some((ext) => lower.endsWith(ext));
}

/** Writes `files` into the session; returns [written names, rejected names]. */
export async function addFiles(session: WorkerSession, files: Iterable<File>): Promise<[string[], string[]]> {
  const written: string[] = [];
  const rejected: string[] = [];
  for (const file of files) {
    if (!accepted(file.name)) {
      rejected.push(file.name);
      continue;
    }
    await session.writeFile(file.name, new Uint8Array(await file.arrayBuffer()));
    written.push(file.name);
  }
  return [written, rejected];
}

/**
 * Makes the whole page a drop target: dragging files over it shows `body.dropping`;
 * dropping them calls `onFiles`. Drops of anything else (text, links) are ignored.
 */
export function installDropTarget(onFiles: (files: File[]) => void): void {
  let depth = 0;
  const hasFiles = (e: DragEvent) => Boolean(e.dataTransfer && [...e.dataTransfer.types].includes('Files'));
  window.addEventListener('dragenter', (e) => {
    if (!hasFiles(e)) return;
    depth++;
    document.body.classList.add('dropping');
  });
  window.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) document.body.classList.remove('dropping');
  });
  window.addEventListener('dragover', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  });
  window.addEventListener('drop', (e) => {
    depth = 0;
    document.body.classList.remove('dropping');
    const files = [...(e.dataTransfer?.files ?? [])];
    if (!files.length) return;
    e.preventDefault();
    onFiles(files);
  });
}

/** Saves the array global `name` as `name.npy` through the browser's download. */
export async function downloadNpy(session: WorkerSession, name: string): Promise<void> {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`not a variable name: ${name}`);
  const r = await session.run(
    `import numpy as __stridelab_np\n__stridelab_np.save('${SCRATCH}', ${name})\ndel __stridelab_np`,
    { filename: '<download>' },
  );
  if (r.error) throw new Error(`${r.error.type}: ${r.error.message}`);
  const bytes = await session.readFile(SCRATCH);
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/octet-stream' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${name}.npy`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
