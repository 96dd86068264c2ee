// The trained entity tagger: the committed model loads and reads invented
// sentences as it should; the decoder keeps to BIO; training is deterministic
// and learns; calibration is a monotone probability.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api/extract.js';
import type { Token } from '../src/document.js';
import { fastFeatureIds } from '../src/extract/entities/model/fast.js';
import { shapeOf, taggable } from '../src/extract/entities/model/features.js';
import { calibrated } from '../src/extract/entities/model/reconcile.js';
import { allowed, featureIds, hashFeature, viterbi } from '../src/extract/entities/model/tagger.js';
import { train } from '../src/extract/entities/model/train.js';
import { entityFeatures, verify } from '../src/extract/entities/model/verify.js';
import { encodeWeights, entityModel, modelPath, readModel, weightRows } from '../src/extract/entities/model/weights.js';

const toks = (s: string): Token[] => {
  const out: Token[] = [];
  for (const m of s.matchAll(/[\p{L}\p{N}.&'-]+|[^\s]/gu))
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      kind: /^[\p{L}]/u.test(m[0]) ? 'word' : 'punct',
    });
  return out;
};

describe('the committed entity model', () => {
  it('loads with its labels, transitions and weights', () => {
    const model = readModel(modelPath());
    expect(model.labels).toEqual(['O', 'B-ORG', 'I-ORG', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC']);
    expect(model.rows.length).toBe(1 << model.bits);
    expect(model.weights.length).toBe(
      Math.max(
        0,
        ...Array.from(model.rows)
          .filter((r) => r > 0)
          .slice(-1),
      ) * model.labels.length,
    );
    expect(model.transitions.length).toBe((model.L + 1) * model.L);
    expect(model.calibration?.org.length).toBe(3);
    expect(model.weights.byteLength).toBeLessThanOrEqual(20 * 1024 * 1024);
    expect(entityModel()).not.toBeNull();
  });

  it('stores rows of weights for the buckets that have any, and reads them back bit for bit', () => {
    const w = new Float32Array(12);
    w[1] = 0.5;
    w[7] = -1.25e-7;
    w[11] = 3;
    // 4 buckets of 3 labels: buckets 0, 2 and 3 hold weights, bucket 1 none
    const stored = encodeWeights(w, 3);
    expect(stored.byteLength).toBe(20 + 8 + 3 * 3 * 4);
    const { rows, weights } = weightRows(stored, 4, 3);
    expect([...rows]).toEqual([1, 0, 2, 3]);
    expect([...weights]).toEqual([0, 0.5, 0, 0, w[7], 0, 0, 0, 3]);
    // a dense file (float32s) reads the same
    const dense = weightRows(Buffer.from(w.buffer), 4, 3);
    expect([...dense.rows]).toEqual([1, 0, 2, 3]);
    expect([...dense.weights]).toEqual([...weights]);
    expect(() => weightRows(stored, 8, 3)).toThrow(/buckets/);
  });

  it('reads people, organizations and places in invented sentences', () => {
    const r = extract(
      'Quillmark Analytics will open an office in Rotterdam, said Dorota Wesselink, chief executive of ' +
        'Quillmark Analytics. Wesselink said the Harbour Authority of Rotterdam had approved the lease. ' +
        'The Federal Trade Commission did not comment.',
    );
    expect(r.organizations.map((o) => o.name)).toEqual([
      'Quillmark Analytics',
      'Harbour Authority of Rotterdam',
      'Federal Trade Commission',
    ]);
    const person = r.people.find((p) => p.name === 'Dorota Wesselink');
    expect(person?.aliases).toContain('Wesselink');
    expect(person?.mentions).toHaveLength(2);
    expect(r.locations.map((l) => l.name)).toContain('Rotterdam');
    expect(person?.roles).toEqual([
      { title: 'chief executive', organization: 'Quillmark Analytics', confidence: expect.any(Number) },
    ]);
    for (const o of r.organizations) expect(o.confidence).toBeGreaterThan(0.5);
  });

  it('gives the short form of a company to the company, and takes no name from the dateline', () => {
    const r = extract(
      'ST. PAUL, March 23 - Medlow Graphics Corp said William Stubb resigned as chairman. Medlow Graphics ' +
        'said Stubb had made significant gains.',
    );
    expect(r.organizations.map((o) => [o.name, o.aliases])).toEqual([['Medlow Graphics Corp', ['Medlow Graphics']]]);
    expect(r.people.map((p) => p.name)).toEqual(['William Stubb']);
  });
});

describe('the decoder', () => {
  const labels = ['O', 'B-ORG', 'I-ORG'];
  it('never puts an inside label after an outside one', () => {
    expect(allowed(labels, 0, 2)).toBe(false);
    expect(allowed(labels, 1, 2)).toBe(true);
    expect(allowed(labels, -1, 2)).toBe(false);
    // emissions that prefer I-ORG everywhere still decode to B-ORG I-ORG
    const em = Float64Array.from([0, 1, 5, 0, 1, 5]);
    const path = viterbi(em, 2, labels, new Array(12).fill(0));
    expect(Array.from(path)).toEqual([1, 2]);
  });

  it("reads the same feature ids through the decoder's word-type tables as through the feature list", () => {
    const model = entityModel();
    if (!model) throw new Error('no model');
    const sentence = (text: string, genre: string, index: number) => {
      const tokens = toks(text);
      // rule evidence on a few tokens, as the rule parsers would give it
      const rules = tokens.map((t, i) =>
        i % 3 === 1 && /^\p{Lu}/u.test(t.text)
          ? { kind: i % 2 ? 'org' : 'person', cue: 'capitalized', pos: 'B' as const, cues: ['said', 'title'] }
          : undefined,
      );
      return { tokens, rules, lowerWords: new Set(['shares', 'rose']), sentence: index, capsShare: 0.4, genre };
    };
    const inputs = [
      sentence(
        'Kestrel Pumps Co said Mr. Ilse Dunmore, CEO of NORVAL AG, will join Harbour Bank of the West.',
        'news',
        0,
      ),
      sentence(
        'Shares of Lumen Partners, Inc. rose in Trondheim trading; Q3 results of 3M-like peers lagged.',
        'release',
        4,
      ),
      sentence('Ülker Gıda and ÉCOLE Holdings Ltd signed with Ôtis in São Paulo', 'news', 1),
      sentence('Acme', 'news', 2),
    ];
    const mask = (1 << model.bits) - 1;
    for (const s of inputs)
      for (let i = 0; i < s.tokens.length; i++)
        expect(Array.from(fastFeatureIds(model, s, i))).toEqual(Array.from(featureIds(s, i, mask)));
  });

  it('tags capitalized words and the connectors inside names, and nothing else', () => {
    // ("and" between two names may join them: "Cable and Wireless"; the tagger decides)
    const t = toks('shares of Bank of the West and Lumen Partners, Inc. rose in trading');
    const mask = taggable(t);
    expect(t.filter((_, i) => mask[i]).map((x) => x.text)).toEqual([
      'Bank',
      'of',
      'the',
      'West',
      'and',
      'Lumen',
      'Partners',
      ',',
      'Inc.',
    ]);
  });

  it('writes word shapes with runs collapsed', () => {
    expect(shapeOf('Kelbrix')).toBe('Xx');
    expect(shapeOf('U.S.')).toBe('X.X.');
    expect(shapeOf('3M')).toBe('dX');
    expect(hashFeature('w=acme')).toBe(hashFeature('w=acme'));
  });
});

describe('training', () => {
  // a toy language: capitalized words after "from" are places, before "Corp" organizations
  const labels = ['O', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'];
  const bits = 8;
  const id = (s: string) => hashFeature(s) & ((1 << bits) - 1);
  const example = (words: [string, number][]) => ({
    feats: words.map(([w], i) =>
      Int32Array.from([
        id('b'),
        id(`w=${w}`),
        id(`w-1=${words[i - 1]?.[0] ?? '<s>'}`),
        id(`w+1=${words[i + 1]?.[0] ?? '</s>'}`),
      ]),
    ),
    gold: Int32Array.from(words.map(([, y]) => y)),
  });
  const data = [
    example([
      ['from', 0],
      ['Oslo', 3],
    ]),
    example([
      ['Acme', 1],
      ['Corp', 2],
    ]),
    example([
      ['from', 0],
      ['Lima', 3],
    ]),
    example([
      ['Zenith', 1],
      ['Corp', 2],
    ]),
  ];

  it('gives the same weights on every run and learns the toy language', () => {
    const a = train(data, { bits, labels, epochs: 5, seed: 1 });
    const b = train(data, { bits, labels, epochs: 5, seed: 1 });
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
    expect(a.transitions).toEqual(b.transitions);
    const test = example([
      ['from', 0],
      ['Quito', 3],
    ]);
    const L = labels.length;
    const em = new Float64Array(2 * L);
    for (let t = 0; t < 2; t++)
      for (const f of test.feats[t] as Int32Array)
        for (let y = 0; y < L; y++) em[t * L + y] = (em[t * L + y] as number) + (a.weights[f * L + y] as number);
    expect(Array.from(viterbi(em, 2, labels, a.transitions))).toEqual([0, 3]);
  });
});

describe('calibration', () => {
  it('maps raw scores to probabilities that rise with the score and the mentions', () => {
    const w = [-1, 1.5, 0.5];
    const low = calibrated(w, 0.3, 1);
    const high = calibrated(w, 0.9, 1);
    expect(high).toBeGreaterThan(low);
    expect(calibrated(w, 0.9, 5)).toBeGreaterThan(high);
    expect(low).toBeGreaterThan(0);
    expect(high).toBeLessThan(1);
    expect(calibrated(undefined, 0.42, 3)).toBe(0.42);
  });
});

describe('the verifier', () => {
  const base = {
    kind: 'org' as const,
    name: 'Orvane Freight Ltd',
    forms: ['Orvane Freight Ltd', 'Orvane'],
    votes: { org: 2.6, person: 0, place: 0, none: 0.2 },
    probs: [0.99, 0.97],
    ruleKind: 'org' as const,
    ruleConfidence: 0.95,
    mentions: 3,
    kept: 0,
    genre: 'release',
    firstAt: 0.02,
    headline: 1,
    afterThe: 0,
  };

  it('reads an entity as named features', () => {
    const f = entityFeatures(base);
    expect(f.bias).toBe(1);
    expect(f['share:org']).toBeCloseTo(2.6 / 2.8);
    expect(f['rule:org']).toBe(1);
    expect(f.ruleAgrees).toBe(1);
    expect(f.legal).toBe(1);
    expect(f['words:3']).toBe(1);
    expect(f['genre:release']).toBe(1);
    const fresh = entityFeatures({ ...base, name: 'QXT', forms: ['QXT'], ruleKind: null, ruleConfidence: 0 });
    expect(fresh['rule:fresh']).toBe(1);
    expect(fresh.allCaps).toBe(1);
    expect(fresh.short).toBe(1);
    expect(fresh.bareAcronym).toBe(1);
    expect(f.legal).toBe(1);
    expect(f.onlyHeadline).toBeUndefined();
    // words that make a name unlikely: a headline's verb, a generic head, initials, a place, a first name alone
    const headline = entityFeatures({
      ...base,
      name: 'Orvane Announce Expansion Plan',
      forms: ['Orvane Announce Expansion Plan'],
      mentions: 1,
      headline: 1,
    });
    expect(headline.onlyHeadline).toBe(1);
    expect(headline.verb).toBe(1);
    expect(headline.ordinaryHead).toBe(1);
    expect(entityFeatures({ ...base, name: 'Ph.D', forms: ['Ph.D'] }).dotted).toBe(1);
    expect(entityFeatures({ ...base, name: 'Portugal', forms: ['Portugal'] }).place).toBe(1);
    expect(entityFeatures({ ...base, name: 'Margaret', forms: ['Margaret'] }).firstNameAlone).toBe(1);
    expect(entityFeatures({ ...base, name: 'Orvane Freight Ltd', afterThe: 3 }).afterThe).toBe(1);
  });

  it('gives a probability from its weights', () => {
    const w = { bias: -2, 'share:org': 3, ruleAgrees: 1 };
    const sure = verify(w, entityFeatures(base));
    const unsure = verify(
      w,
      entityFeatures({ ...base, votes: { org: 0.5, person: 0, place: 0, none: 2 }, ruleKind: null }),
    );
    expect(sure).toBeGreaterThan(0.8);
    expect(unsure).toBeLessThan(0.3);
  });
});
