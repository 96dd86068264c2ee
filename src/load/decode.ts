// Bytes to text. iconv-lite reads Windows-1252 because Node's TextDecoder
// treats that label as Latin-1 (0x80-0x9F become control characters, not € and curly quotes).
import iconv from 'iconv-lite';

// Bytes to text. UTF-8 (with or without BOM) and UTF-16 with a BOM are read as
// such; bytes that are not valid UTF-8 are read as Windows-1252, the usual
// encoding of older newswire and web text (some Reuters files have such bytes).

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: 'windows-1252' };
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
