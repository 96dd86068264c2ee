// Short paragraphs that read as prompts, pointers or stamps rather than reporting:
// "Related: ...", "Subscribe to ...", "Image copyright ...", "Updated 5:27 am".
import { leafBlocks, normalizedText, removeAll } from './dom.js';

const PROMPT =
  /^(?:\[?related\b|see also\b|also on\b|also read\b|read (?:more|also|next)\b|more:|\(?(?:leggi|leia|lea) (?:anche|também|también)\b|click here\b|click to tweet\b|subscribe\b|sign up\b|sign in$|log in$|get the latest\b|follow (?:us|him|her|me)\b|like this (?:story|article)\b|share (?:this|it)\b|comments?$|tags?:?$|advertisement$|image (?:copyright|caption)\b|media (?:playback|caption)\b|photo:|copyright\b|©|ⓒ|this post may contain affiliate|have a tip\?|skip to content$|about the author$)/i;

// "Follow our full coverage at https://..." and "Follow her on Twitter".
const FOLLOW = /^follow\b.{0,120}(?:https?:\/\/|\bon (?:twitter|facebook|instagram|linkedin)\b)/i;

// A paragraph that is only a date, time, "Updated ..." stamp or a bare count.
const STAMP =
  /^(?:(?:posted|published|updated|last updated|modified)\b[^.!?]{0,60}|[\w.,: ]{0,20}\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?[\w ,.]{0,30}|(?:\d{1,2}\s+)?[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}|today|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d[\d.,]*)\s*\|?$/i;

export function removePromptParagraphs(root: Element): void {
  const prompts = leafBlocks(root).filter((el) => {
    const text = normalizedText(el);
    return text.length > 0 && text.length <= 300 && (PROMPT.test(text) || FOLLOW.test(text) || STAMP.test(text));
  });
  removeAll(root, prompts);
}

const tokens = (s: string): string => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

/** The headline repeated at the top of the body (h1/h2 with the same words). */
export function removeHeadlineCopy(root: Element, headline: string | null): void {
  if (!headline) return;
  const want = tokens(headline);
  removeAll(
    root,
    Array.from(root.querySelectorAll('h1, h2')).filter((h) => tokens(h.textContent ?? '') === want),
  );
}
