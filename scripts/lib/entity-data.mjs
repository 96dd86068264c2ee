// Training material for the entity tagger, turned into labelled segments:
// CoNLL-2003 English training data (its spans) and the press-release gold of
// ../shared (gold/seeds, corpus/dev, corpus/dev2: each gold name found in its
// text). Our gold wins where conventions differ: in press releases a
// product, an event or a nationality is no name (O), and an unannotated place
// the gazetteer knows is a location.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { aligner, readConll } from './conll.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const shared = path.resolve(root, '../shared');
const dist = (p) => import(path.join(root, 'dist', p));

const { runArticle, loadPipeline, defaultPipelineFor } = await dist('pipeline/index.js');
const { loadFile } = await dist('load/index.js');
const { ruleAnalysis } = await dist('extract/entities/analyze.js');
const { sentenceInputs } = await dist('extract/entities/model/evidence.js');
const { featureIds, segments } = await dist('extract/entities/model/tagger.js');

export const LABELS = ['O', 'B-ORG', 'I-ORG', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'];
const LABEL = new Map(LABELS.map((l, i) => [l, i]));

const pipelines = new Map();
function prepare(raw) {
  const name = defaultPipelineFor(raw.source.path);
  if (!pipelines.has(name)) {
    const def = loadPipeline(name);
    pipelines.set(name, { ...def, stages: def.stages.filter((s) => s.stage === 'clean' || s.stage === 'segment') });
  }
  return runArticle(raw, pipelines.get(name));
}

/** The press-release documents with gold, each with a fold number (stable: from its name). */
export function pressDocs(folds = 5, extra = []) {
  const sets = [
    // a user's own gold: DIR/*.json beside DIR/../docs, as in ../shared/corpus/*
    ...extra.map((gold) => ({ docs: path.join(path.resolve(gold), '../docs'), gold: path.resolve(gold) })),
    { docs: path.join(shared, 'seeds'), gold: path.join(shared, 'gold/seeds') },
    { docs: path.join(shared, 'corpus/dev/docs'), gold: path.join(shared, 'corpus/dev/gold') },
    { docs: path.join(shared, 'corpus/dev2/docs'), gold: path.join(shared, 'corpus/dev2/gold') },
  ];
  const out = [];
  for (const set of sets)
    for (const g of readdirSync(set.gold)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const gold = JSON.parse(readFileSync(path.join(set.gold, g), 'utf8'));
      out.push({ file: path.join(set.docs, gold.doc), goldFile: path.join(set.gold, g), gold });
    }
  // interleave the sets so that each fold holds some of each kind
  return out.map((d, i) => ({ ...d, fold: i % folds }));
}

/** Labels per token of each readable sentence, from character spans. */
function labelled(doc, spans, feats, analysis = ruleAnalysis(doc), { hideVerdict = false } = {}) {
  const mask = (1 << feats.bits) - 1;
  const examples = [];
  for (const { view, input: read } of sentenceInputs(doc, analysis)) {
    // without the rules' verdict (the kind their refiners settled), the tagger learns from the words and cues
    const input = hideVerdict ? { ...read, rules: read.rules.map((r) => r && { ...r, kind: '?' }) } : read;
    const tags = view.tokens.map((t) => {
      const s = spans.find((x) => x.start <= t.start && t.end <= x.end);
      if (!s) return 'O';
      return `${s.start === t.start ? 'B' : 'I'}-${s.type}`;
    });
    // a token that starts inside a span but is the span's first token in the view is its beginning
    for (let i = 0; i < tags.length; i++)
      if (tags[i].startsWith('I-') && (i === 0 || tags[i - 1] === 'O' || tags[i - 1].slice(2) !== tags[i].slice(2)))
        tags[i] = `B-${tags[i].slice(2)}`;
    for (const [from, to] of segments(view.tokens)) {
      const fs = [];
      const gold = new Int32Array(to - from);
      for (let i = from; i < to; i++) {
        fs.push(featureIds(input, i, mask));
        let tag = tags[i];
        if (i === from && tag.startsWith('I-')) tag = `B-${tag.slice(2)}`;
        gold[i - from] = LABEL.get(tag);
      }
      examples.push({ feats: fs, gold });
    }
  }
  return examples;
}

/** CoNLL documents read, cleaned and segmented, with their gold spans in the cleaned text and a fold. */
export function conllDocs(file, { limit = Infinity, folds = 5 } = {}) {
  return readConll(file)
    .slice(0, limit)
    .map((d, i) => {
      const raw = {
        source: { path: `${d.id}.txt`, index: 0, id: null, url: null },
        format: 'text',
        content: d.text,
        meta: {},
      };
      const doc = prepare(raw);
      const map = aligner(d.text, doc.text);
      const spans = d.entities
        .map((e) => ({ type: e.type, start: map[e.start], end: map[e.end - 1] + 1 }))
        .filter((e) => e.start >= 0 && e.end > e.start);
      // the names as a gold file would list them, for judging whole entities
      const names = (type) => [
        ...new Set(spans.filter((e) => e.type === type).map((e) => doc.text.slice(e.start, e.end))),
      ];
      const gold = {
        organizations: names('ORG').map((name) => ({ name })),
        people: names('PER').map((name) => ({ name })),
      };
      return { doc, spans, gold, fold: i % folds };
    });
}

/** Labelled segments of CoNLL documents (all, or all but one fold for cross-validation). */
export function conllExamples(file, feats, { limit = Infinity, skipFold = -1, folds = 5 } = {}) {
  const out = [];
  for (const d of conllDocs(file, { limit, folds }))
    if (d.fold !== skipFold) out.push(...labelled(d.doc, d.spans, feats));
  return out;
}

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Spans of the gold names in the cleaned text: longest forms first, whole words, no overlaps. */
export function goldSpans(text, gold) {
  const forms = [];
  for (const o of gold.organizations ?? []) for (const f of [o.name, ...(o.aliases ?? [])]) forms.push([f, 'ORG']);
  for (const f of gold.optional_organizations ?? []) forms.push([f, 'ORG']);
  for (const p of gold.people ?? []) for (const f of [p.name, ...(p.aliases ?? [])]) forms.push([f, 'PER']);
  forms.sort((a, b) => b[0].length - a[0].length);
  const taken = new Uint8Array(text.length);
  const spans = [];
  for (const [form, type] of forms) {
    if (!form || form.length < 2) continue;
    // a name broken over lines (flattened tables, contact blocks) is still the name
    const pattern = escapeRegExp(form).replace(/\s+/g, '\\s+');
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.subarray(start, end).some((x) => x)) continue;
      taken.fill(1, start, end);
      spans.push({ type, start, end });
    }
  }
  return spans;
}

export async function pressExamples(docs, feats, { hideVerdict = false } = {}) {
  const out = [];
  for (const d of docs) {
    for (const read of await loadFile(d.file)) {
      if (!read.article) continue;
      const doc = prepare(read.article);
      const spans = goldSpans(doc.text, d.gold);
      // places the rules found and the gold does not name as organizations stay places
      const analysis = ruleAnalysis(doc);
      const { entities } = analysis;
      for (const p of entities.places)
        for (const m of p.mentions)
          if (!spans.some((s) => s.start < m.end && m.start < s.end))
            spans.push({ type: 'LOC', start: m.start, end: m.end });
      out.push(...labelled(doc, spans, feats, analysis, { hideVerdict }));
    }
  }
  return out;
}

/** Each press-release document of `docs` read, cleaned and segmented (for in-process evaluation). */
export async function preparedDocs(docs) {
  const out = [];
  for (const d of docs)
    for (const read of await loadFile(d.file)) if (read.article) out.push({ d, doc: prepare(read.article) });
  return out;
}
