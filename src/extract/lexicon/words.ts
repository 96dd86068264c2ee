// Hand-kept lexicons of generic words (no names of particular companies or
// people): corporate suffixes, organization head nouns, job titles and the
// function words that start sentences. Everything is lower case.

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Legal-form suffixes: a capitalized run ending in one of these is a company. */
export const LEGAL_SUFFIXES = set(`
  inc inc. incorporated corp corp. corporation co co. cos company companies ltd ltd. limited plc llc l.l.c. lp llp
  gmbh ag sa s.a. nv n.v. bv b.v. spa s.p.a. se pte pty pvt pvt. kk oyj ab asa n.a. n.a bhd sdn srl sarl sas kg kgaa
  lp. l.p. ltda s.a.s. a/s k/s i/s s/a as oy tbk jsc pjsc ojsc s.a.b. sab s.r.l. s.a.r.l. s.l. s.a.u. s.c.a.`);

/**
 * Head nouns that end organization names ("Ingram News Agency", "Bank of
 * England", "Grove Capital"). Strong ones make an organization by themselves.
 */
export const ORG_HEADS_STRONG = set(`
  group groupe holdings holding bank bancorp bankshares university universidad universite universität institute institut
  agency association ministry commission council exchange fund foundation academy authority department bureau
  committee federation union society trust partners capital ventures investments airlines airways industries
  technologies therapeutics pharmaceuticals pharmaceutical biosciences sciences laboratories labs securities
  analytics robotics genomics biologics dynamics
  associates enterprises consortium college school party administration reserve court
  organisation organization alliance network networks systems motors automotive brands communications telecom
  media press newswire wire news insurance assurance financial bancshares management advisors advisers
  resources energy petroleum chemicals chemical electronics semiconductor software solutions services
  cooperative co-operative coop railways railroad league tribunal parliament congress senate cabinet navy army
  hospital clinic museum centers centre center office commerce studios pictures entertainment records
  publishing publications broadcasting airline shipping logistics mining metals steel foods beverages
  brewery breweries winery wines estates hotels resorts properties realty developers construction
  equity equities investors investment markets board estate estates presse trustees banca banco bourse racing sports
  cement concrete oil gas paper textiles tobacco tire tires minerals mines lumber timber products drugs instruments
  controls materials machinery manufacturing engineering utilities pipeline refining exploration leasing savings
  stores apparel aviation aerospace computer computers telephone telegraph healthcare vineyards cellars footwear
  hospitals pharmacy publishers bottling distillers brewing packaging plastics`);

/** Industry words that may stand inside a company's name but do not end it alone with certainty. */
export const INDUSTRY_WORDS = set(`
  motor motors auto automobile automotive health digital information technology technologies tech research
  diagnostic diagnostics distributor gases airlines air international global industries industrial products
  energy power electric electronics financial finance savings loan trading trade holdings holding group
  corporation company corp co inc ltd limited plc services solutions systems pharma pharmaceuticals recycling
  media entertainment foods food retail stores smart interactive americas america worldwide`);

/** Lower-case nouns that describe an organization right before its name ("brewer Grove"). */
export const ORG_DESCRIPTORS = set(`
  company companies firm firms group groups maker makers winemaker automaker carmaker brewer brewers bank banks
  lender lenders insurer insurers retailer retailers carrier airline airlines agency agencies label labels house
  giant giants rival rivals unit units subsidiary subsidiaries startup start-up partner partners platform investor
  investors fund funds conglomerate manufacturer manufacturers supplier suppliers producer producers operator
  operators developer developers publisher broker brokerage chain chains distributor distributors outlet outlets
  provider providers e-tailer e-tailers marketplace marketplaces exchange affiliate affiliates parent owner
  newspaper broadcaster consultancy shareholder shareholders stakeholder customer customers client clients
  competitor competitors peer peers miner refiner utility utilities bottler franchisor business businesses
  website websites magazine charity nonprofit`);

/** Words that say the preceding or following capitalized word is a business ("shares of X"). */
export const ORG_CONTEXT_BEFORE = set(`
  shares stake acquisition acquire acquired acquiring acquires buy bought buying takeover merger merge merged
  subsidiary unit division affiliate partnership partnered partner partners invest invested investment
  according collaboration collaborations partnerships alliance alliances tie-up tie-ups cooperation deals`);

/** Verbs that follow a business as subject ("X said", "X announced"). */
export const SUBJECT_VERBS = set(`
  said says announced announces reported reports posted posts raised raises bought buys sold sells signed signs
  acquired acquires agreed agrees plans planned will would has had have is was completed completes launched
  launches opened opens owns owned employs paid pays confirmed confirms expects expected filed files led leads
  made makes offered offers operates operated provides provided received receives seeks sought shares
  unveiled unveils added adds declined declines denied denies told stated issued issues holds held rose fell`);

/** Words that end an office's name right before its title or holder: "Defense Secretary", "Secretary of State George Shultz". */
export const OFFICE_WORDS = set(
  'state treasury defense defence justice interior labor labour agriculture transportation energy economy commerce finance health education trade industry foreign home',
);

/** The words of a wire story's credit line before "by" ("Reporting by", "Edited by"); any case. */
export const CREDIT_WORDS = /^(?:reporting|editing|writing|compiled|reported|written|edited)$/i;

/** Honorifics before a person's name. */
export const HONORIFICS = set(
  'mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame madam mme mx rep rep. sen sen. gov gov. gen gen. col col. lt lt. capt capt. sgt sgt. rev rev. hon hon.',
);

/**
 * Job-title words. Core words can make a title alone; modifiers only with a core.
 * Multi-word cores ("managing director") are built from these by the title parser.
 */
export const TITLE_CORES = set(`
  ceo cfo coo cto cmo cio cso cdo chro cco evp svp vp md gm president chairman chairwoman chairperson chair
  director officer founder co-founder cofounder manager head partner spokesman spokeswoman spokesperson
  minister ambassador secretary treasurer governor analyst economist strategist professor dean chancellor
  editor reporter correspondent lawyer attorney counsel consultant adviser advisor principal owner leader
  controller commissioner mayor member trustee executive chief premier senator representative envoy
  administrator superintendent general-secretary secretary-general vice-president vice-chairman co-chairman
  co-ceo co-head co-founders founders chairmen presidents directors officers trader banker researcher
  scientist engineer architect designer chef producer publisher writer columnist author deputy speaker fellow lecturer host anchor`);

/** Words that modify a title ("senior vice president", "interim CFO"). */
export const TITLE_MODIFIERS = set(`
  senior executive deputy co acting interim former vice assistant associate group global regional independent
  non-executive nonexecutive new incoming outgoing general managing chief joint first second lead principal
  country area divisional corporate founding honorary emeritus honorable prime foreign finance trade state
  financial operating technology technical marketing information scientific commercial legal administrative
  investment development strategy business sales communications human resources product products digital
  operations creative research medical compliance risk data security brand retail international national
  board fund mutual portfolio then current previous`);

/** Capitalized words that are never entity names on their own. */
export const NOT_NAMES = set(`
  the a an this that these those it its he she they we i you our their his her my your
  in on at for with by from to of as and or but if when while after before since during under over about
  according however moreover meanwhile also additionally furthermore although though because so then
  there here where what which who whom whose why how all some any each every both many most more other
  such no not yes today yesterday tomorrow tonight now
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday
  mou memorandum understanding agreement ipo gdp ceo cfo coo cto cmo cio evp svp vp md chairman president
  ev evs ai r&d esg etf api b2b b2c o2o faq pdf usd rmb eur gbp jpy hk$ us$ a$ dlrs dlr mln bln pct
  usb usb-c wi-fi wifi bluetooth lte hdmi nfc gps
  ebitda ebit ebitdar eps gaap non-gaap cagr libor sofr euribor roi roe sensex nifty
  q1 q2 q3 q4 h1 h2 fy am pm et est gmt utc pst edt bst
  internet web online email e-commerce covid-19 covid
  street avenue road million billion trillion thousand hundred crore lakh bn mn
  pipe spac kw kwh mw gw mwh gwh class
  inc corp co ltd plc llc group holdings company
  said says dear photo source click read related`);

/** Demonyms and nationality adjectives (not organizations, not people). */
export const DEMONYMS = set(`
  american americans african asian australian austrian belgian brazilian british canadian chilean chinese
  colombian czech danish dutch egyptian emirati english european filipino finnish french georgian german greek
  hungarian indian indonesian iranian iraqi irish israeli italian japanese jordanian kenyan korean kuwaiti
  latin malaysian mexican moroccan nigerian norwegian pakistani peruvian polish portuguese qatari romanian
  russian saudi scottish singaporean slovak south spanish swedish swiss taiwanese thai turkish ukrainian
  venezuelan vietnamese welsh western eastern northern southern midwestern arab arabian nordic scandinavian
  democratic republican socialist communist liberal conservative
  mexican argentine argentinian hong kong-based sino-swiss sino-us sino-british western-style`);

/** Business functions that follow "of" inside a title. */
export const TITLE_FUNCTIONS = new Set(
  `sales marketing finance operations corporate planning strategy development business engineering research
  technology product products human resources communications investor relations legal compliance risk
  board directors supply chain manufacturing design brand brands retail digital innovation data security
  administration policy public affairs government global international asia china europe americas pacific
  north south east west emea apac region regions division group enterprise service services customer
  customers partnerships alliances procurement quality treasury accounting audit tax trading equity equities
  credit research investment investments portfolio asset management wealth private banking
  commerce e-commerce content media editorial news programming merchandising`.split(/\s+/),
);
