// Calibration of entity confidences: which extracted entities the gold
// confirms (matched as ../shared/eval/score.mjs matches them), a logistic map
// (Platt scaling) from the raw confidence and the number of mentions to the
// probability of being right, and the expected calibration error.
const ORG_SUFFIXES = new Set(
  'inc incorporated corp corporation co cos company ltd limited plc llc lp llp gmbh ag sa nv bv spa se group holdings holding pte pty kk oyj ab asa'.split(
    ' ',
  ),
);
const HONORIFICS = new Set('mr mrs ms miss dr prof professor sir madam mx'.split(' '));
const words = (s) =>
  String(s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
function normOrg(s) {
  const t = words(s);
  if (t[0] === 'the' && t.length > 1) t.shift();
  while (t.length > 1 && ORG_SUFFIXES.has(t[t.length - 1])) t.pop();
  return t.join(' ');
}
const normPerson = (s) =>
  words(s)
    .filter((w) => !HONORIFICS.has(w))
    .join(' ');

const clip = (p) => Math.min(0.99, Math.max(0.01, p));
export const rawFeatures = (confidence, mentions) => [
  Math.log(clip(confidence) / (1 - clip(confidence))),
  Math.log1p(mentions),
];

/** The gold entities of one kind (optional ones aside). */
export const goldCount = (kind, gold) => (kind === 'org' ? gold.organizations : gold.people).length;

/** Each predicted entity of one kind with its confidence, raw features and whether the gold confirms it. */
export function goldMatches(kind, list, gold) {
  const norm = kind === 'org' ? normOrg : normPerson;
  const golds = kind === 'org' ? gold.organizations : gold.people;
  const optional = new Set(
    (kind === 'org' ? (gold.optional_organizations ?? []) : (gold.optional_people ?? [])).map(norm),
  );
  const forms = golds.map((g) => new Set([g.name, ...(g.aliases ?? [])].map(norm)));
  const taken = new Set();
  const out = [];
  for (const p of list) {
    const fs = [p.name, ...(p.aliases ?? [])].map(norm).filter(Boolean);
    const hit = forms.findIndex((f, i) => !taken.has(i) && fs.some((x) => f.has(x)));
    if (hit >= 0) taken.add(hit);
    else if (fs.some((x) => optional.has(x))) continue;
    const mentions = typeof p.mentions === 'number' ? p.mentions : p.mentions.length;
    out.push({ ...p, raw: rawFeatures(p.confidence ?? p.p ?? 0.5, mentions), correct: hit >= 0 ? 1 : 0 });
  }
  return out;
}

/** Logistic regression by batch gradient descent (deterministic), with a little L2. */
export function fitCalibration(samples, { steps = 3000, rate = 0.5, l2 = 1e-3 } = {}) {
  const d = samples[0]?.raw.length ?? 2;
  const w = new Array(d + 1).fill(0);
  const n = samples.length || 1;
  for (let s = 0; s < steps; s++) {
    const g = new Array(d + 1).fill(0);
    for (const x of samples) {
      let z = w[0];
      for (let i = 0; i < d; i++) z += w[i + 1] * x.raw[i];
      const err = 1 / (1 + Math.exp(-z)) - x.correct;
      g[0] += err;
      for (let i = 0; i < d; i++) g[i + 1] += err * x.raw[i];
    }
    for (let i = 0; i <= d; i++) w[i] -= rate * (g[i] / n + (i ? l2 * w[i] : 0));
  }
  const weights = w.map((x) => Math.round(x * 1e4) / 1e4);
  const predict = (raw) => {
    let z = weights[0];
    for (let i = 0; i < raw.length; i++) z += weights[i + 1] * raw[i];
    return 1 / (1 + Math.exp(-z));
  };
  return { weights, predict };
}

/** Expected calibration error over 10 equal-width bins of [p, correct] pairs. */
export function reliability(pairs, bins = 10) {
  const b = Array.from({ length: bins }, () => ({ n: 0, p: 0, y: 0 }));
  for (const [p, y] of pairs) {
    const k = Math.min(bins - 1, Math.floor(p * bins));
    b[k].n++;
    b[k].p += p;
    b[k].y += y;
  }
  const total = pairs.length || 1;
  const ece = b.reduce((s, x) => s + (x.n ? (x.n / total) * Math.abs(x.p / x.n - x.y / x.n) : 0), 0);
  return { ece, bins: b.map((x) => (x.n ? { n: x.n, p: x.p / x.n, y: x.y / x.n } : { n: 0 })) };
}

/** Logistic regression over named features ({name: value}; a sample may carry a weight), batch gradient descent with a little L2. */
export function fitNamed(samples, { steps = 2000, rate = 0.5, l2 = 1e-3 } = {}) {
  const names = [...new Set(samples.flatMap((s) => Object.keys(s.features)))].sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const rows = samples.map((s) => Object.entries(s.features).map(([k, v]) => [index.get(k), v]));
  const w = new Float64Array(names.length);
  const n = samples.reduce((t, x) => t + (x.weight ?? 1), 0) || 1;
  for (let step = 0; step < steps; step++) {
    const g = new Float64Array(names.length);
    rows.forEach((row, i) => {
      let z = 0;
      for (const [k, v] of row) z += w[k] * v;
      const err = (1 / (1 + Math.exp(-z)) - samples[i].correct) * (samples[i].weight ?? 1);
      for (const [k, v] of row) g[k] += err * v;
    });
    for (let k = 0; k < names.length; k++) w[k] -= rate * (g[k] / n + (names[k] === 'bias' ? 0 : l2 * w[k]));
  }
  const weights = Object.fromEntries(names.map((name, k) => [name, Math.round(w[k] * 1e4) / 1e4]));
  const predict = (features) => {
    let z = 0;
    for (const [k, v] of Object.entries(features)) z += (weights[k] ?? 0) * v;
    return 1 / (1 + Math.exp(-z));
  };
  return { weights, predict };
}
