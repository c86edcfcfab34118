// host-files.ts — reading the real file system for the engine's file host (the CLI, and
// Node worker sessions that use the disk): bounded and safe with special files. A
// directory is reported as 'EISDIR' (the engine raises IsADirectoryError, as CPython), a
// file or device longer than the limit (e.g. /dev/zero, which never ends) as 'EFBIG' (the
// engine raises OSError "[Errno 27] File too large"), and a file that is absent or
// unreadable as null (FileNotFoundError) or 'EACCES'. Never reads more than limit + 1 bytes.

import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * The default limit: kMaxHostFileBytes in cpp/lang/files.hpp (1 GiB). The environment
 * variable STRIDELAB_MAX_FILE_BYTES lowers or raises it for a process (tests use it).
 */
export const MAX_HOST_FILE_BYTES = 2 ** 30;

function defaultLimit(): number {
  const env = typeof process === 'object' ? process.env?.STRIDELAB_MAX_FILE_BYTES : undefined;
  const n = env ? Number(env) : NaN;
  return Number.isFinite(n) && n >= 0 ? n : MAX_HOST_FILE_BYTES;
}

export type HostRead = Uint8Array | null | 'EISDIR' | 'EFBIG' | 'EACCES';

export function readHostFile(path: string, limit: number = defaultLimit()): HostRead {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') return 'EISDIR';
    if (code === 'EACCES' || code === 'EPERM') return 'EACCES';
    return null;
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return 'EISDIR';
    if (st.isFile() && st.size > limit) return 'EFBIG';
    // regular files: their size; devices, pipes, /proc files: read in chunks up to the limit
    const chunks: Uint8Array[] = [];
    let total = 0;
    const chunk = Math.min(limit + 1, st.isFile() ? Math.max(st.size, 1) : 1 << 20);
    for (;;) {
      const buf = new Uint8Array(Math.min(chunk, limit + 1 - total));
      if (buf.length === 0) return 'EFBIG';
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      chunks.push(n === buf.length ? buf : buf.subarray(0, n));
      total += n;
      if (total > limit) return 'EFBIG';
    }
    if (chunks.length === 1) return chunks[0];
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') return 'EISDIR';
    return 'EACCES';
  } finally {
    closeSync(fd);
  }
}
