// deals: business agreements between the organizations of an article. Parsers
// (./parse.ts) turn each trigger word into a candidate with parties and roles;
// refiners (./merge.ts) join the mentions of one deal and drop the incomplete;
// the finishing step dates the deal and reads its place, terms and evidence.
import type { Deal, Document } from '../../document.js';
import { dealLocation, dealTerms } from './attributes.js';
import type { SubjectState } from './clauses.js';
import { isDatedRelease, releaseDay } from './date.js';
import { orgMentions } from './mentions.js';
import { dropIncomplete, type Merged, mergeCandidates } from './merge.js';
import { type Candidate, parseSentence } from './parse.js';
import { perSharePrices } from './value.js';

export function findDeals(doc: Document): Deal[] {
  if (!doc.organizations.length) return [];
  const mentions = orgMentions(doc);
  const candidates: Candidate[] = [];
  const states = new Map<number, SubjectState>();
  doc.sentences.forEach((s, i) => {
    let state = states.get(s.story);
    if (!state) {
      state = { subject: null };
      states.set(s.story, state);
    }
    const headline = i === 0 && doc.headline != null && doc.text.slice(s.start, s.end) === doc.headline;
    candidates.push(...parseSentence(doc, i, s, mentions, state, headline));
  });
  const deals = dropIncomplete(mergeCandidates(candidates));
  if (!deals.length) return [];
  const dated = isDatedRelease(doc);
  return deals.map((d) => finish(doc, d, dated));
}

function finish(doc: Document, d: Merged, datedRelease: boolean): Deal {
  const sentences = d.sentences.map((i) => doc.sentences[i]!).filter(Boolean);
  const first = sentences[0]!;
  const evidence = evidenceOf(doc, d);
  // A release dated by its text announces its main deals "today"; earlier and proposed deals keep no date.
  const released = releaseDay(doc);
  const date =
    d.date ??
    (datedRelease && !d.background && d.status !== 'proposed' && released ? released : null) ??
    (/\btoday\b/i.test(doc.text.slice(first.start, first.end)) && released?.length === 10 ? released : null);
  const names = new Set<string>();
  const parties = d.parties.filter((p) => !names.has(p.name) && names.add(p.name));
  const location = sentences.map((s) => dealLocation(doc, s)).find((l) => l != null) ?? null;
  const terms = [...dealTerms(doc, sentences, location), ...sentences.flatMap((s) => perSharePrices(doc, s))];
  return {
    type: d.type,
    instrument: d.instrument,
    status: d.status,
    parties,
    date,
    location,
    value: d.value,
    terms: [...new Set(terms)],
    evidence,
    confidence: confidence(d),
  };
}

// The sentence that states the deal: the body's rather than the headline's. One sentence, so that two
// deals told in one sentence (an asset swap) keep the order in which the text names them.
function evidenceOf(doc: Document, d: Merged): { start: number; end: number } {
  const order = [...d.sentences].sort((a, b) => a - b);
  const at = order.find((i) => !(i === 0 && doc.headline != null)) ?? order[0]!;
  const s = doc.sentences[at]!;
  return { start: s.start, end: s.end };
}

// More mentions, more named parties and a stated instrument make a deal surer; background deals less so.
function confidence(d: Merged): number {
  let c = 0.5 + 0.1 * Math.min(3, d.sentences.length - 1) + 0.05 * Math.min(2, d.parties.length - 2);
  if (d.instrument) c += 0.05;
  if (d.background) c -= 0.15;
  return Math.max(0.05, Math.min(0.95, c));
}

export function extractDeals(doc: Document): Document {
  return { ...doc, deals: findDeals(doc) };
}
