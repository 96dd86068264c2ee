// Training: an averaged structured perceptron (Collins 2002) over segments of
// taggable tokens, decoded with the same Viterbi as at run time. Deterministic:
// the order of examples is shuffled by a seeded generator, so the same data
// gives the same bytes. Used by scripts/train-entities.mjs.
import { allowed, emissions, viterbi } from './tagger.js';

export interface Example {
  /** Hashed feature ids of each token. */
  feats: Int32Array[];
  /** Gold label index of each token. */
  gold: Int32Array;
}

export interface TrainOptions {
  bits: number;
  labels: string[];
  epochs: number;
  seed: number;
  log?: (line: string) => void;
}

export interface Trained {
  weights: Float32Array;
  transitions: number[];
}

/** mulberry32: a small seeded generator. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const add = (a: Float64Array, i: number, v: number): void => {
  a[i] = (a[i] as number) + v;
};

export function train(examples: Example[], opts: TrainOptions): Trained {
  const L = opts.labels.length;
  const size = (1 << opts.bits) * L;
  const w = new Float64Array(size);
  const u = new Float64Array(size);
  const tw = new Float64Array((L + 1) * L);
  const tu = new Float64Array((L + 1) * L);
  const rand = random(opts.seed);
  const order = examples.map((_, i) => i);
  let c = 1;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    let wrong = 0;
    let tokens = 0;
    for (const k of order) {
      const ex = examples[k] as Example;
      const n = ex.gold.length;
      const em = emissions(w, L, ex.feats);
      const pred = viterbi(em, n, opts.labels, tw);
      tokens += n;
      let differs = false;
      for (let t = 0; t < n; t++) if (pred[t] !== ex.gold[t]) differs = true;
      if (differs) {
        for (let t = 0; t < n; t++) {
          const g = ex.gold[t] as number;
          const p = pred[t] as number;
          if (g !== p) {
            wrong++;
            for (const id of ex.feats[t] as Int32Array) {
              add(w, id * L + g, 1);
              add(u, id * L + g, c);
              add(w, id * L + p, -1);
              add(u, id * L + p, -c);
            }
          }
          const gp = t === 0 ? L : (ex.gold[t - 1] as number);
          const pp = t === 0 ? L : (pred[t - 1] as number);
          if (gp !== pp || g !== p) {
            add(tw, gp * L + g, 1);
            add(tu, gp * L + g, c);
            add(tw, pp * L + p, -1);
            add(tu, pp * L + p, -c);
          }
        }
      }
      c++;
    }
    opts.log?.(`epoch ${epoch + 1}: ${wrong} of ${tokens} tokens wrong`);
  }
  const weights = new Float32Array(size);
  for (let i = 0; i < size; i++) weights[i] = (w[i] as number) - (u[i] as number) / c;
  const transitions = Array.from(tw, (x, i) => Math.round((x - (tu[i] as number) / c) * 1e4) / 1e4);
  // the hard constraint stays a constraint: no weight for a forbidden move
  for (let p = 0; p <= L; p++)
    for (let y = 0; y < L; y++) if (!allowed(opts.labels, p === L ? -1 : p, y)) transitions[p * L + y] = 0;
  return { weights, transitions };
}
