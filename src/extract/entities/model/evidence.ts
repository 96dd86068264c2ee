// What the rule parsers and refiners said, as tagger input: for every token
// inside a name they proposed, the kind their refiners settled, the word-shape
// cue and the families of context cues around it ("descriptor", "ticker").
import type { Document } from '../../../document.js';
import type { Analysis, NameMention } from '../analyze.js';
import type { SentenceView } from '../view.js';
import { genreOf, type RuleEvidence, type SentenceInput } from './features.js';

const family = (cue: string): string => cue.split(':')[0] as string;

/** One tagger input per sentence that is not a caps headline or banner. */
export function sentenceInputs(doc: Document, analysis: Analysis): { view: SentenceView; input: SentenceInput }[] {
  const { views, mentions, entities, lowerWords } = analysis;
  const kindAt = new Map<number, string>();
  for (const [kind, list] of [
    ['org', entities.orgs],
    ['person', entities.people],
    ['place', entities.places],
  ] as const)
    for (const e of list) for (const m of e.mentions) kindAt.set(m.end, kind);
  const bySentence = new Map<number, NameMention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  const genre = genreOf(doc.text);
  const out: { view: SentenceView; input: SentenceInput }[] = [];
  for (const view of views) {
    if (view.caps) continue;
    const rules: (RuleEvidence | undefined)[] = new Array(view.tokens.length);
    for (const m of bySentence.get(view.index) ?? []) {
      const cues = [...new Set([...m.cues.org, ...m.cues.person].map(family))];
      if (m.cues.subject) cues.push('subject');
      if (m.cues.possessive) cues.push('possessive');
      if (m.cues.ticker) cues.push('ticker');
      const kind = kindAt.get(m.end) ?? 'none';
      for (let i = m.from; i < m.to; i++) rules[i] = { kind, cue: m.shape.cue, pos: i === m.from ? 'B' : 'I', cues };
    }
    let words = 0;
    let caps = 0;
    for (const t of view.tokens) {
      if (t.kind !== 'word') continue;
      words++;
      const c = t.text.charCodeAt(0);
      if (!(c >= 97 && c <= 122) && t.text[0] !== t.text[0]?.toLowerCase()) caps++;
    }
    const capsShare = words ? caps / words : 0;
    // a title-case line (a headline the caps test let through, a table row of names) says little through case:
    // the rules' reading of it stands
    if (words >= 3 && capsShare >= 0.7) continue;
    out.push({ view, input: { tokens: view.tokens, rules, lowerWords, sentence: view.index, capsShare, genre } });
  }
  return out;
}
