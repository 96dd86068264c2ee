// Trigger lexicon: the words that announce a deal, each with the deal type it
// proposes and the frame that decides which side of it is buyer or seller.
// Generic English only: verbs and nouns of dealmaking, never names.
import type { Deal, DealType } from '../../document.js';

/**
 * How roles follow from word order around the trigger:
 * buy ("A acquires B from C"), sell ("A sells B to C"), invest ("A takes a stake in B"),
 * raise ("B raises money from A"), mutual (every side is a partner).
 */
export type Frame = 'buy' | 'sell' | 'invest' | 'raise' | 'mutual';

export interface Trigger {
  name: string;
  re: RegExp;
  type: DealType;
  frame: Frame;
  instrument?: Deal['instrument'];
  /** A plural noun ("two joint ventures with A and B"): one deal per named counterpart. */
  plural?: boolean;
  /**
   * Lower-case words the regex cannot match without: each group needs one of its words in the sentence.
   * Most sentences name no deal, and looking for a few words is far cheaper than running every regex.
   */
  needs: string[][];
}

const w = (source: string): RegExp => new RegExp(source, 'giu');

// Earlier entries win where two triggers overlap ("acquire a 25 pct stake" is a stake, not a takeover).
export const TRIGGERS: Trigger[] = [
  {
    name: 'stake',
    re: w(
      String.raw`\b(?:took|taken|take|takes|taking|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|boost(?:s|ed|ing)?|lift(?:s|ed|ing)?|acquir(?:e|es|ed|ing)|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|buil(?:d|t|ds))\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w.%-]+(?:,\d+)*\s+){0,5}?(?:stake|equity interest|interest|holding|shares)\b`,
    ),
    needs: [
      ['stake', 'interest', 'holding', 'shares'],
      ['took', 'tak', 'rais', 'increas', 'boost', 'lift', 'acquir', 'buy', 'bought', 'purchas', 'buil'],
    ],
    type: 'investment',
    frame: 'invest',
  },
  {
    name: 'bought-pct',
    re: w(
      String.raw`\b(?:acquir(?:e|es|ed|ing)|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing))\s+(?:about\s+|some\s+|another\s+)?[\d.,]+\s?(?:%|pct|per\s?cent)\s+(?:-\s*[\d.,]+\s?%\s+)?(?:of|in)\b`,
    ),
    needs: [
      ['acquir', 'buy', 'bought', 'purchas'],
      ['%', 'pct', 'per'],
    ],
    type: 'investment',
    frame: 'invest',
  },
  {
    // "will subscribe for 65 million new shares", "subscribed to newly issued ordinary shares"
    name: 'subscribe',
    re: w(
      String.raw`\bsubscrib(?:e|es|ed|ing)\s+(?:for|to)\s+(?:(?:a|an|the|some|about|approximately)\s+)?(?:[\w.,%$-]+\s+){0,5}?(?:shares|stock|stake|equity|securities|notes|units)\b`,
    ),
    needs: [['subscrib']],
    type: 'investment',
    frame: 'invest',
  },
  {
    name: 'round',
    re: w(
      String.raw`\b(?:funding|financing|investment|series\s+[a-h]\d?|seed|venture)\s+round\b|\b(?:series\s+[a-h]\d?|seed|pre-seed|growth|venture)\s+(?:funding|financing)\b|\bround\s+of\s+(?:funding|financing)\b|\bprivate\s+placement\b|\b(?:equity|pipe)\s+financing\b|\bprivate\s+investment\s+in\s+public\s+equity\b`,
    ),
    needs: [['round', 'funding', 'financing', 'placement', 'equity']],
    type: 'investment',
    frame: 'raise',
  },
  {
    name: 'invest-in',
    re: w(String.raw`\binvest(?:s|ed|ing|ment)?\s+(?:[\w$.,-]+\s+){0,4}?in\b`),
    needs: [['invest']],
    type: 'investment',
    frame: 'invest',
  },
  {
    name: 'raise',
    re: w(String.raw`\brais(?:e|es|ed|ing)\s+(?:(?:a|an|about|approximately|some|over|more than)\s+)?(?:US)?[$€£¥]`),
    needs: [['rais'], ['$', '€', '£', '¥']],
    type: 'investment',
    frame: 'raise',
  },
  {
    name: 'jv',
    // "joint venture", "joint manufacturing venture"
    re: w(String.raw`\bjoint[- ](?:[a-z-]+\s+)?ventures?\b`),
    needs: [['joint']],
    type: 'joint_venture',
    frame: 'mutual',
  },
  {
    name: 'merge',
    // "merger agreement", "merge with", "a business combination with", "to combine with"
    re: w(String.raw`\bmerg(?:e|es|ed|ing|er)\b|\bbusiness\s+combination\b|\bcombin(?:e|es|ed|ing)\s+with\b`),
    needs: [['merg', 'combin']],
    type: 'merger',
    frame: 'mutual',
  },
  {
    name: 'sell',
    re: w(
      String.raw`\b(?:sell(?:s|ing)?|sold|sale\s+of|divest(?:s|ed|ing|iture\s+of)?|dispos(?:e|es|ed|al)\s+of|spin(?:s|ning)?\s+off|spun\s+off)\b`,
    ),
    needs: [['sell', 'sold', 'sale', 'divest', 'dispos', 'spin', 'spun']],
    type: 'acquisition',
    frame: 'sell',
  },
  {
    name: 'buy',
    re: w(
      String.raw`\b(?:acquir(?:e|es|ed|ing)|acquisitions?|purchas(?:e|es|ed|ing)|buy(?:s|ing)?|bought|takeovers?|take\s+over|took\s+over|taken\s+over|buy-?outs?|buy\s+out|bid\s+for|tender\s+offer\s+for|paid\s+(?:(?:about|approximately|some|over)\s+)?(?:US\s?|U\.S\.\s?|A|C|HK)?[$€£¥][\d.,]+\s*(?:[mb]illion|bn|mln|m\b)?\s+(?:in\s+\w+\s+)?for|privati[sz]ation\s+offer|privati[sz](?:e|es|ed|ing)|take\s+(?:\w+\s+){0,2}private|(?:take|takes|took|taking|gain|gains|gained|acquire|acquires|acquired)\s+(?:full\s+|majority\s+)?control\s+of)\b`,
    ),
    needs: [
      ['acqui', 'purchas', 'buy', 'bought', 'take', 'took', 'taking', 'gain', 'bid', 'tender', 'paid', 'privati'],
    ],
    type: 'acquisition',
    frame: 'buy',
  },
  {
    // "will pay about 800 mln dlrs in stock for all outstanding Quillon shares", "pays 12 dlrs for each Quillon
    // share": a price for a company's shares is its purchase (what is bought follows "for")
    name: 'pay-for',
    re: /\b(?:[Pp]ays?|[Pp]aying|[Pp]aid)\s+(?:(?:about|approximately|some|over|up\s+to)\s+)?(?:(?:US\s?|U\.S\.\s?|A|C|HK)?[$€£¥][\d.,]+\s*(?:[mb]illion|bn|mln|m\b)?|[\d.,]+\s+(?:mln|bln|billion|million)\s+(?:\w+\s+)?(?:dlrs|dollars|stg|pounds|yen|marks|francs|euros?))\s+(?:(?:in|of)\s+(?:\w+\s+)?(?:cash|stock|shares|notes)\s+)?for\s+(?:(?:all|each|every)\s+(?:of\s+)?(?:the\s+)?(?:outstanding\s+|remaining\s+)?(?=\p{Lu}|shares\s+of|stock\s+of)|(?:the\s+)?(?:outstanding|remaining)\s+(?:shares|stock)\s+of)/gu,
    needs: [['pay', 'paid']],
    type: 'acquisition',
    frame: 'buy',
  },
  {
    // "making Kaiser an indirect wholly owned unit of Hanson": the name before becomes the target, the one after buys.
    name: 'unit-of',
    re: w(
      String.raw`\b(?:an?|the)\s+(?:(?:indirect|direct|new|wholly[- ]owned|fully[- ]owned|majority[- ]owned|[\d.]+\s?(?:pct|%)[- ]owned)\s+){0,3}(?:unit|subsidiary)\s+of\b`,
    ),
    needs: [['unit', 'subsidiary']],
    type: 'acquisition',
    frame: 'buy',
  },
  {
    name: 'mou',
    re: w(String.raw`\b(?:memorandum\s+of\s+understanding|memoranda\s+of\s+understanding|MoU|MOU)\b`),
    needs: [['memorand', 'mou']],
    type: 'partnership',
    frame: 'mutual',
    instrument: 'mou',
  },
  {
    name: 'loi',
    re: w(String.raw`\bletters?\s+of\s+intent\b`),
    needs: [['intent']],
    type: 'partnership',
    frame: 'mutual',
    instrument: 'letter_of_intent',
  },
  {
    name: 'credit',
    re: w(String.raw`\b(?:credit|loan)\s+(?:facility|facilities|agreement|line)\b|\bterm\s+loan\b`),
    needs: [['credit', 'loan']],
    type: 'other',
    frame: 'mutual',
    instrument: 'agreement',
  },
  {
    name: 'supply',
    re: w(
      String.raw`\b(?:supply|distribution|distributorship|franchise|outsourcing|sourcing|reseller)\s+(?:agreement|deal|contract|pact)s?\b`,
    ),
    needs: [
      ['supply', 'distribut', 'franchise', 'sourcing', 'reseller'],
      ['agreement', 'deal', 'contract', 'pact'],
    ],
    // supply, distribution and franchise agreements are partnerships (the gold guide's cooperation agreements)
    type: 'partnership',
    frame: 'mutual',
    instrument: 'agreement',
  },
  {
    name: 'cooperation-agreement',
    re: w(
      String.raw`\b(?:cooperation|co-operation|collaboration|partnership|alliance|framework|strategic|licens(?:e|ing)|content[- ]exchange|research|marketing|joint\s+development|co-development)\s+(?:and\s+\w+\s+)?(?:agreement|deal|accord|pact)s?\b`,
    ),
    needs: [
      [
        'cooperation',
        'co-operation',
        'collaboration',
        'partnership',
        'alliance',
        'framework',
        'strategic',
        'licens',
        'content',
        'research',
        'marketing',
        'joint',
        'co-development',
      ],
      ['agreement', 'deal', 'accord', 'pact'],
    ],
    type: 'partnership',
    frame: 'mutual',
    instrument: 'agreement',
  },
  {
    name: 'signed-agreement',
    re: w(
      String.raw`\b(?:sign(?:s|ed|ing)?|ink(?:s|ed|ing)?|enter(?:s|ed|ing)?\s+into|reach(?:es|ed)?|struck|strikes?|seal(?:s|ed)?|announc(?:e|es|ed)|conclud(?:e|es|ed))\s+(?:(?:a|an|the|its|new)\s+)?(?:[\w-]+\s+){0,3}?(?:agreements?|deals?|accords?|pacts?|contracts?)\s+(?:with|under|between)\b`,
    ),
    needs: [
      ['sign', 'ink', 'enter', 'reach', 'struck', 'strike', 'seal', 'announc', 'conclud'],
      ['agreement', 'deal', 'accord', 'pact', 'contract'],
    ],
    type: 'partnership',
    frame: 'mutual',
    instrument: 'agreement',
  },
  {
    // "A and B today announced an agreement which ...", "they have signed an agreement to open ...": an agreement
    // the subjects announce together; kept only with two or more subjects and no other deal word (./parse.ts).
    name: 'joint-agreement',
    re: w(
      String.raw`\b(?:announc(?:e|es|ed|ing)|sign(?:s|ed|ing)?|ink(?:s|ed)?|enter(?:s|ed|ing)?\s+into|reach(?:es|ed)?|execut(?:e|es|ed)|conclud(?:e|es|ed))\s+(?:(?:a|an|the|their|new)\s+)?(?:[\w-]+\s+){0,3}?(?:agreements?|accords?|pacts?|contracts?)\b`,
    ),
    needs: [
      ['announc', 'sign', 'ink', 'enter', 'reach', 'execut', 'conclud'],
      ['agreement', 'accord', 'pact', 'contract'],
    ],
    type: 'partnership',
    frame: 'mutual',
    instrument: 'agreement',
  },
  {
    name: 'partnership',
    re: w(
      String.raw`\b(?:partnerships?|alliances?|tie-?ups?|collaborations?|cooperation|co-operation)\b|\bpartner(?:s|ed|ing)?\s+with\b|\bpartner\s+of\b|\bjoin(?:s|ed|ing)?\s+(?:forces|hands)\b|\b(?:an\s+)?exclusive\s+licen[cs]es?\b|\bteam(?:s|ed)?\s+up\b|\bjointly\s+(?:market|develop|produce|operate|build|distribute|sell|promote)\b`,
    ),
    needs: [
      [
        'partner',
        'alliance',
        'tie-up',
        'tieup',
        'collaboration',
        'cooperation',
        'co-operation',
        'join',
        'licen',
        'team',
      ],
    ],
    type: 'partnership',
    frame: 'mutual',
  },
  {
    // "secured worldwide marketing rights for its enzymes", "was granted exclusive distribution rights": a licence.
    name: 'rights',
    re: w(
      String.raw`\b(?:secur(?:e|es|ed|ing)|obtain(?:s|ed|ing)?|acquir(?:e|es|ed|ing)|gain(?:s|ed|ing)?|(?:was|were|been|be)\s+granted|grant(?:s|ed|ing)?)\s+(?:(?:the|an?|its)\s+)?(?:(?:exclusive|non-exclusive|worldwide|global|north\s+american|u\.s\.|european|regional)\s+){0,3}(?:marketing|distribution|licen[cs]e|licensing|commerciali[sz]ation|development|manufacturing|broadcast(?:ing)?|co-promotion)\s+(?:and\s+\w+\s+)?rights\b`,
    ),
    needs: [['secur', 'obtain', 'acquir', 'gain', 'grant'], ['rights']],
    type: 'partnership',
    frame: 'mutual',
    instrument: 'agreement',
  },
  {
    // "A number of investors also participated in the round": more investors for the round named before.
    name: 'participated',
    re: w(
      String.raw`\bparticipat(?:e|es|ed|ing)\s+in\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:round|financing|placement|offering)\b`,
    ),
    needs: [['participat']],
    type: 'investment',
    frame: 'invest',
  },
  {
    // "Zephyr will receive $170 million": the price of the deal in which the subject sells (or pays).
    name: 'payment',
    re: w(
      String.raw`\b(?:will\s+|would\s+)?(?:pay|pays|paid|receive|receives|received|make\s+an?\s+(?:\w+\s+)?payment)\s+(?:(?:about|approximately|some|over|an\s+additional)\s+)?(?:(?:US|U\.S\.|A|C|HK)\s?)?[$€£¥]`,
    ),
    needs: [
      ['pay', 'paid', 'receiv'],
      ['$', '€', '£', '¥'],
    ],
    type: 'other',
    frame: 'mutual',
  },
  {
    // "the deal", "this transaction": points back to a deal already named; brings its price or date.
    name: 'anaphor',
    re: w(String.raw`\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:deal|transaction|agreement|accord|pact)s?\b`),
    needs: [['deal', 'transaction', 'agreement', 'accord', 'pact']],
    type: 'other',
    frame: 'mutual',
  },
  {
    // A brand opening its store on another company's marketplace.
    name: 'marketplace',
    re: w(
      String.raw`\b(?:open(?:s|ed|ing)?|launch(?:es|ed|ing)?)\s+(?:(?:a|an|its|their|the)\s+)?(?:[\w-]+\s+){0,3}?flagship(?:\s+store)?\s+(?:on|at|with|via)\b`,
    ),
    needs: [['flagship']],
    type: 'partnership',
    frame: 'mutual',
  },
];

/** Words before a trigger that make it a rumour, a hypothesis or a denial rather than a deal. */
export const HEDGE =
  /\b(?:[Rr]umou?rs?|whether|likely|[Pp]ress\s+reports?|interest\s+in|(?<!exercis\w*\s+(?:an|its|the|their|this)\s+)option\s+to|close\s+to|no\s+(?:\w+\s+){0,3}plans?|interested|barred|prohibit\w*|block\w*|enjoin\w*|history\s+of|track\s+record|[Ss]peculat\w*|reportedly|may|might|could|prospect|possible|potential|would\s+value|if|in\s+talks|talks|discussions?|not\s+looking|denied|denies|considering|consider|explore|exploring|pursue|seek(?:ing|s)?|rejected|like|such\s+as)\b[^.;]{0,60}$/;

/** Signs that the sentence tells of an earlier deal, not the one being announced. */
export const BACKGROUND =
  /\b(?:previously(?![\s-]+announced\s+(?!a\b|an\b|the\b|that\b|its\b))|earlier|formerly|(?<!\bnot\s)already(?!\s+(?:own|owned|owns|holds?|held)\b)|last\s+(?:year|month|summer|week)|ago|in\s+(?:19|20)\d\d|since|one\s+year\s+prior|this\s+(?:march|april|may|june|july|january|february|august|september|october|november|december))\b/i;

/** Statuses, checked in this order against the sentence. */
export const STATUS: [Deal['status'] & string, RegExp][] = [
  ['terminated', /\b(?:terminat\w+|called\s+off|scrapp\w+|abandon\w+|cancel\w+|walked\s+away)\b/i],
  ['completed', /\b(?:complet\w+|finali[sz]\w+|closed|closes|consummat\w+|shareholders\s+(?:\w+\s+)?approved)\b/i],
  [
    'proposed',
    /\b(?:propos\w+|offer(?:ed|s)?\s+to|intends?\s+to|plans?\s+to|planned|bid|seeks?\s+to|explore|would\s+set\s+up|will\s+start)\b/i,
  ],
  ['signed', /\b(?:sign\w*|ink\w*|entered\s+into|enters\s+into|sealed|struck)\b/i],
  [
    'pending',
    /\b(?:agreed|agrees|will\s+(?:acquire|buy|purchase|sell)|expected\s+to\s+close|subject\s+to|definitive)\b/i,
  ],
  ['announced', /\b(?:announc\w+|unveil\w+|said|says)\b/i],
];
