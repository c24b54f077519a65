import { isUtf8 } from 'node:buffer';
import { createRequire } from 'node:module';
import type iconvTypes from 'iconv-lite';
import { ChainmatchError, ErrorCodes } from '../../errors.js';

/** @internal Encodings the text readers accept. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** @internal Result of sniffing the first bytes of a text file. */
export interface SniffResult {
  encoding: TextEncoding;
  /** The file started with a byte-order mark. */
  bom: boolean;
  /** UTF-8 with a few invalid byte sequences: decoded with U+FFFD in their place. */
  lossy: boolean;
}

let iconvLite: typeof iconvTypes | undefined;
/** iconv-lite, loaded on first use: only GB18030 text needs it (UTF-8 and UTF-16 decode with `TextDecoder`). */
const iconv = (): typeof iconvTypes =>
  (iconvLite ??= createRequire(import.meta.url)('iconv-lite') as typeof iconvTypes);

/** Bytes sniffed before deciding on an encoding. */
export const SNIFF_BYTES = 64 * 1024;

/** Counts valid multi-byte UTF-8 sequences and invalid bytes. A sequence cut by the end of a partial buffer is not invalid. */
function scanUtf8(buf: Uint8Array, atEof: boolean): { multibyte: number; invalid: number; nul: number } {
  let multibyte = 0;
  let invalid = 0;
  let nul = 0;
  const n = buf.length;
  let i = 0;
  while (i < n) {
    const b = buf[i]!;
    if (b < 0x80) {
      if (b === 0) nul++;
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      invalid++;
      i++;
      continue;
    }
    if (i + need >= n) {
      // Sequence runs past the buffer.
      if (!atEof) break;
      invalid++;
      i++;
      continue;
    }
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    let ok = true;
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k]!;
      if ((c & 0xc0) !== 0x80) {
        ok = false;
        break;
      }
      cp = (cp << 6) | (c & 0x3f);
    }
    if (ok && cp >= min && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) {
      multibyte++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { multibyte, invalid, nul };
}

/** Share of Han characters among the non-ASCII characters of a GB18030 decoding, and its U+FFFD count. */
function gbLooksLikeChinese(buf: Uint8Array, atEof: boolean): boolean {
  let end = buf.length;
  if (!atEof) {
    // Cut at the last ASCII byte so no two- or four-byte sequence is split.
    while (end > 0 && buf[end - 1]! >= 0x80) end--;
  }
  const text = iconv().decode(Buffer.from(buf.buffer, buf.byteOffset, end), 'gb18030');
  let nonAscii = 0;
  let han = 0;
  let bad = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) continue;
    nonAscii++;
    if (cp === 0xfffd) bad++;
    else if (/\p{Script=Han}/u.test(ch)) han++;
    // CJK punctuation and full-width forms are common in Chinese text too.
    else if ((cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff00 && cp <= 0xffef)) han++;
  }
  return nonAscii > 0 && bad === 0 && han / nonAscii >= 0.6;
}

/**
 * @internal Decides how to decode a text file from its first bytes: a BOM wins; valid UTF-8 is
 * UTF-8; otherwise text that decodes as GB18030 into Chinese is GB18030; UTF-8 with a handful
 * of broken bytes is read lossily. Anything else is refused with `UNSUPPORTED_ENCODING`.
 */
export function sniffEncoding(head: Uint8Array, atEof: boolean, file: string): SniffResult {
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
    return { encoding: 'utf-8', bom: true, lossy: scanUtf8(head.subarray(3), atEof).invalid > 0 };
  }
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe)
    return { encoding: 'utf-16le', bom: true, lossy: false };
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff)
    return { encoding: 'utf-16be', bom: true, lossy: false };
  const { multibyte, invalid, nul } = scanUtf8(head, atEof);
  if (nul > 0 && nul * 8 > head.length) {
    throw new ChainmatchError(
      ErrorCodes.UNSUPPORTED_ENCODING,
      `${file}: looks binary (NUL bytes), not UTF-8 or GB18030 text`,
      { file },
    );
  }
  if (invalid === 0) return { encoding: 'utf-8', bom: false, lossy: false };
  if (multibyte <= invalid && gbLooksLikeChinese(head, atEof)) return { encoding: 'gb18030', bom: false, lossy: false };
  if (multibyte >= 4 * invalid) return { encoding: 'utf-8', bom: false, lossy: true };
  throw new ChainmatchError(
    ErrorCodes.UNSUPPORTED_ENCODING,
    `${file}: not UTF-8 and not GB18030/GBK Chinese text (${invalid} invalid UTF-8 byte(s) in the first ${head.length} bytes); save it as UTF-8 (CSV UTF-8 in Excel)`,
    { file, invalid },
  );
}

/** Where a trailing multi-byte UTF-8 sequence that the chunk cuts off starts (the chunk's length when none is). */
function incompleteTail(b: Uint8Array): number {
  for (let k = 1; k <= 3 && k <= b.length; k++) {
    const c = b[b.length - k]!;
    if ((c & 0xc0) === 0x80) continue;
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return need > k ? b.length - k : b.length;
  }
  return b.length;
}

/**
 * @internal A streaming decoder for one of the accepted encodings; strips a leading BOM. `onInvalid` is called,
 * before the text holding them is returned, when bytes do not decode (they become U+FFFD): so a U+FFFD the file
 * really holds is told apart from one the decoder made.
 */
export function createDecoder(
  encoding: TextEncoding,
  onInvalid: () => void = () => {},
): { write(chunk: Uint8Array): string; end(): string } {
  if (encoding === 'gb18030') {
    const d = iconv().getDecoder('gb18030');
    const check = (s: string) => (s.includes('\uFFFD') && onInvalid(), s);
    return {
      write: (chunk) => check(d.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength))),
      end: () => check(d.end() ?? ''),
    };
  }
  const d = new TextDecoder(encoding, { fatal: false, ignoreBOM: false });
  if (encoding !== 'utf-8') {
    return { write: (chunk) => d.decode(chunk, { stream: true }), end: () => d.decode() };
  }
  let carry: Uint8Array = new Uint8Array(0);
  return {
    write: (chunk) => {
      const all = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
      const cut = incompleteTail(all);
      if (!isUtf8(all.subarray(0, cut))) onInvalid();
      carry = all.subarray(cut);
      return d.decode(chunk, { stream: true });
    },
    end: () => {
      if (carry.length > 0) onInvalid();
      return d.decode();
    },
  };
}

const isAscii = (b: Uint8Array): boolean => {
  for (let i = 0; i < b.length; i++) if (b[i]! >= 0x80) return false;
  return true;
};

/**
 * @internal Reads a byte stream as text. A BOM decides at once; otherwise text is passed on as ASCII (the same in
 * UTF-8 and GB18030) until the first non-ASCII byte, and the encoding is sniffed from the {@link SNIFF_BYTES} that
 * follow it — so a GB18030 file whose first 64 KB are plain ASCII is still read as GB18030. `onSniff` is called
 * once, before the first non-ASCII text is yielded (or at the end of a pure-ASCII stream).
 */
export async function* decodeText(
  source: AsyncIterable<Uint8Array | string>,
  file: string,
  onSniff: (s: SniffResult) => void,
  onInvalid: () => void = () => {},
): AsyncGenerator<string> {
  const it = source[Symbol.asyncIterator]();
  const next = async (): Promise<Uint8Array | undefined> => {
    const r = await it.next();
    return r.done ? undefined : typeof r.value === 'string' ? Buffer.from(r.value, 'utf8') : r.value;
  };
  let chunk = await next();
  let checkedBinary = 0;
  // Plain ASCII: decoded the same whatever the encoding turns out to be.
  while (chunk !== undefined && isAscii(chunk)) {
    if (checkedBinary < SNIFF_BYTES) {
      sniffEncoding(chunk, false, file); // throws on binary (NUL-heavy) input
      checkedBinary += chunk.length;
    }
    yield Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1');
    chunk = await next();
  }
  if (chunk === undefined) {
    onSniff({ encoding: 'utf-8', bom: false, lossy: false });
    return;
  }
  const head: Uint8Array[] = [chunk];
  let size = chunk.byteLength;
  let done = false;
  while (size < SNIFF_BYTES) {
    const c = await next();
    if (c === undefined) {
      done = true;
      break;
    }
    head.push(c);
    size += c.byteLength;
  }
  const first = Buffer.concat(head);
  const sniff = sniffEncoding(first, done, file);
  onSniff(sniff);
  const decoder = createDecoder(sniff.encoding, onInvalid);
  const s0 = decoder.write(first);
  if (s0) yield s0;
  if (!done) {
    for (let c = await next(); c !== undefined; c = await next()) {
      const s = decoder.write(c);
      if (s) yield s;
    }
  }
  const tail = decoder.end();
  if (tail) yield tail;
}
