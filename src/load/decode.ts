// Bytes to text. iconv-lite reads Windows-1252 because Node's TextDecoder
// treats that label as Latin-1 (0x80-0x9F become control characters, not € and curly quotes).
import { createRequire } from 'node:module';

// UTF-8 (with or without BOM) and UTF-16 (with a BOM, or without one when the
// zero bytes say so) are read as such. Bytes that are not valid UTF-8 are read
// as Windows-1252, the usual encoding of older newswire and web text; a file
// that mixes both (UTF-8 text with a few stray 1252 bytes, as pasted copy often
// is) keeps its UTF-8 sequences and repairs only the stray bytes.

export interface Decoded {
  text: string;
  /** 'mixed': valid UTF-8 sequences kept, the invalid bytes read as Windows-1252. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'mixed';
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const utf8Run = new TextDecoder('utf-8', { ignoreBOM: true });

/** The Windows-1252 character of each byte 0x80-0xFF (iconv-lite loads on the first file that needs it). */
let cp1252High: string[] | null = null;
function cp1252(): string[] {
  if (!cp1252High) {
    const iconv = createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite');
    cp1252High = Array.from({ length: 128 }, (_, i) => iconv.decode(Buffer.from([0x80 + i]), 'windows-1252'));
  }
  return cp1252High;
}

/** Length of the valid UTF-8 sequence starting at `i` (RFC 3629 table), or 0 when the bytes there are not one. */
export function utf8SequenceLength(b: Uint8Array, i: number): number {
  const c = b[i]!;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const x = b[i + k];
    return x !== undefined && x >= lo && x <= hi;
  };
  if (c < 0x80) return 1;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((c >= 0xe1 && c <= 0xec) || c === 0xee || c === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (c === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (c === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 0xf1 && c <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (c === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** Valid UTF-8 runs decoded as UTF-8, every other byte as Windows-1252. */
function decodeMixed(bytes: Uint8Array): Decoded {
  const parts: string[] = [];
  const high = cp1252();
  let multibyte = 0;
  let runStart = 0;
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  runStart = i;
  while (i < bytes.length) {
    const c = bytes[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceLength(bytes, i);
    if (n > 0) {
      multibyte++;
      i += n;
      continue;
    }
    if (i > runStart) parts.push(utf8Run.decode(bytes.subarray(runStart, i)));
    parts.push(high[c - 0x80]!);
    i++;
    runStart = i;
  }
  if (runStart < bytes.length) parts.push(utf8Run.decode(bytes.subarray(runStart)));
  return { text: parts.join(''), encoding: multibyte > 0 ? 'mixed' : 'windows-1252' };
}

/** 'le' or 'be' when the bytes look like UTF-16 without a BOM: one zero byte in most pairs, always the same one. */
function utf16WithoutBom(bytes: Uint8Array): 'le' | 'be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.02) return 'le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.02) return 'be';
  return null;
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  const utf16 = bytes.includes(0) ? utf16WithoutBom(bytes) : null;
  if (utf16 === 'le') return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (utf16 === 'be') return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return decodeMixed(bytes);
  }
}

/**
 * True when decoded text looks like binary data rather than writing: NUL bytes,
 * or many control characters that no text format uses.
 */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes('\u0000')) return true;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 9 || (c > 13 && c < 32) || c === 0xfffd) && c !== 27) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}
