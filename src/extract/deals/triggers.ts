// Trigger words found in a sentence, and the filters that drop the ones that
// name no deal: words inside a company's name ("Ltd Partnership"), trade in
// goods ("bought 27 jets"), modifiers ("purchase agreement"), descriptions
// ("its joint venture company").
import type { Span } from '../../document.js';
import { TRIGGERS, type Trigger } from './lexicon.js';
import { asides, type OrgMention } from './mentions.js';
import { WordFinder } from './words.js';

export interface Hit extends Span {
  trigger: Trigger;
}

// Every word some trigger needs, and each trigger's groups as indices into that list.
const NEEDED = new WordFinder(TRIGGERS.flatMap((t) => t.needs.flat()));
const NEEDS = new Map(TRIGGERS.map((t) => [t, t.needs.map((g) => g.map((w) => NEEDED.words.indexOf(w)))]));

const mayMatch = (trigger: Trigger, found: Uint8Array): boolean => {
  for (const group of NEEDS.get(trigger)!) if (!group.some((w) => found[w])) return false;
  return true;
};

// Triggers in a sentence, earlier lexicon entries winning overlaps, none inside an organization's name.
function findTriggers(text: string, sentence: Span, mentions: OrgMention[]): Hit[] {
  const found = NEEDED.find(text, sentence.start, sentence.end);
  let s: string | undefined;
  const hits: Hit[] = [];
  for (const trigger of TRIGGERS) {
    if (!mayMatch(trigger, found)) continue;
    s ??= text.slice(sentence.start, sentence.end);
    // exec on the shared regex, not matchAll, which copies the regex on every call
    const re = trigger.re;
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (mentions.some((o) => o.start < end && start < o.end && !(o.start >= start && o.end <= end))) continue;
      if (hits.some((h) => h.start < end && start < h.end)) continue;
      hits.push({ start, end, trigger });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

// Trigger words used as modifiers or for things that are not deals.
const NOT_A_DEAL_AFTER =
  /^\s+(?:agreements?|price|accounting|method|option|obligations?|commitments?|orders?|rights?|licen[cs]es?|access|power|costs?|decisions?)\b|^\s+(?:the\s+)?(?:[\w-]+\s+)?(?:rights|licen[cs]es?)\b/i;
const KIND_AFTER =
  /^\s+(?:compan(?:y|ies)|corp(?:oration)?\b|vehicles?|strateg(?:y|ies)|targets?|opportunit(?:y|ies)|candidates?|pipeline|program(?:me)?s?|sub(?:sidiary)?\b|financing|facility|costs?|expenses?|activity|activities|spree|criteria)\b/i;
const SUCCESSION_AFTER =
  /^\s+(?:as\b|for\s+(?:[\p{Lu}][\p{L}.'’-]*\s*){1,3}(?:as|when|on|at)\b|(?:the|his|her)\s+(?:duties|responsibilities|role|post|position|job)\b)/u;
const DESCRIPTIVE_JV_AFTER = /^[- ]?(?:company|companies|partners?|entity|firm|subsidiary|structure|rules?|model)\b/i;
const BECOMES_BEFORE = /\b(?:mak(?:e|es|ing)|made|becom(?:e|es|ing)|became)\s+(?:\S+\s+){0,6}$/i;
const MAKES_AND_BEFORE =
  /\b(?:makes|made|manufactures|produces|designs|develops|imports|distributes|markets|buys)\s+(?:and|or)\s+$/i;
const UNDER_BRAND_AFTER =
  /^[^.;]{0,120}\bunder\s+(?:the\s+|its\s+)?(?:[\p{L}'’-]+\s+){1,5}?(?:label|brand|trademark|name)s?\b/iu;
const ANTI_BEFORE = /\banti-?$/i;
const GOODS =
  '(?:tonnes|tons|barrels|bushels|ounces|bales|cargo(?:es)?|crude|oil|wheat|corn|grain|sugar|coffee|cocoa|soybeans?|soymeal|maize|rice|cotton|copper|tin|rubber|palm\\s+oil|feedgrains?|sorghum|barley|beef|pork|rapeseed|gas\\s+oil|gasoline|naphtha|fuel|bonds|debentures|notes|treasur(?:y|ies)|bills|dollars|yen|marks|currency|francs|sterling|aircraft|jets|planes|airliners|A-?\\d{3}s?|vessels|ships|tankers|buildings?|equipment|rights\\s+to)';
// "its oil and gas reserves", "the gold mining unit": assets and businesses, not goods.
const HOLDINGS =
  /\b(?:reserves|properties|fields|assets|business(?:es)?|operations|units?|compan(?:y|ies)|refiner(?:y|ies)|plants?|interests?|stake|division|subsidiar(?:y|ies)|mines?)\b/i;
const COMMODITY_AFTER = new RegExp(`^\\s+(?:[\\w,.'’-]+\\s+){0,7}?${GOODS}\\b`, 'i');
const COMMODITY_BEFORE = new RegExp(`\\b${GOODS}\\s+(?:export\\s+|import\\s+)?$`, 'i');
// A headline in title case capitalizes every word: "Quillon Redfern and Thornbury Enter Licensing Agreement".
const isHeadlineCase = (text: string, s: Span): boolean => {
  const words = text.slice(s.start, s.end).match(/\b\p{L}[\p{L}'-]*/gu) ?? [];
  return words.length > 2 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length > 0.7;
};
const M_AND_A = /\b(?:definitive|purchase|merger|acquisition|sale|asset|share|stock|credit|loan|settlement)\b/i;

// A capitalized word (not an article or a pronoun) just before: "Best Buy", "Industries Ltd Partnership".
const NAME_BEFORE = /(?:\b(?!(?:The|A|An|This|That|Its|Our|Their|His|Her)\s)\p{Lu}[\p{L}.&-]*)\s+$/u;

/** The triggers of a sentence that may announce a deal, in text order. */
export function triggersIn(text: string, sentence: Span, mentions: OrgMention[]): Hit[] {
  const hits = findTriggers(text, sentence, mentions);
  if (!hits.length) return hits;
  const aside = asides(text, sentence);
  return hits.filter((h) => {
    if (aside.some((a) => h.start > a.start && h.end <= a.end)) return false;
    const after = text.slice(h.end, h.end + 70);
    const before = text.slice(Math.max(sentence.start, h.start - 5), h.start);
    if (ANTI_BEFORE.test(before)) return false;
    // "Cordwell Industries Ltd Partnership", "Best Buy": the word is part of a name.
    if (
      /^\p{Lu}\p{Ll}/u.test(text.slice(h.start, h.end)) &&
      NAME_BEFORE.test(text.slice(Math.max(sentence.start, h.start - 20), h.start)) &&
      h.start > sentence.start + 1 &&
      !/^(?:MoU|MOU)$/.test(text.slice(h.start, h.end)) &&
      !isHeadlineCase(text, sentence)
    )
      return false;
    // Goods bought and sold are trade, not deals between companies.
    if (
      (h.trigger.frame === 'buy' || h.trigger.frame === 'sell') &&
      ((COMMODITY_AFTER.test(after) && !HOLDINGS.test(after)) ||
        COMMODITY_BEFORE.test(text.slice(Math.max(sentence.start, h.start - 30), h.start)))
    )
      return false;
    if (h.trigger.frame === 'buy' && NOT_A_DEAL_AFTER.test(after)) return false;
    // "a special purpose acquisition company", "potential acquisition targets": a kind of thing, not a deal.
    if (h.trigger.frame === 'buy' && /^acquisitions?$/i.test(text.slice(h.start, h.end)) && KIND_AFTER.test(after))
      return false;
    // "will take over for Grubb as president", "took over as chief executive": a successor, not a takeover.
    if (/^(?:take|took|taken)\s+over$/i.test(text.slice(h.start, h.end)) && SUCCESSION_AFTER.test(after)) return false;
    if (h.trigger.name === 'jv' && DESCRIPTIVE_JV_AFTER.test(after)) return false;
    // "makes and sells table wines ... under the X label": a line of business, not a deal.
    if (
      h.trigger.frame === 'sell' &&
      (MAKES_AND_BEFORE.test(text.slice(Math.max(sentence.start, h.start - 40), h.start)) ||
        UNDER_BRAND_AFTER.test(text.slice(h.end, sentence.end)))
    )
      return false;
    // "a unit of X" describes a company unless the sentence says it becomes one ("making Y a unit of X").
    if (h.trigger.name === 'unit-of' && !BECOMES_BEFORE.test(text.slice(sentence.start, h.start))) return false;
    // "a stepped-up investment in its storage system": spending on its own business.
    if (h.trigger.name === 'invest-in' && /^\s*(?:its|their|our|his|her)\s/i.test(after)) return false;
    // "definitive agreements", "purchase agreement": the kind of deal comes from another word.
    if (
      (h.trigger.name === 'signed-agreement' || h.trigger.name === 'joint-agreement') &&
      M_AND_A.test(text.slice(h.start, h.end))
    )
      return false;
    return true;
  });
}
