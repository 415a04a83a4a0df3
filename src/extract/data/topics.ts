import { type TopicKind } from "../../domain/vocabulary.js";
import { CURRENCY_SIGN } from "./money.js";

/**
 * Topic patterns in order of precedence: a span matched by an earlier pattern is
 * not matched again ("military cooperation" is security, not cooperation).
 * `relational`: the topic is between states (its args default to the holders).
 * `place`: the topic is about a place (its args are a region or a state).
 * `meetingWord`: a word for a meeting; it is a dialogue topic only when plural or
 * when the sentence tells of a planned or proposed meeting.
 */
export interface TopicPattern {
  pattern: RegExp;
  kind: TopicKind;
  shape: "relational" | "place";
  meetingWord?: boolean;
  /** Region for a place topic that names none ("denuclearization" alone). */
  defaultRegion?: string;
  /** Matched only when the scope has no other topic. */
  weak?: boolean;
}

export const TOPIC_PATTERNS: readonly TopicPattern[] = [
  {
    pattern:
      /\bdenuclearization\b|\bdenuclearisation\b|\b(?:free|freed) (?:of|from) nuclear weapons\b|\bnuclear[- ]weapons?[- ]free\b|\b(?:uranium )?enrichment\b/gi,
    kind: "denuclearization",
    shape: "place",
    defaultRegion: "korean-peninsula",
  },
  {
    pattern:
      /\bjust (?:and (?:lasting|durable|comprehensive) )?peace\b|\b(?:lasting |durable )?peace(?= between| in Ukraine)|\bceasefire\b|\bcease-fire\b|\btruce\b|\bend (?:to )?the (?:war|conflict|fighting)\b|\bthe war must end\b|\b(?:political|peaceful|negotiated|diplomatic) (?:settlement|solution)\b|\bpeace (?:process|deal|agreement|plan|negotiations|treaty|accord)\b|\b(?:war|conflict|fighting) to end\b|\bend (?:to )?this (?:war|conflict)\b|\bpeace talks\b|\bpeace agenda\b|\bresolv(?:e|es|ed|ing) the (?:crisis|conflict|war)\b|\bcessation of (?:violence|hostilities|fighting)\b/gi,
    kind: "conflict-resolution",
    shape: "place",
  },
  {
    pattern:
      /\bhumanitarian (?:aid|assistance|access|relief)\b|\baid (?:blockade|deliveries)\b|\bentry of (?:food|aid|humanitarian)|\baid must flow\b|\brelief supplies\b|\b(?:food|medical)(?: and (?:\w+ )?)?supplies\b|\bhumanitarian (?:mission|corridor|crisis|situation)\b|\bdeliver(?:y|ies) of (?:food|aid|medicine|medical|humanitarian)/gi,
    kind: "humanitarian-aid",
    shape: "place",
  },
  { pattern: /\bsanctions?\b/gi, kind: "sanctions", shape: "place" },
  {
    // "rejected Caracas's claim to the territory": a claim is between the claimant and the
    // state that holds the land.
    pattern: /\bclaims? (?:to|over) (?:the )?(?:territory|region|islands?|area|land|waters)\b/gi,
    kind: "territorial-dispute",
    shape: "relational",
  },
  {
    pattern:
      /\bterritorial (?:claims?|disputes?|sovereignty|integrity)\b|\bstatus quo\b|\bdisputes? (?=in|over)|\bmaritime claims?\b|\bsovereignty over\b|\bmaritime (?:boundary|boundaries|border)\b|\bcode of conduct\b|\btensions? (?=in (?:the )?(?:South|East) China Sea\b)/gi,
    kind: "territorial-dispute",
    shape: "place",
    defaultRegion: "",
  },
  {
    pattern:
      /\bpeace and (?:stability|prosperity|security)\b|\bzones? of peace\b|\b(?:security|political) situation\b|\b(?:insecurity|instability|unrest|insurgency)\b|\bstability and peace\b|\b(?:regional )?stability\b|\bstabili[sz]ation (?:mission|force|operation)s?\b|\blasting peace\b|\b(?:open,? |peaceful,? |secure,? )?stable(?:,? and (?:prosperous|secure|peaceful|open))\b|\b(?:open|peaceful|secure),? (?:and )?stable\b|\bfree(?:,| and) open\b|\bde-?escalat\w*|\b(?:continued |further )?escalation of (?:the )?(?:armed )?(?:conflict|fighting|violence)\b|\b(?:reduc|eas|defus|calm|lower)(?:e|es|ed|ing)? (?:the )?(?:escalation|tensions?)\b/gi,
    kind: "peace-stability",
    shape: "place",
    defaultRegion: "",
  },
  {
    pattern:
      /\bhuman rights\b|\babduct(?:ions?|ees)\b|\b(?:the |minority )rights of\b|\bminority rights\b|\b(?:safety|security|protection|treatment|persecution) of (?:\w+ ){0,4}minorities\b|\breligious freedom\b/gi,
    kind: "human-rights",
    shape: "place",
  },
  {
    pattern:
      /\bmigration\b|\bmigrants?\b|\bimmigration\b|\basylum\b|\brefugees?\b|\bborder control\b|\bvisas?\b|\b(?:labou?r )?mobility\b|\b(?:migrant|domestic|foreign|guest) workers?\b|\bpeople[- ]smuggl\w*|\bhuman trafficking\b|\bdeportations?\b|\brepatriation\b/gi,
    kind: "migration",
    // Migration is between states: the senders and receivers of people.
    shape: "relational",
  },
  {
    pattern:
      /\bcoordination on (?:[\w' -]+?) policy\b|\bpolicy coordination\b|\bco-?ordinat(?:e|ion|ing)(?: (?:of )?(?:their|its|our) (?:polic(?:y|ies)|approach(?:es)?|positions?|stances?))?(?= (?:on|toward|towards|regarding|to) (?:the )?[A-Z])/g,
    kind: "policy-coordination",
    shape: "place",
  },
  {
    pattern:
      /\bdiplomatic (?:ties|relations)\b|\brecogni[sz](?:e|es|ed|ing|tion of) (?:[\w'’-]+ ){0,2}(?:independence|statehood)\b|\bnormali[sz](?:e|ed|ation of|ing) (?:ties|relations)\b|\bformal ties\b/gi,
    kind: "diplomatic-relations",
    shape: "relational",
  },
  {
    pattern:
      /\b(?:maritime |military |defen[cs]e(?:-industry)? |security )(?:and defen[cs]e )?(?:cooperation|ties|treaty|pact|agreement|partnership|technology|capabilities)\b|\b(?:security|defen[cs]e)(?= and (?:economic|trade|energy) (?:cooperation|ties|partnership)\b)|\balliance\b|\bdefen[cs]e of\b|\bcommand and control\b|\bforces\b|\btroops\b|\b(?:joint |maritime |naval )+patrols\b|\bdeterrence\b|\b(?:frigates?|warships?|submarines?|fighter jets?)\b|\b(?:military|joint|naval) (?:[\w-]+ ){0,2}?(?:exercises|drills|training)\b|\bmilitary-to-military\b|\bmilitary (?:communications?|channels?|contacts?|hotlines?)\b/gi,
    kind: "security",
    shape: "relational",
  },
  {
    pattern:
      /\bhistory\b|\bhistorical (?:issues|disputes|grievances|responsibility)\b|\bwartime\b|\bforced labou?r\b|\breparations\b|\bcompensation for (?:the )?(?:\w+ )?victims\b/gi,
    kind: "historical-issues",
    shape: "relational",
  },
  {
    pattern:
      /\benergy transition\b|\bnew energy\b|\bclimate\b|\bdroughts?\b|\b(?:exports?|imports?|supplies|supply|deliveries|sales?|trade) (?:of|in) (?:[\w-]+ )?(?:solar|renewable|green|clean|wind)(?: power| energy| electricity)?\b|\b(?:solar|wind) (?:power|energy|panels?|farms?)\b|\bgreen hydrogen\b|\bclean energy\b|\brenewable\b|\bemissions\b|\bnet zero\b|\belectricity\b|\bhydro(?:power|electric(?:ity)?)\b|\b(?:high-voltage )?power (?:line|grid|link|interconnection|interconnector|supply|supplies|plant)s?\b|\b(?:electricity|power|energy) (?:interconnection|interconnector)s?\b|\benergy (?:cooperation|security|supply|supplies|trade|projects?|partnership|links?)\b|\bcooperation (?:in|on) (?:the (?:fields?|areas?) of )?energy\b|\boil and gas\b|\b(?:natural )?gas (?:pipeline|supplies|exports|imports|field|projects?)s?\b|\b(?:exports?|imports?|supplies|supply|deliveries|sales?) of (?:[\w-]+ )?(?:natural |liquefied natural )?gas\b|\bnatural gas\b|\b(?:liquefied natural gas|LNG)\b/gi,
    kind: "climate-energy",
    shape: "relational",
  },
  {
    pattern:
      /\b(?:economic|trade|business|commercial) and (?:economic|trade|business|commercial|investment) (?:ties|relations|cooperation|partnership)\b|\bfree trade\b|\btrade\b|\btariffs?\b|\binvest(?:ment|ments)?\b|\bsupply chains?\b|\beconomic (?:cooperation|ties|partnership|relations)\b|\bimports?\b|\bexports?\b|\bbusiness ties\b/gi,
    kind: "trade",
    shape: "relational",
  },
  {
    pattern:
      /\bdialogue\b|\bcommunication\b|\bin (?:close |regular |constant |frequent )?(?:contact|touch)\b|\b(?:bilateral |direct )?negotiations?(?= (?:between|with|among)\b)|\bdirect (?:talks|negotiations)\b|\bengagement\b|\bnegotiating table\b|\breturn(?:ed|ing|s)? to the table\b|\breturn(?:ed|ing|s)? to (?:the )?negotiations\b|\bshuttle diplomacy\b|\bhigh-level exchanges\b|\bexchanges\b|\bconsultations\b|\bmediat(?:e|ion|ing)(?= between\b)/gi,
    kind: "dialogue",
    shape: "relational",
  },
  {
    pattern: /\bsummits?\b|\bmeet\b|\bmeetings?\b|\bvisits?\b|\bvisit\b|\btalks\b/gi,
    kind: "dialogue",
    shape: "relational",
    meetingWord: true,
  },
  {
    // "cooperation against drug and weapons smuggling": what the cooperation is against says
    // it is security's.
    pattern:
      /\b(?:cooperation|coordination|cooperate|work together) (?:against|to (?:combat|counter|fight)|in (?:combating|countering|fighting)) (?:[\w-]+ ){0,3}?(?:smuggling|trafficking|terrorism|extremism|crime|criminal|militants?|insurgents?)\b/gi,
    kind: "security",
    shape: "relational",
  },
  {
    pattern:
      /\bcooperation\b|\bcooperate\b|\bpartnership\b|\brelations(?:hip)?\b|\bties\b|\bfriendship\b|\bwork (?:together|closely)\b|\bpartners?\b/gi,
    kind: "cooperation",
    shape: "relational",
  },
  {
    // "pool intelligence against drug traffickers", "coordinate river patrols".
    pattern:
      /\bsecurity\b|\bdefen[cs]e\b|\bmilitar(?:y|ies)\b|\bintelligence\b|\bpatrols\b|\b(?:drug |arms |human )?traffick(?:ing|ers)\b|\borgani[sz]ed crime\b|\bsmuggling\b/gi,
    kind: "security",
    shape: "relational",
    weak: true,
  },
  {
    // "concern over the continuing violence in Myanmar", "a surge in attacks in its north":
    // violence with no other topic is a threat to the place's peace.
    pattern: /\b(?:violence|attacks|clashes|fighting)\b/gi,
    kind: "peace-stability",
    shape: "place",
    defaultRegion: "",
    weak: true,
  },
  {
    // "pledged NZ$40 million for schools and clinics": money pledged with no other topic
    // is aid, to the state whose relief or reconstruction the article tells of.
    pattern: new RegExp(
      String.raw`${CURRENCY_SIGN}\s?\d[\d.,]*\s?(?:million|billion|bn|m)\b|\b\d[\d.,]*\s?(?:million|billion) (?:dollars|euros|pounds)\b`,
      "g",
    ),
    kind: "humanitarian-aid",
    shape: "place",
    weak: true,
  },
];

/** A topic right after these words is what is threatened, not what is held. */
/** A portfolio in an official's title is not a position: "the minister responsible for Canada-U.S. trade". */
export const PORTFOLIO_BEFORE =
  /\b(?:minister|secretary|commissioner|envoy|representative|ambassador)\s+(?:responsible\s+for|in\s+charge\s+of|for|of)\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,3}$/iu;

export const THREATENED_BEFORE =
  /\bthreats? to (?:the )?$|\b(?:strained|soured|damaged|harmed|hurt|undermined|poisoned|strain on|damage to)\s+(?:the\s+)?$/i;
