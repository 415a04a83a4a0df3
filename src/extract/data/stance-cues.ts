import { type Stance } from "../../domain/vocabulary.js";
import { CURRENCY_SIGN } from "./money.js";

/**
 * Reporting verbs and phrases that state a position, with the stance they carry.
 * `after`: the topic follows the cue ("reaffirmed their commitment to X");
 * `clause`: the topic may stand anywhere in the clause ("X is important").
 */
export interface StanceCue {
  pattern: string;
  stance: Stance;
  scope: "after" | "clause";
  /** A noun cue whose possessor is the holder ("Japan's commitment"). */
  nominal?: boolean;
}

export const STANCE_CUES: readonly StanceCue[] = [
  {
    pattern: "expressed (?:serious |grave |deep |strong )?concerns?",
    stance: "concern",
    scope: "after",
  },
  {
    pattern: "(?:voiced|shared) (?:serious |grave |deep )?concerns?",
    stance: "concern",
    scope: "after",
  },
  { pattern: "raised concerns?", stance: "concern", scope: "after" },
  // "Egypt's priority remained a Middle East free of nuclear weapons".
  {
    pattern: "(?:top |first |main )?priority (?:is|was|remains|remained)",
    stance: "support",
    scope: "after",
  },
  {
    pattern:
      "raised(?= (?:the )?(?:issue|question|plight|situation|safety|security|case|treatment|matter|rights)(?: and \\w+)? of)|(?:expressed|voiced) (?:alarm|unease|disquiet)",
    stance: "concern",
    scope: "after",
  },
  {
    pattern:
      "(?:is|are|was|were|remains?|remained) (?:deeply |seriously |gravely )?(?:concerned|worried|alarmed)",
    stance: "concern",
    scope: "after",
  },
  { pattern: "posed? an? (?:serious |grave |growing )?threat", stance: "concern", scope: "clause" },
  { pattern: "condemn(?:ed|s|ing)?", stance: "oppose", scope: "after" },
  { pattern: "(?:strongly )?oppos(?:ed|es|e|ing)", stance: "oppose", scope: "after" },
  { pattern: "reject(?:ed|s)?", stance: "oppose", scope: "after" },
  { pattern: "rul(?:ed|es|e|ing) out", stance: "oppose", scope: "after" },
  { pattern: "denounc(?:ed|es|e)", stance: "oppose", scope: "after" },
  { pattern: "warn(?:ed|s)? against", stance: "oppose", scope: "after" },
  { pattern: "criticis(?:ed|es|e)|criticiz(?:ed|es|e)", stance: "oppose", scope: "after" },
  { pattern: "protested", stance: "oppose", scope: "after" },
  {
    pattern:
      "(?:expressed|voiced|reiterated|stated) (?:its |their |his |her |strong |firm )?opposition to|pushed back against|objected to|deplored",
    stance: "oppose",
    scope: "after",
  },
  // "would never recognise Kosovo's independence": a refusal to recognise a state.
  {
    pattern: "(?:not|never|refus(?:ed|es|e|ing) to) (?=recogni[sz]e\\b)",
    stance: "oppose",
    scope: "after",
  },
  {
    // "could not endorse unilateral sanctions", "would \"never support sanctions\"".
    pattern:
      "(?:(?:would|will|did|could|can|does|do) not|cannot|never|refus(?:ed|es|e|ing) to) (?:join|back|support|endorse)",
    stance: "oppose",
    scope: "after",
  },
  {
    pattern: "expressed (?:their |his |her |its |strong |full )?support",
    stance: "support",
    scope: "after",
  },
  {
    pattern: "(?:re)?affirm(?:ed|s|ing)?|reiterat(?:ed|es|e)|underlin(?:ed|es|e)",
    stance: "support",
    scope: "after",
  },
  {
    pattern: "voiced (?:their |his |her |its |strong |full )?support",
    stance: "support",
    scope: "after",
  },
  {
    pattern:
      "committed (?:both countries|both sides|the two (?:countries|sides|governments)|them|the parties) to",
    stance: "support",
    scope: "after",
  },
  { pattern: "agreed|agreeing|agrees|agree", stance: "support", scope: "after" },
  { pattern: "pledged|pledge|vowed|vow", stance: "support", scope: "after" },
  {
    // "announced A$150 million over five years", "would provide C$120 million": money given.
    pattern: `(?:announc(?:ed|es|e)|provid(?:ed|es|e)|allocat(?:ed|es|e)|donat(?:ed|es|e))(?= (?:an? (?:additional |further |extra )?)?(?:${CURRENCY_SIGN}|\\d))`,
    stance: "support",
    scope: "after",
  },
  { pattern: "(?:commitment|committed) to", stance: "support", scope: "after", nominal: true },
  {
    pattern: "stress(?:ed|es)?|emphasi[sz](?:ed|es)?|underscor(?:ed|es)|highlighted",
    stance: "support",
    scope: "after",
  },
  { pattern: "(?:the )?(?:importance|significance) of", stance: "support", scope: "after" },
  { pattern: "attach(?:es|ed)? (?:great |high )?importance to", stance: "support", scope: "after" },
  { pattern: "support(?:ed|s|ing)?|backed|backs", stance: "support", scope: "after" },
  { pattern: "welcom(?:ed|es|e)", stance: "support", scope: "after" },
  { pattern: "confirm(?:ed|s)?", stance: "support", scope: "after" },
  {
    pattern: "call(?:ed|s|ing)? (?:for|on)|renewed (?:their |its |his |her )?call",
    stance: "support",
    scope: "after",
  },
  { pattern: "urg(?:ed|es|e|ing)|demand(?:ed|s)?|asked", stance: "support", scope: "after" },
  // "pressed the president to lift U.S. tariffs": pressing someone to act.
  {
    pattern: "press(?:ed|es)(?= (?:the |his |her |their |its )?(?:[\\w.-]+ ){0,3}to [a-z])",
    stance: "support",
    scope: "after",
  },
  {
    pattern: "(?:press|push)(?:ed|es|ing)? (?:for|ahead with)|go(?:es)? ahead with|went ahead with",
    stance: "support",
    scope: "after",
  },
  { pattern: "hop(?:ed|es|e)|want(?:s|ed)?|sought|seek", stance: "support", scope: "after" },
  // "Kazakhstan was interested in increasing supplies of Russian gas".
  {
    pattern: "(?:is|was|are|were|remains?|remained) interested in",
    stance: "support",
    scope: "after",
  },
  {
    pattern: "(?:intention|plans?|intends?|ready|willing) to",
    stance: "support",
    scope: "after",
    nominal: true,
  },
  { pattern: "accept(?:ed|s)? (?:its|their|his|her) ", stance: "support", scope: "after" },
  { pattern: "(?:remains?|remained|is|are|was|were) open to", stance: "support", scope: "after" },
  {
    // "signed a declaration on a new defence partnership": what is signed is agreed on.
    pattern:
      "signed (?:(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|a series of|a number of|a raft of) (?:[\\w-]+ )?(?:agreements|deals|memorand(?:a|ums)|documents)|agreements?|(?:a|an|the) (?:[\\w-]+ ){0,4}?(?:agreement|deal|pact|memorandum|accord|treaty)|deals|pacts|(?:a |an |the )?(?:joint )?(?:declaration|communiqu[eé]|accord|treaty|roadmap|action plan|charter))",
    stance: "support",
    scope: "after",
  },
  {
    pattern:
      "decided to|(?:will|would)(?= (?:further |continue to |keep |continue )?(?:(?:its|their|his|her) )?(?:mediation|work(?:ing)?|deepen|strengthen|expand|promote|cooperate|coordinate|enhance|boost|increase|raise|double|improve|facilitate|step up|speed up|accelerate|upgrade|remove|eliminate|lift|reduce|lower|cut)\\b)",
    stance: "support",
    scope: "after",
  },
  { pattern: "play an? (?:constructive|active|positive) role", stance: "support", scope: "after" },
  // "shared the goal of achieving an immediate ceasefire in Gaza".
  {
    pattern: "(?:share|shares|shared) (?:the|a) (?:common )?(?:goal|aim|objective) of",
    stance: "support",
    scope: "after",
  },
  // "set a target of raising bilateral trade to $6 billion".
  {
    pattern: "set (?:a |an |the )?(?:new |ambitious )?(?:goal|target) (?:of|to)",
    stance: "support",
    scope: "after",
  },
  {
    pattern: "shared (?:a |the )?(?:common )?(?:understanding|view)",
    stance: "support",
    scope: "after",
  },
  {
    pattern:
      '(?:is|are|was|were|be|remains?|remained) ["“]?(?:extremely |very |vitally |most |particularly |equally )?(?:important|essential|crucial|vital|desirable|necessary|indispensable)',
    stance: "support",
    scope: "clause",
  },
  {
    pattern:
      "a necessity|served? the interests|serves the interests|remain(?:ed|s)? the (?:foundation|cornerstone|bedrock)",
    stance: "support",
    scope: "clause",
  },
  { pattern: "must|should", stance: "support", scope: "clause" },
];

/** Words before a cue that negate it ("did not mention", "should not"). */
export const NEGATION_BEFORE = /\b(?:not|never|no|neither|nor)\s+(?:\w+\s+)?$/i;
export const NEGATION_AFTER = /^\s+not\b/i;
