#!/usr/bin/env node
// Exact-span NER scores on CoNLL-2003 (ORG, PER; LOC for reference) of the built
// library: each document's text goes through extract(), and every mention of an
// organization, person or location is compared with the gold spans.
//
//   node scripts/conll-eval.mjs [--file ../shared/corpus/conll2003/eng.testa.gz] [--all] [--verbose]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { aligner, readConll } from './lib/conll.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const file = args.includes('--file')
  ? args[args.indexOf('--file') + 1]
  : path.join(root, '../shared/corpus/conll2003/eng.testa.gz');
const all = args.includes('--all');
const verbose = args.includes('--verbose');
const { extract } = await import(path.join(root, 'dist/index.js'));

const T = {};
const tally = (k) => {
  T[k] ??= { tp: 0, fp: 0, fn: 0 };
  return T[k];
};
const fields = { ORG: 'organizations', PER: 'people', LOC: 'locations' };
let n = 0;
for (const doc of readConll(file)) {
  if (doc.sports && !all) continue;
  n++;
  const rec = extract(doc.text, { source: `${doc.id}.txt` });
  const map = aligner(doc.text, rec.text);
  for (const [type, field] of Object.entries(fields)) {
    const gold = new Set(
      doc.entities.filter((e) => e.type === type).map((e) => `${map[e.start]}:${(map[e.end - 1] ?? -2) + 1}`),
    );
    const pred = new Set(rec[field].flatMap((x) => x.mentions.map((m) => `${m.start}:${m.end}`)));
    const t = tally(type);
    for (const p of pred) {
      if (gold.has(p)) t.tp++;
      else {
        t.fp++;
        if (verbose) {
          const [s, e] = p.split(':').map(Number);
          console.log(`${doc.id} ${type} FP ${rec.text.slice(s, e)}`);
        }
      }
    }
    for (const g of gold)
      if (!pred.has(g)) {
        t.fn++;
        if (verbose) {
          const [s, e] = g.split(':').map(Number);
          console.log(`${doc.id} ${type} FN ${rec.text.slice(s, e)}`);
        }
      }
  }
}
const f1 = ({ tp, fp, fn }) => (tp ? (2 * tp) / (2 * tp + fp + fn) : 0);
console.log(`conll ${path.basename(file)}: ${n} documents${all ? '' : ' (not sports)'}`);
for (const [k, t] of Object.entries(T))
  console.log(
    `${k.padEnd(4)} P ${(t.tp / (t.tp + t.fp || 1)).toFixed(3)} R ${(t.tp / (t.tp + t.fn || 1)).toFixed(3)} F1 ${f1(t).toFixed(3)} (${t.tp}/${t.fp}/${t.fn})`,
  );
