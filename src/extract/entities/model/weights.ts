// The shipped entity model: models/entities.json (labels, transitions,
// calibration, how it was trained) and models/entities.bin (the hashed feature
// weights, float32 little-endian, one row of label weights per bucket). Read
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
  decision?: { ruleWeight: number; freshMin: number; freshMinRelease?: number; weakRuleWeight?: number };
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

export function readModel(path: string): Model {
  const meta = JSON.parse(readFileSync(`${path}.json`, 'utf8')) as ModelMeta;
  const buf = readFileSync(`${path}.bin`);
  const weights = new Float32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4);
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
