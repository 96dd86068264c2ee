// Deal candidates, one per trigger in a sentence: its type, the parties on
// either side of it with their roles, and what the sentence says about price,
// date and status. Refiners (./merge.ts) then join mentions of one deal.
import type { Deal, DealType, Document, Sentence, Span } from '../../document.js';
import { dealInstrument, dealStatus } from './attributes.js';
import { statedDate } from './date.js';
import { BACKGROUND, type Frame, HEDGE, TRIGGERS, type Trigger } from './lexicon.js';
import { type OrgMention, PRONOUN_SUBJECT, partyMentions } from './mentions.js';
import { assignRoles, type Party } from './roles.js';
import { dealValue } from './value.js';

export interface Candidate {
  type: DealType;
  trigger: Span & { name: string };
  sentence: number;
  story: number;
  parties: Party[];
  /** Points back to a deal named before ("the joint venture", "its partnership"). */
  anaphoric: boolean;
  /** Only a price or date for an earlier deal ("under the terms of the deal"). */
  generic: boolean;
  background: boolean;
  value: Deal['value'];
  date: string | null;
  status: Deal['status'];
  instrument: Deal['instrument'];
}

interface Hit extends Span {
  trigger: Trigger;
}

// Triggers in a sentence, earlier lexicon entries winning overlaps, none inside an organization's name.
function findTriggers(text: string, sentence: Span, mentions: OrgMention[]): Hit[] {
  const s = text.slice(sentence.start, sentence.end);
  const hits: Hit[] = [];
  for (const trigger of TRIGGERS) {
    trigger.re.lastIndex = 0;
    for (const m of s.matchAll(trigger.re)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (mentions.some((o) => o.start < end && start < o.end && !(o.start >= start && o.end <= end))) continue;
      if (hits.some((h) => h.start < end && start < h.end)) continue;
      hits.push({ start, end, trigger });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

const RELATIVE = /(?:,\s*(?:who|which|whose|where)\b|;|\bwho\b)/g;
const SPEAKER_AFTER = /^[’'"”]?\s*(?:said|says|announced|added|stated|confirmed)\b/;
const ANAPHOR_BEFORE = /\b(?:the|this|that|its|their|his|her|our|these|such)\s+(?:[\w-]+\s+){0,2}$/i;
const NOUN_TRIGGER = /^(?:acquisition|purchase|takeover|buy-?out|sale|merger|joint|partnership|alliance)/i;
const EQUITY_AFTER =
  /^\s*(?:(?:its|their|the|a|an|\d[\d,.]*|common|preferred|new|of)\s+){0,4}(?:shares|stock|stake|equity|securities|notes)\b/i;
const PCT = /(\d+(?:\.\d+)?)\s?(?:%|pct|per\s?cent)/i;

function lastRelative(text: string, from: number, to: number): number {
  let cut = from;
  RELATIVE.lastIndex = 0;
  for (const m of text.slice(from, to).matchAll(RELATIVE)) cut = from + m.index + m[0].length;
  return cut;
}

function firstRelative(text: string, from: number, to: number): number {
  RELATIVE.lastIndex = 0;
  const m = RELATIVE.exec(text.slice(from, to));
  return m ? from + m.index : to;
}

export interface SubjectState {
  /** The organization the story is currently about, for "it" and "the company". */
  subject: string | null;
}

/** The organization a sentence is about: its first one, when it comes before any preposition. */
export function sentenceSubject(text: string, sentence: Span, parties: OrgMention[]): string | null {
  const first = parties[0];
  if (!first) return null;
  const before = text.slice(sentence.start, first.start);
  if (
    /\b(?:of|by|with|from|to|for|than|at|on|about|like|told)\s+(?:the\s+)?$|\b(?:of|by|with|from|to|for)\b/i.test(
      before,
    )
  )
    return null;
  if (before.split(/\s+/).length > 10) return null;
  return first.name;
}

export function parseSentence(
  doc: Document,
  index: number,
  sentence: Sentence,
  mentions: OrgMention[],
  state: SubjectState,
): Candidate[] {
  const text = doc.text;
  const parties = partyMentions(doc, sentence, mentions);
  const hits = findTriggers(text, sentence, mentions);
  const out: Candidate[] = [];
  const sentenceText = text.slice(sentence.start, sentence.end);
  const background = BACKGROUND.test(sentenceText);
  let prevLeft: OrgMention[] = [];
  hits.forEach((hit, k) => {
    const prevEnd = k > 0 ? hits[k - 1]!.end : sentence.start;
    const nextStart = k + 1 < hits.length ? hits[k + 1]!.start : sentence.end;
    const leftFrom = lastRelative(text, prevEnd, hit.start);
    const rightTo = firstRelative(text, hit.end, nextStart);
    const beforeTrigger = text.slice(Math.max(sentence.start, hit.start - 80), hit.start);
    const hedged = HEDGE.test(beforeTrigger);
    const anaphoric = ANAPHOR_BEFORE.test(text.slice(Math.max(sentence.start, hit.start - 30), hit.start));
    const generic = hit.trigger.name === 'anaphor';
    if (hedged && !anaphoric) return;

    let left = parties.filter((m) => m.start >= leftFrom && m.end <= hit.start);
    let right = parties.filter((m) => m.start >= hit.end && m.end <= rightTo);
    // "..., Ford said in a statement": the speaker is the subject.
    const speakers = parties.filter((m) => m.start >= hit.end && SPEAKER_AFTER.test(text.slice(m.end, m.end + 12)));
    if (speakers.length) {
      right = right.filter((m) => !speakers.includes(m));
      left = [...left, ...speakers.filter((m) => !left.includes(m))];
    }
    const leftText = text.slice(leftFrom, hit.start);
    if (!left.length && state.subject && PRONOUN_SUBJECT.test(leftText)) {
      left = [{ start: hit.start, end: hit.start, name: state.subject }];
    } else if (!left.length && k > 0 && !/[A-Z]/.test(leftText)) left = prevLeft;
    prevLeft = left;

    let type = hit.trigger.type;
    let frame: Frame = hit.trigger.frame;
    const triggerText = text.slice(hit.start, hit.end);
    const after = text.slice(hit.end, hit.end + 60);
    // A stake of half or more is a takeover.
    if (frame === 'invest' && hit.trigger.name !== 'invest-in') {
      const pct = PCT.exec(text.slice(hit.start, Math.min(hit.end + 30, sentence.end)));
      if (pct && Number(pct[1]) >= 50) {
        type = 'acquisition';
        frame = 'buy';
      }
    }
    // Selling shares is an investment: the issuer raises money, or a holder sells its stake.
    let sellsStake = false;
    if (frame === 'sell' && EQUITY_AFTER.test(after)) {
      type = 'investment';
      const holds = right.some((m) => /\bin\s+(?:the\s+)?$/i.test(text.slice(Math.max(hit.end, m.start - 8), m.start)));
      if (holds) sellsStake = true;
      else frame = 'raise';
    }
    if (
      frame === 'invest' &&
      /\bround\b/i.test(triggerText) &&
      !/\b(?:led|leads|co-led|participat\w+|joined)\b/i.test(beforeTrigger)
    )
      frame = 'raise';
    if (
      frame === 'raise' &&
      /\b(?:led|leads|co-led|leading|participat\w+|joined|invest\w*)\s+(?:\w+\s+){0,4}$/i.test(beforeTrigger)
    )
      frame = 'invest';
    if (hit.trigger.frame === 'mutual') right = mutualSide(text, hit.end, right);

    const noun = NOUN_TRIGGER.test(triggerText);
    let assigned = assignRoles({ text, frame, trigger: hit, noun }, left, right);
    if (sellsStake)
      assigned = assigned.map((p) => ({
        ...p,
        role: p.role === 'target' ? 'investee' : p.role === 'acquirer' ? 'investor' : p.role,
      }));
    const base = {
      type,
      trigger: { start: hit.start, end: hit.end, name: hit.trigger.name },
      sentence: index,
      story: sentence.story,
      anaphoric: anaphoric || generic,
      generic,
      background,
      value: dealValue(doc, { start: sentence.start, end: sentence.end }, hit),
      date: statedDate(doc, sentence),
      status: dealStatus(sentenceText),
      instrument: hit.trigger.instrument ?? dealInstrument(sentenceText),
    };
    for (const p of splitParties(hit, triggerText, assigned, left.length, frame)) out.push({ ...base, parties: p });
  });
  const subject = sentenceSubject(text, sentence, parties);
  if (subject && !PRONOUN_SUBJECT.test(text.slice(sentence.start, parties[0]!.start))) state.subject = subject;
  return out;
}

// In "A signed an MoU with B for plants developed by C", only the counterparts after "with"/"and" are parties.
function mutualSide(text: string, from: number, right: OrgMention[]): OrgMention[] {
  const out: OrgMention[] = [];
  let prev = from;
  let keep = true;
  for (const m of right) {
    const gap = text.slice(prev, m.start);
    const cue =
      /\b(with|and|between|among|by|of|in|for|from|to|at|on|like|including|as)\b(?![\s\S]*\b(?:with|and|between|among|by|of|in|for|from|to|at|on|like|including|as)\b)/i
        .exec(gap)?.[1]
        ?.toLowerCase();
    if (cue) keep = cue === 'with' || cue === 'and' || cue === 'between' || cue === 'among' || cue === 'to';
    if (keep) out.push(m);
    prev = m.end;
  }
  return out;
}

// "two joint ventures with A and B": one deal per counterpart; "acquires X from A, and Y from B": one per seller;
// a plural trigger listing many names ("collaborations with A, B, C and D") is background, no deal.
function splitParties(hit: Hit, triggerText: string, parties: Party[], leftCount: number, frame: Frame): Party[][] {
  const plural =
    /s$/i.test(triggerText) &&
    /(?:ventures|partnerships|alliances|agreements|collaborations|deals|acquisitions|tie-?ups)$/i.test(triggerText);
  const left = parties.slice(0, leftCount);
  const right = parties.slice(leftCount);
  if (plural && hit.trigger.frame === 'mutual') {
    if (right.length >= 3) return [];
    if (right.length === 2 && left.length) return right.map((r) => [...left, r]);
  }
  if (frame === 'buy') {
    const sellers = right.filter((p) => p.role === 'seller');
    if (sellers.length >= 2) {
      const rest = parties.filter((p) => p.role !== 'seller');
      return sellers.map((s) => [...rest, s]);
    }
  }
  return [parties];
}
