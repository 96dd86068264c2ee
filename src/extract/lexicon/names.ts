// Person-name gazetteers: English first names from @stdlib's datasets, plus
// common Chinese, Korean and Vietnamese family names (romanized), which open
// many names in business news from Asia ("Ironvale Yong", "Vesper Bo").
import { lexicons } from './common.js';
import { lexiconData } from './sources.js';

// Names that are far more often ordinary capitalized words or places in business news.
const AMBIGUOUS = new Set(
  `an art august bill bond case chance chase china christian general grant hall king lane long mark may price
  sale sky star summer van wall will young april june jet joy north south east west bay asia royal pearl
  ford lincoln chase major minor guy`.split(/\s+/),
);

export const FIRST_NAMES: ReadonlySet<string> = new Set(
  [...lexiconData().englishFirstNames, ...lexicons().firstNames]
    .map((n) => n.toLowerCase())
    .filter((n) => n.length > 1 && !AMBIGUOUS.has(n)),
);

/** Common Chinese, Korean and Vietnamese family names in pinyin / usual romanizations. */
export const ASIAN_SURNAMES: ReadonlySet<string> = new Set(
  `wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang
  han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao lu
  jiang cui zhong tan lu fan wang liao shi jin wei jia xia fu fang zou xiong bai meng qin qiu hou jiang yin xue
  yan duan lei long li shao qian wan gu lai hao kong mao chang mo qi kang dai xing niu tao zhan ou
  kim lee park choi jung kang cho yoon jang lim nguyen tran le pham hoang huynh vo dang bui do ngo duong ly
  chan wong cheung leung lau chow tsang ho kwok yeung mak lam tse poon ng`.split(/\s+/),
);

/**
 * English short forms of first names and the names they stand for ("Chuck" for Charles): a person named in full
 * is often called by one in a quotation.
 */
export const NICKNAMES: ReadonlyMap<string, readonly string[]> = new Map(
  `chuck:charles bill:william will:william billy:william bob:robert rob:robert bobby:robert jim:james jimmy:james
  mike:michael tom:thomas tommy:thomas dick:richard rick:richard rich:richard ted:edward ed:edward eddie:edward
  tony:anthony steve:steven,stephen dan:daniel danny:daniel dave:david joe:joseph ken:kenneth larry:lawrence
  pat:patrick,patricia ron:ronald sam:samuel andy:andrew chris:christopher,christine fred:frederick greg:gregory
  jack:john jeff:jeffrey,geoffrey jerry:gerald,jerome matt:matthew nick:nicholas pete:peter tim:timothy
  liz:elizabeth beth:elizabeth betty:elizabeth kate:katherine,catherine kathy:katherine,kathleen sue:susan
  jenny:jennifer jen:jennifer peggy:margaret meg:margaret maggie:margaret alex:alexander,alexandra
  al:albert,alan,alfred walt:walter hank:henry harry:henry doug:douglas don:donald ray:raymond phil:philip
  ben:benjamin len:leonard tony:antonio vince:vincent gene:eugene frank:francis,franklin`
    .split(/\s+/)
    .filter(Boolean)
    .map((pair) => {
      const [short, full] = pair.split(':') as [string, string];
      return [short, full.split(',')] as const;
    }),
);

/** A first name, or first names joined by a hyphen ("Eva-Marie", "Jean-Luc"); lower case. */
export const isFirstName = (w: string): boolean =>
  FIRST_NAMES.has(w) || (w.includes('-') && w.split('-').every((part) => FIRST_NAMES.has(part)));
