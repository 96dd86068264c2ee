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
  decision?: { ruleWeight: number; freshMin: number; freshMinRelease?: number };
  /** The entity verifier (./verify.ts), fitted on held-out folds; absent: the calibration maps the raw score. */
  verifier?: Verifier;
  trained: Record<string, unknown>;
}

export interface Model extends ModelMeta {
  weights: Float32Array;
  /** Label count. */
  L: number;
}

const DEFAULT = fileURLToPath(new URL('../../../../models/entities', import.meta.url));

let cache: { path: string; model: Model | null } | null = null;

export function modelPath(): string {
  return process.env.PRESS_EXTRACT_ENTITY_MODEL || DEFAULT;
}

/** The sparse file's first four bytes. */
const SPARSE_MAGIC = 0x31575350; // "PSW1", little-endian

/**
 * The weights as stored: "PSW1", the count n of weights that are not zero, then n uint32 positions (ascending)
 * and n float32 values, all little-endian. Every float keeps its bits: decoding gives back the same array.
 */
export function encodeWeights(weights: Float32Array): Buffer {
  let n = 0;
  for (let i = 0; i < weights.length; i++) if (weights[i] !== 0 || Object.is(weights[i], -0)) n++;
  const out = Buffer.alloc(8 + 8 * n);
  out.writeUInt32LE(SPARSE_MAGIC, 0);
  out.writeUInt32LE(n, 4);
  let k = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i] as number;
    if (w === 0 && !Object.is(w, -0)) continue;
    out.writeUInt32LE(i, 8 + 4 * k);
    out.writeFloatLE(w, 8 + 4 * n + 4 * k);
    k++;
  }
  return out;
}

/** The weights of a .bin file, sparse or dense, as a dense array of `size` floats. */
export function decodeWeights(buf: Buffer, size: number): Float32Array {
  if (buf.byteLength >= 8 && buf.readUInt32LE(0) === SPARSE_MAGIC) {
    const n = buf.readUInt32LE(4);
    if (buf.byteLength !== 8 + 8 * n) throw new Error(`sparse weights: ${buf.byteLength} bytes for ${n} weights`);
    // aligned copies (a Buffer may start anywhere in its memory)
    const bytes = new Uint8Array(8 * n);
    bytes.set(buf.subarray(8));
    const at = new Uint32Array(bytes.buffer, 0, n);
    const value = new Float32Array(bytes.buffer, 4 * n, n);
    const weights = new Float32Array(size);
    for (let k = 0; k < n; k++) {
      const i = at[k] as number;
      if (i >= size) throw new Error(`sparse weights: position ${i} beyond ${size}`);
      weights[i] = value[k] as number;
    }
    return weights;
  }
  const dense = new Float32Array(buf.byteLength / 4);
  new Uint8Array(dense.buffer).set(buf);
  return dense;
}

export function readModel(path: string): Model {
  const meta = JSON.parse(readFileSync(`${path}.json`, 'utf8')) as ModelMeta;
  const weights = decodeWeights(readFileSync(`${path}.bin`), (1 << meta.bits) * meta.labels.length);
  if (weights.length !== (1 << meta.bits) * meta.labels.length)
    throw new Error(
      `entity model ${path}: ${weights.length} weights, expected ${(1 << meta.bits) * meta.labels.length}`,
    );
  return { ...meta, weights, L: meta.labels.length };
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
