// CoNLL-2003 English NER data (IOB1) read into documents: the text an analyst
// would paste (tokens joined by spaces, one sentence a line, the first line the
// headline) and the gold entity spans as UTF-16 offsets into that text.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** Sports pieces open with "SPORT - HEADLINE" (and results tables): the issue scores news that is not sports. */
const SPORTS =
  /^(?:CRICKET|SOCCER|TENNIS|GOLF|BASKETBALL|BASEBALL|ICE HOCKEY|NHL|NBA|NFL|HOCKEY|RUGBY(?: UNION| LEAGUE)?|CYCLING|ATHLETICS|BOXING|MOTOR RACING|MOTORCYCLING|FORMULA ONE|SKIING|SWIMMING|HORSE RACING|RACING|ROWING|SQUASH|BADMINTON|VOLLEYBALL|HANDBALL|SAILING|YACHTING|OLYMPICS|CHESS|SNOOKER|DARTS|TABLE TENNIS|ALPINE SKIING|NORDIC SKIING|SPEED SKATING|FIGURE SKATING|JUDO|WRESTLING|AMERICAN FOOTBALL|AUSTRALIAN RULES|GAELIC|POLO|TRIATHLON|BOBSLEIGH)\b/;

/**
 * @param {string} file an eng.*.gz file
 * @returns {{ id: string, text: string, sports: boolean, entities: { type: string, start: number, end: number, text: string }[] }[]}
 */
export function readConll(file) {
  const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
  const docs = [];
  let sentences = null;
  let cur = [];
  const flush = () => {
    if (cur.length && sentences) sentences.push(cur);
    cur = [];
  };
  for (const line of lines) {
    if (line.startsWith('-DOCSTART-')) {
      flush();
      sentences = [];
      docs.push(sentences);
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    const parts = line.split(' ');
    cur.push({ word: parts[0], tag: parts[parts.length - 1] });
  }
  flush();
  return docs.map((sents, i) => toDoc(sents, `${file.replace(/^.*\//, '').replace(/\.gz$/, '')}-${i}`));
}

function toDoc(sents, id) {
  let text = '';
  const entities = [];
  for (const [si, sent] of sents.entries()) {
    if (si > 0) text += si === 1 ? '\n\n' : '\n';
    let open = null;
    const close = () => {
      if (open) entities.push({ ...open, text: text.slice(open.start, open.end) });
      open = null;
    };
    for (const [ti, tok] of sent.entries()) {
      if (ti > 0) text += ' ';
      const start = text.length;
      text += tok.word;
      const [bio, type] = tok.tag === 'O' ? ['O', null] : tok.tag.split('-');
      if (!type || bio === 'B' || open?.type !== type) close();
      if (type) {
        if (!open) open = { type, start, end: text.length };
        else open.end = text.length;
      }
    }
    close();
  }
  const first = sents[0]?.map((t) => t.word).join(' ') ?? '';
  return { id, text, sports: SPORTS.test(first), entities };
}

/** Offsets of an input text's characters in its cleaned text (cleaning changes spacing only), -1 where gone. */
export function aligner(input, cleaned) {
  const map = new Int32Array(input.length + 1).fill(-1);
  let j = 0;
  for (let i = 0; i < input.length; i++) {
    if (/\s/.test(input[i])) continue;
    while (j < cleaned.length && cleaned[j] !== input[i]) j++;
    if (j < cleaned.length) map[i] = j++;
  }
  return map;
}
