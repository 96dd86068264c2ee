// The shipped entity model: models/entities.json (labels, transitions,
// calibration, how it was trained) and models/entities.bin (the hashed feature
// weights, one row of label weights per bucket, stored sparse: most buckets
// are never hit and stay zero, so the file holds only the weights that are
// not, see encodeWeights; a dense file of float32s is read too). Read
// once per process, on first use; PRESS_EXTRACT_ENTITY_MODEL names another
// model (a path without extension), as cross-validation and users' own
// training do.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Verifier } from './verify.js';

export interface Calibration {
  /** Logistic map of an entity's raw score features to P(correct): bias then weights. */
  org: number[];
  person: number[];
}

export interface ModelMeta {
  version: 1;
  /** Feature buckets: 2^bits. */
  bits: number;
  labels: string[];
  /** transitions[prev * L + cur]; row L is the start of a segment (after an O). */
  transitions: number[];
  calibration: Calibration | null;
  /** How the tagger's votes meet the rules': the weight of a rule verdict per mention, and the least
   * probability a name the rules did not propose needs. Chosen by cross-validation. */
  decision?: {
    ruleWeight: number;
    freshMin: number;
    freshMinRelease?: number;
    weakRuleWeight?: number;
    weakBelow?: number;
  };
  /** The entity verifier (./verify.ts), fitted on held-out folds; absent: the calibration maps the raw score. */
  verifier?: Verifier;
  trained: Record<string, unknown>;
}

export interface Model extends ModelMeta {
  /** The rows of label weights of the buckets that have any: row r is weights[r * L .. r * L + L). */
  weights: Float32Array;
  /** Per bucket (2^bits), 1 + its row in `weights`, or 0 when all its weights are zero (most buckets). */
  rows: Uint16Array | Uint32Array;
  /** Label count. */
  L: number;
}

const DEFAULT = fileURLToPath(new URL('../../../../models/entities', import.meta.url));

let cache: { path: string; model: Model | null } | null = null;

// (the environment is read once: process.env is slow to read, and the model is asked for once per article)
let envPath: string | undefined;

export function modelPath(): string {
  envPath ??= process.env.PRESS_EXTRACT_ENTITY_MODEL || DEFAULT;
  return envPath;
}

/** The row file's first four bytes. */
const ROWS_MAGIC = 0x32575350; // "PSW2", little-endian

/**
 * The weights as stored: the buckets with any weight that is not zero get a row of L floats; the others
 * (most of them) none. Layout, little-endian: "PSW2", then uint32 L, bucket count B, row count R and index
 * width (2 or 4 bytes); then the index, B unsigned integers (per bucket 1 + its row, or 0); zero padding
 * to a multiple of 4 bytes; then the R * L float32 weights. The file loads as it is stored (no loop over
 * it), and every float keeps its bits.
 */
export function encodeWeights(dense: Float32Array, L: number): Buffer {
  const buckets = dense.length / L;
  const used = (b: number): boolean => {
    for (let y = 0; y < L; y++) {
      const w = dense[b * L + y] as number;
      if (w !== 0 || Object.is(w, -0)) return true;
    }
    return false;
  };
  let count = 0;
  for (let b = 0; b < buckets; b++) if (used(b)) count++;
  const width = count < 0xffff ? 2 : 4;
  const valuesAt = 20 + Math.ceil((buckets * width) / 4) * 4;
  const out = Buffer.alloc(valuesAt + count * L * 4);
  for (const [i, v] of [ROWS_MAGIC, L, buckets, count, width].entries()) out.writeUInt32LE(v, 4 * i);
  let r = 0;
  for (let b = 0; b < buckets; b++) {
    if (!used(b)) continue;
    if (width === 2) out.writeUInt16LE(r + 1, 20 + 2 * b);
    else out.writeUInt32LE(r + 1, 20 + 4 * b);
    for (let y = 0; y < L; y++) out.writeFloatLE(dense[b * L + y] as number, valuesAt + 4 * (r * L + y));
    r++;
  }
  return out;
}

/**
 * The weights of a .bin file as rows (see encodeWeights), or of a dense file of 2^bits * L float32s. A dense
 * table would be 9 MB, and filling it costs more at start-up than reading the file (each page is touched).
 */
export function weightRows(file: Buffer, buckets: number, L: number): Pick<Model, 'weights' | 'rows'> {
  // the views need 4-byte alignment (a Buffer may start anywhere in its memory)
  const buf = file.byteOffset % 4 === 0 ? file : Buffer.from(new Uint8Array(file));
  if (buf.byteLength >= 20 && buf.readUInt32LE(0) === ROWS_MAGIC) {
    const [, l, b, count, width] = [0, 1, 2, 3, 4].map((i) => buf.readUInt32LE(4 * i)) as number[];
    const valuesAt = 20 + Math.ceil(((b as number) * (width as number)) / 4) * 4;
    if (l !== L || b !== buckets || (width !== 2 && width !== 4) || buf.byteLength !== valuesAt + count! * L * 4)
      throw new Error(`weights: ${l} labels, ${b} buckets, ${buf.byteLength} bytes; expected ${L} and ${buckets}`);
    const rows =
      width === 2
        ? new Uint16Array(buf.buffer, buf.byteOffset + 20, buckets)
        : new Uint32Array(buf.buffer, buf.byteOffset + 20, buckets);
    return { rows, weights: new Float32Array(buf.buffer, buf.byteOffset + valuesAt, count! * L) };
  }
  if (buf.byteLength !== buckets * L * 4)
    throw new Error(`weights: ${buf.byteLength / 4} weights, expected ${buckets * L}`);
  return weightRows(encodeWeights(new Float32Array(buf.buffer, buf.byteOffset, buckets * L), L), buckets, L);
}

export function readModel(path: string): Model {
  const meta = JSON.parse(readFileSync(`${path}.json`, 'utf8')) as ModelMeta;
  const L = meta.labels.length;
  try {
    return { ...meta, ...weightRows(readFileSync(`${path}.bin`), 1 << meta.bits, L), L };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code) throw e;
    throw new Error(`entity model ${path}: ${(e as Error).message}`);
  }
}

/** The model in use, or null when no model file is there (the rules then decide alone). */
export function entityModel(): Model | null {
  const path = modelPath();
  if (cache?.path !== path) {
    let model: Model | null = null;
    try {
      model = readModel(path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    cache = { path, model };
  }
  return cache.model;
}
