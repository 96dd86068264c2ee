// Deal candidates, one per trigger in a sentence: its type, the parties on
// either side of it with their roles, and what the sentence says about price,
// date and status. Refiners (./merge.ts) then join mentions of one deal.
import type { Deal, DealType, Document, Sentence, Span } from '../../document.js';
import { dealInstrument, dealStatus } from './attributes.js';
import {
  COORDINATION,
  firstRelative,
  lastComma,
  lastRelative,
  nextSubject,
  type SubjectState,
  sentenceSubject,
} from './clauses.js';
import { statedDate } from './date.js';
import { BACKGROUND, type Frame, HEDGE } from './lexicon.js';
import { type OrgMention, PRONOUN_SUBJECT, partyMentions } from './mentions.js';
import { assignRoles, type Party } from './roles.js';
import { type Hit, triggersIn } from './triggers.js';
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
  /** "its joint venture", "our partnership", a hedged mention: may join a deal, never starts one. */
  own: boolean;
  /** How many sentences back it may point: far for "the partnership", near for "its merger" or a verb. */
  reach: number;
  /** For a payment: the organization that pays, or that receives the money. */
  payer: string | null;
  payee: string | null;
  background: boolean;
  value: Deal['value'];
  date: string | null;
  status: Deal['status'];
  instrument: Deal['instrument'];
}

// "..., Pentagon officials said": the organization of the speakers.
const SPEAKER_AFTER =
  /^[’'"”]?\s*(?:(?:officials?|sources?|executives?|spokes(?:man|woman|person)|analysts?)\s+)?(?:said|says|announced|added|stated|confirmed)\b/;
const ANAPHOR_BEFORE = /\b(?:the|this|that|these|such|post|after|upon|following|pending|before)\s+(?:[\w-]+\s+){0,2}$/i;
// "The assets to be acquired include ...": the parts of a deal named before.
const PARTS_BEFORE = /\b(?:the|these|those)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:to\s+be|being|that\s+will\s+be)\s+$/i;
const OWN_BEFORE = /\b(?:its|their|his|her|our|my|your)\s+(?:[\w-]+\s+){0,2}$/i;
const NOUN_TRIGGER = /^(?:acquisition|purchase|takeover|buy-?out|sale|merger|joint|partnership|alliance)/i;
const EQUITY_AFTER =
  /^\s*(?:(?:its|their|the|a|an|\d[\d,.]*|common|preferred|new|of)\s+){0,4}(?:shares|stock|stake|equity|securities|notes)\b/i;
// "will sell to Halvern a number of shares": the buyer named before the shares.
const SOLD_TO_EQUITY =
  /^\s*to\s+(?:\p{Lu}[\p{L}.&'’-]*\s+){1,6}(?:(?:a|an|the|its|\d[\d,.]*|[\p{Ll}-]+)\s+){0,6}?(?:shares|stock|securities|equity)\b/u;
const PROPOSAL_FROM = /\b(?:proposal|offer|bid|approach|invitation)\s+from\s+(?:the\s+)?$/i;
const PCT = /(\d+(?:\.\d+)?)\s?(?:%|pct|per\s?cent)/i;

const WITH_TO = /^\s*(?:\([^()]*\)\s*)?,?\s*to\s+$/;
const AFTER_PREPOSITION_BUT_WITH = /\b(?:for|from|of|to|by|in|at|on|into|than|over)\s+(?:the\s+)?<?$/i;
const AFTER_PREPOSITION = /\b(?:for|from|of|to|by|in|with|at|on|into|than|over)\s+(?:the\s+)?<?$/i;
// "..., said David Jessop, President and CEO of Carden": the speaker's organization.
const SPEAKER_ORG_BEFORE = /\b(?:said|says|added)\s+[^,.;]{2,40},\s+(?:[\w-]+\s+){0,8}(?:of|at)\s+$/i;
const EQUITY_OBJECT = /^\s*(?:of\s+)?(?:[\w.,%$-]+\s+){0,5}?(?:shares|stock|stake|equity|securities|notes)\b/i;
const WHOLE = /\b(?:all|entire|whole|remaining|majority|controlling|100\s?(?:%|pct|per\s?cent))\b/i;

const VERB_TRIGGER =
  /^(?:acquir(?:e|es|ed|ing)\b|buy|bought|sell|sold|privati|take|took|taken|merg(?:e|es|ed|ing)\b|invest|rais|partner(?:s|ed|ing)?\s|join|team|jointly|open|launch|sign|ink|enter|reach|struck|seal|announc|conclud|paid|pay|receiv|divest|dispos|spin|spun)/i;

// Agreements that may be the instrument of the purchase or investment named right after them.
const INSTRUMENTS = new Set(['mou', 'loi', 'signed-agreement', 'cooperation-agreement']);
const INSTRUMENT_OF_NEXT = /\b(?:under\s+which|whereby|pursuant\s+to\s+which|to|for|providing\s+for|regarding|on)\b/i;
const SECONDARY = new Set(['joint-agreement', 'anaphor', 'payment']);

export function parseSentence(
  doc: Document,
  index: number,
  sentence: Sentence,
  mentions: OrgMention[],
  state: SubjectState,
  headline = false,
): Candidate[] {
  const text = doc.text;
  const parties = partyMentions(doc, sentence, mentions);
  // An agreement the subjects announce together counts only where no other word names the deal.
  const found = triggersIn(text, sentence, mentions);
  const kept = found.some((h) => !SECONDARY.has(h.trigger.name))
    ? found.filter((h) => h.trigger.name !== 'joint-agreement')
    : found;
  // "signed a letter of intent with B under which A would acquire B's unit": the letter is the purchase's.
  const hits = kept.filter(
    (h, k) =>
      !INSTRUMENTS.has(h.trigger.name) ||
      !kept.some(
        (n, j) =>
          j > k &&
          n.trigger.frame !== 'mutual' &&
          n.start - h.end < 120 &&
          INSTRUMENT_OF_NEXT.test(text.slice(h.end, n.start)) &&
          !/[;]/.test(text.slice(h.end, n.start)),
      ) ||
      kept.some((n) => n.trigger.type === 'merger' && n.start > h.end),
  );
  const out: Candidate[] = [];
  const sentenceText = text.slice(sentence.start, sentence.end);
  // The sentence's own subject, unless it opens with a pronoun that points back ("It said ...").
  const subject = sentenceSubject(text, sentence, parties);
  // (read only where it counts: a sentence with a subject or a trigger)
  const pronounFirst =
    (subject != null || hits.length > 0) &&
    /^\s*(?:[\w,]+\s+){0,4}?(?:it|its|the\s+company(?:['’]s)?|the\s+firm(?:['’]s)?)\s+(?!is\b|was\b)/i.test(
      sentenceText,
    );
  // A name after the sentence's first deal word is its object, not what the sentence is about.
  const subjectMention =
    subject && !pronounFirst && !(hits.length && subject.start > hits[0]!.start) ? subject : undefined;
  if (subjectMention) state.subject = subjectMention.name;
  let prevLeft: OrgMention[] = [];
  let prevRight: OrgMention[] = [];
  hits.forEach((hit, k) => {
    const prevEnd = k > 0 ? hits[k - 1]!.end : sentence.start;
    const nextStart = k + 1 < hits.length ? hits[k + 1]!.start : sentence.end;
    const leftFrom = lastRelative(text, prevEnd, hit.start);
    const rightTo = Math.min(
      firstRelative(text, hit.end, nextStart),
      k + 1 < hits.length ? nextSubject(text, parties, hit.end, nextStart) : nextStart,
    );
    const cutExamples = /\b(?:such\s+as|like)\b/.exec(text.slice(hit.end, rightTo));
    const rightEnd = cutExamples ? hit.end + cutExamples.index : rightTo;
    const beforeTrigger = text.slice(Math.max(sentence.start, hit.start - 80), hit.start);
    const hedged = HEDGE.test(beforeTrigger);
    const near = text.slice(Math.max(sentence.start, hit.start - 30), hit.start);
    // "its joint venture" points back; "its offer to privatize X" does not: a verb names a deal of its own.
    const own = OWN_BEFORE.test(near) && !VERB_TRIGGER.test(text.slice(hit.start, hit.end));
    // "bought the 18.8% stake": a definite article inside the trigger points back as well.
    const anaphoric =
      own ||
      ANAPHOR_BEFORE.test(near) ||
      PARTS_BEFORE.test(near) ||
      hit.trigger.name === 'participated' ||
      (hit.trigger.name === 'stake' && /\bthe\b/i.test(text.slice(hit.start, hit.end)));
    const generic = hit.trigger.name === 'anaphor' || hit.trigger.name === 'payment';
    const background = BACKGROUND.test(text.slice(sentence.start, rightTo));

    const speakers = parties.filter(
      (m) =>
        m.start >= hit.end &&
        (SPEAKER_AFTER.test(text.slice(m.end, m.end + 12)) ||
          SPEAKER_ORG_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 120), m.start))),
    );
    // A buyer or seller stands in the trigger's own clause: "..., most notably in its offer to privatize X"
    // does not make the names before the comma buyers. Partners may come as a list with commas.
    const clauseFrom = hit.trigger.frame === 'mutual' ? leftFrom : lastComma(text, leftFrom, hit.start);
    // "reached an agreement in principle with B to merge": for a mutual deal, a partner "with" stands before it too.
    let left = parties.filter(
      (m) =>
        m.start >= clauseFrom &&
        m.end <= hit.start &&
        !(
          hit.trigger.frame === 'mutual' && WITH_TO.test(text.slice(m.end, hit.start))
            ? AFTER_PREPOSITION_BUT_WITH
            : AFTER_PREPOSITION
        ).test(text.slice(Math.max(sentence.start, m.start - 12), m.start)),
    );
    // "acquire all the outstanding QLX shares": a name inside the trigger is its object.
    let right = parties.filter(
      (m) =>
        ((m.start >= hit.end && m.end <= rightEnd) || (m.start > hit.start && m.end <= hit.end)) &&
        !speakers.includes(m),
    );
    // "GTX said Nippon Steel, in a move to diversify, invested": the subject stands before the aside.
    if (!left.length && hit.trigger.frame !== 'mutual' && clauseFrom > leftFrom)
      left = beforeAside(text, parties, leftFrom, clauseFrom, hit.start);
    // "B has accepted a proposal from A to acquire all of B's stock": A, the proposer, buys.
    if (hit.trigger.frame === 'buy' || hit.trigger.frame === 'invest') {
      const proposer = parties.find(
        (m) =>
          m.end <= hit.start &&
          m.start >= sentence.start &&
          PROPOSAL_FROM.test(text.slice(Math.max(sentence.start, m.start - 30), m.start)) &&
          /^\s*(?:\([^()]*\)\s*)?to\s+$/.test(text.slice(m.end, hit.start)),
      );
      if (proposer) left = [proposer];
    }
    // "A said B acquired C": B, the subject of the reported clause, is the side; A only reports.
    left = afterReportingVerb(text, left, hit.start);
    const leftText = text.slice(clauseFrom, hit.start);
    const coordinated = k > 0 && !left.length && COORDINATION.test(text.slice(prevEnd, hit.start));
    if (coordinated) {
      left = hit.trigger.frame === 'mutual' ? [...prevLeft, ...prevRight] : prevLeft;
    } else if (speakers.length && !left.length) left = speakers;
    if (!left.length && state.subject && PRONOUN_SUBJECT.test(leftText))
      left = [{ start: hit.start, end: hit.start, name: state.subject }];
    else if (!left.length && k > 0) left = prevLeft;
    // "Arthur Penn, the leading British design house, has today launched": the subject before an apposition.
    if (!left.length && subjectMention && subjectMention.start >= leftFrom && subjectMention.end <= hit.start)
      left = [subjectMention];
    // "It has cash, after getting A$846m from selling X": the sentence's pronoun subject sells.
    if (!left.length && pronounFirst && state.subject && k === 0)
      left = [{ start: hit.start, end: hit.start, name: state.subject }];
    // "A, ..., and B today announced that they have entered into a licensing agreement": every subject is a side.
    if (hit.trigger.frame === 'mutual') {
      const subjects = jointSubjects(text, sentence, parties, hit.start);
      if (subjects.length > left.length) left = subjects;
    }
    // "A and B announced an agreement": only an agreement two subjects announce, with no other deal word near it.
    if (hit.trigger.name === 'joint-agreement' && new Set(left.map((m) => m.name)).size < 2) return;
    prevLeft = left;
    prevRight = right;
    if (hedged && !anaphoric && !generic) {
      // "the goal of the MoU is to explore a joint venture": may still say what the deal named before is.
      if (hit.trigger.type !== 'joint_venture') return;
    }

    let type = hit.trigger.type;
    let frame: Frame = hit.trigger.frame;
    const triggerText = text.slice(hit.start, hit.end);
    const after = text.slice(hit.end, Math.min(rightEnd, hit.end + 60));
    // "signed an MoU to establish a new company": the agreement sets up a jointly owned entity.
    if (type === 'partnership' && NEW_ENTITY_AFTER.test(text.slice(hit.end, Math.min(sentence.end, hit.end + 160))))
      type = 'joint_venture';
    // A stake of half or more is a takeover; buying some of a company's shares is an investment.
    if (frame === 'invest' && hit.trigger.name !== 'invest-in' && hit.trigger.name !== 'participated') {
      const pct = PCT.exec(text.slice(hit.start, Math.min(hit.end + 30, sentence.end)));
      if ((pct && Number(pct[1]) >= 50) || WHOLE.test(triggerText)) {
        type = 'acquisition';
        frame = 'buy';
      }
    } else if (
      frame === 'buy' &&
      !/^pa(?:id\b|y)/i.test(triggerText) &&
      EQUITY_OBJECT.test(after) &&
      !WHOLE.test(after.slice(0, 30))
    ) {
      type = 'investment';
      frame = 'invest';
    }
    // Selling shares is an investment: the issuer raises money, or a holder sells its stake.
    let sellsStake = false;
    if (frame === 'sell' && (EQUITY_AFTER.test(after) || SOLD_TO_EQUITY.test(after))) {
      type = 'investment';
      const holds = right.some((m) => /\bin\s+(?:the\s+)?$/i.test(text.slice(Math.max(hit.end, m.start - 8), m.start)));
      if (holds) sellsStake = true;
      else frame = 'raise';
    }
    if (hit.trigger.name === 'round' && !/\b(?:led|leads|co-led|participat\w+|joined)\b/i.test(beforeTrigger))
      frame = 'raise';
    if (
      frame === 'raise' &&
      /\b(?:led|leads|co-led|leading|participat\w+|joined|invest\w*)\s+(?:\w+\s+){0,4}$/i.test(beforeTrigger)
    )
      frame = 'invest';
    // Rights for "Torvane's enzymes" or "from Torvane": every name after it may be the licensor.
    if (hit.trigger.frame === 'mutual' && hit.trigger.name !== 'rights') right = mutualSide(text, hit.end, right);

    const noun = NOUN_TRIGGER.test(triggerText);
    let assigned = assignRoles({ text, frame, trigger: hit, noun }, left, right);
    // "making Y a unit of X": Y is taken over, X buys.
    if (hit.trigger.name === 'unit-of')
      assigned = [
        ...left.map((m): Party => ({ name: m.name, role: 'target' })),
        ...right.slice(0, 1).map((m): Party => ({ name: m.name, role: 'acquirer' })),
      ];
    if (sellsStake)
      assigned = assigned.map((p) => ({
        ...p,
        role: p.role === 'target' ? 'investee' : p.role === 'acquirer' ? 'investor' : p.role,
      }));
    let payer: string | null = null;
    let payee: string | null = null;
    if (hit.trigger.name === 'payment') {
      const who = left[0]?.name ?? null;
      if (/\breceive/i.test(triggerText)) payee = who;
      else payer = who;
    }
    const base = {
      type,
      trigger: { start: hit.start, end: hit.end, name: hit.trigger.name },
      sentence: index,
      story: sentence.story,
      anaphoric: anaphoric || generic || hedged,
      own: own || hedged,
      reach: own || hedged || (VERB_TRIGGER.test(triggerText) && !/\bthe\b/i.test(triggerText)) ? 3 : 8,
      generic,
      payer,
      payee,
      background,
      value: headline ? null : dealValue(doc, { start: sentence.start, end: sentence.end }, hit),
      date: statedDate(doc, sentence),
      status: dealStatus(sentenceText),
      instrument: hit.trigger.instrument ?? dealInstrument(sentenceText),
    };
    // "collaborations with Globex, Zorvane, Quillon and Redfern": an enumeration of three or more names.
    const listed =
      text
        .slice(hit.end, rightEnd)
        .split(/,|\band\b/)
        .filter((x) => /\p{Lu}/u.test(x)).length >= 3;
    const groups = listed || right.length >= 3 ? rightGroups(text, right) : [];
    for (const p of splitParties(hit, triggerText, assigned, left.length, frame, listed, groups)) {
      const seen = new Set<string>();
      out.push({ ...base, parties: p.filter((x) => !seen.has(x.name) && seen.add(x.name)) });
    }
  });
  return out;
}

// In "A signed an MoU with B for plants developed by C", only the counterparts after "with"/"and" are parties.
function mutualSide(text: string, from: number, right: OrgMention[]): OrgMention[] {
  const out: OrgMention[] = [];
  let prev = from;
  let keep = true;
  for (const m of right) {
    // "with A for flu vaccines, B for ...": after a comma the list goes on; only a cue after the comma counts.
    const gap = text.slice(prev, m.start).replace(/^[\s\S]*,/, '');
    const cue =
      /\b(with|and|between|among|by|of|in|for|from|to|at|on|like|including|as)\b(?![\s\S]*\b(?:with|and|between|among|by|of|in|for|from|to|at|on|like|including|as)\b)/i
        .exec(gap)?.[1]
        ?.toLowerCase();
    if (cue) keep = cue === 'with' || cue === 'and' || cue === 'between' || cue === 'among';
    if (keep) out.push(m);
    prev = m.end;
  }
  return out;
}

// "two joint ventures with A and B": one deal per counterpart; "acquires X from A, and Y from B": one per seller;
// a plural trigger listing many names ("collaborations with A, B, C and D") is background, no deal.
function splitParties(
  hit: Hit,
  triggerText: string,
  parties: Party[],
  leftCount: number,
  frame: Frame,
  listed: boolean,
  groups: string[][] = [],
): Party[][] {
  const plural =
    /s$/i.test(triggerText) &&
    /(?:ventures|partnerships|alliances|agreements|collaborations|deals|acquisitions|tie-?ups)$/i.test(triggerText);
  const left = parties.slice(0, leftCount);
  const right = parties.slice(leftCount);
  if (plural && hit.trigger.frame === 'mutual') {
    // "collaborations with A for X, B for Y, and C and D for Z": one deal per group of counterparts.
    if (groups.length >= 2 && left.length)
      return groups.map((g) => [...left, ...right.filter((p) => g.includes(p.name))]).filter((g) => g.length > 1);
    if (right.length >= 3 || listed) return [];
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

// "to establish a new Flash memory company", "to form a jointly owned company"
const NEW_ENTITY_AFTER =
  /^\s*(?:\([^()]*\)\s*)?(?:[\w-]+\s+){0,3}?to\s+(?:establish|form|create|set\s+up|launch|incorporate)\s+(?:a|an)\s+(?:new\s+|jointly[- ]owned\s+|joint\s+)(?:[\w-]+\s+){0,4}?(?:company|venture|entity|enterprise|corporation)\b/i;

// Words after the subjects that make them act together: "A and B announced that they have signed".
const TOGETHER =
  /\b(?:they|both\s+(?:companies|parties|firms)|the\s+(?:two\s+|three\s+)?(?:companies|parties|firms)|jointly)\b/i;

/** The coordinated subjects of a sentence whose verb says they act together, or none. */
function jointSubjects(text: string, sentence: Span, parties: OrgMention[], end: number): OrgMention[] {
  const before = parties.filter(
    (m) => m.end <= end && !AFTER_PREPOSITION.test(text.slice(Math.max(sentence.start, m.start - 12), m.start)),
  );
  const last = before[before.length - 1];
  if (!last || before.length < 2) return [];
  const gap = text.slice(last.end, end);
  if (gap.length > 160 || !TOGETHER.test(gap) || /[;]/.test(gap)) return [];
  // the subjects open the sentence: nothing but names, asides and "and" before the last of them
  if (before[0]!.start - sentence.start > 200) return [];
  return before;
}

/** Counterparts after a plural trigger in groups: a stretch of words other than "and" and commas starts a new one. */
function rightGroups(text: string, right: OrgMention[]): string[][] {
  const groups: string[][] = [];
  let prev: OrgMention | null = null;
  for (const m of right) {
    const gap = prev ? text.slice(prev.end, m.start).replace(/\([^()]*\)/g, ' ') : '';
    if (!prev || /[\p{L}\d]/u.test(gap.replace(/\b(?:and|the|as\s+well\s+as)\b/gi, ''))) groups.push([m.name]);
    else groups[groups.length - 1]!.push(m.name);
    prev = m;
  }
  return groups;
}

const ASIDE_OPENER =
  /^\s*(?:in|as|after|with|following|under|through|according|among|like|a|an|the|which|who|its|their|also|now|already|together)\b/i;
// Nothing, or a place qualifier ("of Japan"), between a name and the comma that opens an aside.
const QUALIFIER_ONLY = /^(?:\s+(?:of|in|from)\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?\s*$/u;
const SUBJECT_GAP =
  /^(?:\s+(?:of|in|from)\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?(?:['’]s?\s+(?:[\w-]+\s+){0,2}?(?:proposal|plan|offer|bid|agreement|decision|move|intention)\s+)?[\s,]*(?:(?:has|have|had|will|would|is|was|to|also|agreed|agrees|plans|planned|intends|expects|has\s+agreed|already)\s+)*$/u;
const REPORTING = /\b(?:said|says|announced|announces|reported|reports|disclosed|confirmed)\s+(?:that\s+)?/gi;

// The subject before a comma-enclosed aside that ends just before the trigger, when that aside names nobody.
function beforeAside(
  text: string,
  parties: OrgMention[],
  from: number,
  clauseFrom: number,
  triggerStart: number,
): OrgMention[] {
  if (/\S/.test(text.slice(clauseFrom, triggerStart))) return [];
  const head = text.slice(from, clauseFrom - 1);
  const open = head.lastIndexOf(',');
  if (open < 0) return [];
  const asideStart = from + open;
  if (!ASIDE_OPENER.test(text.slice(asideStart + 1, clauseFrom - 1))) return [];
  if (parties.some((m) => m.start > asideStart && m.end < clauseFrom)) return [];
  const before = parties.filter(
    (m) => m.start >= from && m.end <= asideStart && QUALIFIER_ONLY.test(text.slice(m.end, asideStart)),
  );
  return before.slice(-1);
}

function afterReportingVerb(text: string, left: OrgMention[], end: number): OrgMention[] {
  if (left.length < 2) return left;
  let cut = -1;
  const from = left[0]!.start;
  for (const m of text.slice(from, end).matchAll(REPORTING)) cut = from + m.index + m[0].length;
  if (cut < 0) return left;
  const kept = left.filter((m) => m.start >= cut);
  // "A said it reached an agreement with B to merge": B is not the reported clause's subject.
  if (kept.length && !/^\s*(?:the\s+)?$/i.test(text.slice(cut, kept[0]!.start))) return left;
  // only when the reported subject acts itself: "said B will buy", not "said B issued an order allowing it to buy"
  const last = kept[kept.length - 1];
  if (!last || !SUBJECT_GAP.test(text.slice(last.end, end))) return left;
  return kept;
}
