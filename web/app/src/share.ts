// share.ts — the cells' code in the URL hash, so a link reproduces a notebook.
//
//   #c=<base64url(deflate-raw(JSON.stringify(codes)))>   (CompressionStream available)
//   #u=<base64url(utf-8 JSON)>                            (fallback: no compression)
//
// Decoding accepts both forms, so links made by either kind of browser open in the other
// (where the other lacks DecompressionStream, a #c link reports that it cannot be read).
// Nothing here touches the DOM beyond `location`/`history`.

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

/** The hash (with '#') that encodes `codes`. */
export async function encodeCells(codes: readonly string[]): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(codes));
  if (typeof CompressionStream === 'function') {
    try {
      return `#c=${toBase64Url(await through(json, new CompressionStream('deflate-raw' as CompressionFormat)))}`;
    } catch {
      // 'deflate-raw' unknown to this browser: fall through
    }
  }
  return `#u=${toBase64Url(json)}`;
}

/** The cells encoded in `hash`, null when it holds none; throws when it cannot be decoded. */
export async function decodeCells(hash: string): Promise<string[] | null> {
  const m = /^#?([cu])=(.*)$/s.exec(hash);
  if (!m) return null;
  // a #c=/#u= hash is a shared link: anything but base64url in it is a broken one
  if (!/^[A-Za-z0-9_-]*$/.test(m[2])) throw new Error('it holds characters a shared link never has');
  let bytes = fromBase64Url(m[2]);
  if (m[1] === 'c') {
    if (typeof DecompressionStream !== 'function') throw new Error('this browser cannot decompress shared links');
    bytes = await through(bytes, new DecompressionStream('deflate-raw' as CompressionFormat));
  }
  const codes = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  if (!Array.isArray(codes) || !codes.every((c) => typeof c === 'string')) throw new Error('the link does not hold cells');
  return codes as string[];
}

/** Puts `codes` in the address bar without adding a history entry; returns the full URL. */
export async function writeCellsToUrl(codes: readonly string[]): Promise<string> {
  const hash = await encodeCells(codes);
  const url = `${location.pathname}${location.search}${hash}`;
  if (location.hash !== hash) history.replaceState(history.state, '', url);
  return location.href;
}
