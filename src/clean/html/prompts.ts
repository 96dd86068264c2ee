// Short paragraphs that read as prompts, pointers or stamps rather than reporting:
// "Related: ...", "Subscribe to ...", "Image copyright ...", "Updated 5:27 am".

import { isByline } from './byline.js';
import { leafBlocks, normalizedText, removeAll } from './dom.js';
import { isDateStamp } from './stamp.js';

// Openings of prompts and pointers. Each is imperative or labelled ("Related:", "Also on site.com"),
// so a reporting sentence that starts with the same word ("Related costs rose ...") does not match.
const PROMPT = new RegExp(
  '^(?:' +
    [
      '\\[?related(?: stories| articles| coverage| content| news| links| reading)?\\s*[:\\]]',
      'related (?:stories|articles|coverage|news)$',
      'see also\\b',
      'also on \\S+\\.[a-z]{2,}\\b',
      'also read\\b',
      'read (?:more|also|next)\\b',
      'more:',
      '\\(?(?:leggi|leia|lea) (?:anche|também|también)\\b',
      'click here\\b',
      'click to tweet\\b',
      'subscribe (?:to|for|now|today)\\b',
      'sign up (?:for|to|now|today)\\b',
      'sign in$',
      'log in$',
      'get the latest\\b',
      'follow (?:us|him|her|me)\\b',
      'like this (?:story|article)\\b',
      'share (?:this|it)\\b',
      'comments?$',
      'tags?:?$',
      'advertisement$',
      'image (?:copyright|caption)\\b',
      'media (?:playback|caption)\\b',
      'photo:',
      'copyright\\s*(?:©|ⓒ|\\(c\\)|\\d{4})',
      '©',
      'ⓒ',
      'this post may contain affiliate',
      'have a tip\\?',
      'skip to content$',
      'about the author$',
      '(?:story|article) continues (?:below|after)\\b',
      'continue reading\\b',
      'read the (?:full|original|rest)\\b',
      'share on (?:facebook|twitter|linkedin|whatsapp|reddit|email)\\b',
      '(?:print|email|e-mail|share|tweet|pin it|whatsapp|facebook|twitter|linkedin|reddit)$',
      'loading\\.*$',
      'please enable javascript\\b',
      'we use cookies\\b',
      'this (?:web)?site uses cookies\\b',
    ].join('|') +
    ')',
  'i',
);

// "Follow our full coverage at https://..." and "Follow her on Falcon".
const FOLLOW = /^follow\b.{0,120}(?:https?:\/\/|\bon (?:twitter|facebook|instagram|linkedin)\b)/i;

// A bare count: views, comments, shares ("553", "3.409").
const COUNT = /^\d[\d.,]*$/;

export function removePromptParagraphs(root: Element): void {
  const prompts = leafBlocks(root).filter((el) => {
    const text = normalizedText(el);
    return (
      text.length > 0 &&
      text.length <= 300 &&
      (PROMPT.test(text) || FOLLOW.test(text) || COUNT.test(text) || isDateStamp(text) || isByline(text))
    );
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
