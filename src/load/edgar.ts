// EDGAR full submission files (the `.txt` or `.nc` file of a filing): an SGML
// envelope, <SEC-DOCUMENT> holding a <SEC-HEADER> (accession number, form type,
// filing date, one COMPANY DATA block per filer) and one <DOCUMENT> per part
// (<TYPE>, <SEQUENCE>, <FILENAME>, <TEXT>). Press-release exhibits (EX-99 and its
// sub-numbers; the exhibits foreign issuers furnish with a 6-K) become articles;
// the form itself, XBRL, graphics, archives and PDFs are skipped, each named.
import type { Filing, RawArticle } from '../document.js';
import type { ReadResult } from './types.js';

/** The SGML envelope of an EDGAR submission, or a bare <SEC-HEADER> (header-only .hdr.sgml / .nc files). */
export const EDGAR_START =
  /^(?:-----BEGIN PRIVACY-ENHANCED MESSAGE-----[\s\S]{0,2000}?)?<(SEC-DOCUMENT|SEC-HEADER|IMS-DOCUMENT|IMS-HEADER)>/i;

/** True when the text is an EDGAR submission (told by its content, whatever its extension). */
export function isEdgar(text: string): boolean {
  return EDGAR_START.test(text.trimStart().slice(0, 2400));
}

/** A header line's value: "ACCESSION NUMBER:\t\t0000092122-07-000008". */
const headerValue = (header: string, name: string): string | null => {
  const m = new RegExp(`^[ \\t]*${name}:[ \\t]*(.*?)[ \\t]*$`, 'im').exec(header);
  return m?.[1] ? m[1] : null;
};

/** "20070125" -> "2007-01-25". */
const isoDate = (s: string | null): string | null => {
  const m = s && /^(\d{4})(\d{2})(\d{2})/.exec(s);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
};

/** The filing's facts from the <SEC-HEADER>: accession number, form, filed date, filers with CIK. */
export function readEdgarHeader(header: string): Filing {
  const filers: Filing['filers'] = [];
  const seen = new Set<string>();
  // One COMPANY DATA block per filer (FILER:, SUBJECT COMPANY:, FILED BY:): name then CIK.
  const company = /COMPANY CONFORMED NAME:[ \t]*(.*?)[ \t]*\r?\n[ \t]*CENTRAL INDEX KEY:[ \t]*(\d+)/gi;
  for (let m = company.exec(header); m; m = company.exec(header)) {
    const name = (m[1] ?? '').trim();
    const cik = m[2] ?? '';
    if (!name || seen.has(cik)) continue;
    seen.add(cik);
    filers.push({ name, cik });
  }
  return {
    accession: headerValue(header, 'ACCESSION NUMBER') ?? accessionFromEnvelope(header),
    form: headerValue(header, 'CONFORMED SUBMISSION TYPE'),
    filed: isoDate(headerValue(header, 'FILED AS OF DATE')),
    filers,
  };
}

const accessionFromEnvelope = (s: string): string | null =>
  /<SEC-(?:DOCUMENT|HEADER)>\s*(\d{10}-\d{2}-\d{6})/i.exec(s)?.[1] ?? null;

/** A <DOCUMENT>'s one-line tag value: "<TYPE>EX-99.1". */
const tag = (block: string, name: string): string | null => {
  const m = new RegExp(`<${name}>[ \\t]*([^\\r\\n<]*)`, 'i').exec(block);
  return m?.[1]?.trim() || null;
};

export type PartKind = 'release' | 'skip';

/**
 * Whether a part of a submission is a press release. EX-99 and its sub-numbers
 * ("EX-99.1", "EX-99.01", "EX-99.(A)(1)") are; so are the exhibits of a 6-K or
 * 40-F whose type names no other exhibit class (foreign issuers file their
 * releases as EX-1, EX-99 or plain "6-K" documents beside the cover). Everything
 * else is not: the form itself, XBRL (EX-101), graphics, ZIP, PDF, XML, JSON.
 */
export function partKind(type: string, filename: string | null, form: string | null, sequence: number): PartKind {
  const t = type.toUpperCase();
  const file = (filename ?? '').toLowerCase();
  if (/\.(pdf|zip|gif|jpe?g|png|xml|xsd|json|xlsx?|css|js)$/.test(file)) return 'skip';
  if (/^(GRAPHIC|ZIP|PDF|XML|JSON|EXCEL|EX-101|EX-100|EX-FILING FEES)/.test(t)) return 'skip';
  if (/^EX-99(\b|\.|$)/.test(t)) return 'release';
  const foreign = /^(6-K|40-F)/i.test(form ?? '');
  // The cover of a 6-K is sequence 1; its later parts are the releases it furnishes.
  if (foreign && sequence > 1 && (/^EX-\d/.test(t) || /^(6-K|40-F)/.test(t))) return 'release';
  return 'skip';
}

/** What a skipped part is, in a few words. */
function skipReason(type: string, filename: string | null, form: string | null): string {
  const t = type.toUpperCase();
  const what = /^EX-101/.test(t)
    ? 'XBRL'
    : t === 'GRAPHIC' || /\.(gif|jpe?g|png)$/i.test(filename ?? '')
      ? 'graphic'
      : /^(ZIP|PDF|XML|JSON|EXCEL)$/.test(t)
        ? t
        : form && t === form.toUpperCase()
          ? 'the form itself'
          : 'not a press-release exhibit';
  return `EDGAR ${type}${filename ? ` (${filename})` : ''} skipped: ${what}`;
}

/** The <TEXT> of a part, without the <PDF>/<XBRL>/<XML> wrappers EDGAR adds inside it. */
function partText(block: string): string {
  const open = /<TEXT>/i.exec(block);
  if (!open) return '';
  const from = open.index + open[0].length;
  const close = block.toUpperCase().lastIndexOf('</TEXT>');
  const text = block.slice(from, close > from ? close : block.length);
  return text.replace(/^\s*<(XBRL|XML)>|<\/(XBRL|XML)>\s*$/gi, '');
}

/** The layout marks of EDGAR's plain-text documents (<TABLE>, <CAPTION>, <S>, <C>, <PAGE>, <FN>) are no text. */
const withoutPseudoTags = (text: string): string =>
  text.replace(/^[ \t]*<\/?(?:TABLE|CAPTION|S|C|PAGE|FN|F\d+)>[ \t]*(?=\r?\n|<)/gim, '').replace(/<(?:S|C)>/g, '   ');

const looksHtml = (text: string, filename: string | null): boolean =>
  /\.html?$/i.test(filename ?? '') || /^\s*(<!doctype html|<html|<body|<div|<p\b|<table)/i.test(text);

/** "0000092122-07-000008" + "#3": the source id of one exhibit. */
export const exhibitId = (accession: string | null, sequence: string | null, index: number): string | null =>
  accession ? `${accession}#${sequence ?? index + 1}` : null;

export function readEdgar(content: string, path: string): ReadResult[] {
  const headerMatch = /<(SEC|IMS)-HEADER>([\s\S]*?)<\/\1-HEADER>/i.exec(content);
  const header = headerMatch ? headerMatch[0] : content.slice(0, content.search(/<DOCUMENT>/i) >>> 0 || 20000);
  const filing = readEdgarHeader(`${content.slice(0, 200)}\n${header}`);
  const out: ReadResult[] = [];
  const open = /<DOCUMENT>/gi;
  let index = 0;
  let m = open.exec(content);
  while (m) {
    const from = m.index + m[0].length;
    const close = content.indexOf('</DOCUMENT>', from);
    const nextOpen = open.exec(content);
    const end = close >= 0 && (!nextOpen || close < nextOpen.index) ? close : (nextOpen?.index ?? content.length);
    const block = content.slice(from, end);
    const type = tag(block, 'TYPE') ?? '';
    const sequence = tag(block, 'SEQUENCE');
    const filename = tag(block, 'FILENAME');
    const description = tag(block, 'DESCRIPTION');
    const seqNo = Number(sequence ?? index + 1);
    if (partKind(type, filename, filing.form, seqNo) === 'release') {
      const text = partText(block);
      if (text.trim()) {
        const html = looksHtml(text, filename);
        const article: RawArticle = {
          source: { path, index, id: exhibitId(filing.accession, sequence, index), url: null },
          format: html ? 'html' : 'text',
          content: html ? text : withoutPseudoTags(text),
          meta: { filing: { ...filing, exhibit: { type, sequence, filename, description } } },
        };
        out.push({ article });
      } else
        out.push({ skipped: { path, index, reason: `EDGAR ${type} (${filename ?? 'no file name'}) has no text` } });
    } else {
      out.push({ skipped: { path, index, reason: skipReason(type, filename, filing.form) } });
    }
    index++;
    m = nextOpen;
  }
  if (index > 0 && !out.some((r) => 'article' in r))
    out.push({
      skipped: {
        path,
        warning: true,
        reason:
          `EDGAR ${filing.form ?? 'submission'} ${filing.accession ?? ''}: no press-release exhibit (EX-99) among its ${index} documents`.replace(
            /\s+/g,
            ' ',
          ),
      },
    });
  if (index === 0)
    out.push({
      skipped: {
        path,
        warning: true,
        reason:
          `EDGAR ${filing.form ?? 'submission'} ${filing.accession ?? ''} has no <DOCUMENT> (header only): no article read`.replace(
            /\s+/g,
            ' ',
          ),
      },
    });
  return out;
}
