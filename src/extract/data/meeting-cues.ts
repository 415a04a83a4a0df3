import { type MeetingKind } from "../../domain/vocabulary.js";

/** A word or phrase that names a diplomatic event; "talks" is decided by who takes part. */
export interface MeetingCue {
  pattern: RegExp;
  kind: MeetingKind | "talks";
}

/** Cues in order of precedence: a phone call is a call even though it is also talks. */
export const MEETING_CUES: readonly MeetingCue[] = [
  {
    pattern:
      /\b(?:tele)?phone (?:call|conversation|talks)s?\b|\bvideo (?:call|conference|link|talks|summit)\b|\bvirtual (?:summit|meeting|talks|bilateral)\b|\b(?:by|via|over) video(?:[- ]?link)?\b|\bspoke (?:by|over the|on the) (?:tele)?phone\b|\bphoned\b|\b(?:held|had|joined|made) (?:a |an )?(?:[\w-]+ )?call with\b|\b(?:by|over the) (?:tele)?phone\b|\bspoke (?:(?:today|yesterday|again|earlier|later|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+)?(?:with|to)(?= (?:his |her |the )?\p{Lu})(?![^.;]{0,80}\b(?:in person|sidelines|margins|during (?:a|the|his|her|their) (?:visit|trip|meeting|summit|talks)))/gu,
    kind: "call",
  },
  {
    pattern:
      /\b[Ii]n an? (?:exclusive |joint |written |televised |recent )?interview\b|\bgave an interview\b/g,
    kind: "interview",
  },
  {
    pattern:
      /\b(?:state|official|working|day|overseas) (?:visit|trip)s?\b|\bvisit(?:s|ed|ing)?\b|\btrip to\b|(?<=\b(?:the|this|that) )trip\b(?! to\b)|\btravel(?:l)?ed to\b|\btravel(?:s|l?ing)?(?: on)?(?: (?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))? to\b|\b(?:flew|fly|flies|flying) to\b|\barrived in\b|\b(?:landed|touched down) in\b(?=\s+\p{Lu})|\b(?:leave|leaves|leaving|left|depart|departs|departed|head|heads|headed) (?:for|to)\b(?=\s+(?:the\s+)?\p{Lu})|\b(?:is|are) (?:due|expected) in\b(?=\s+\p{Lu})/gu,
    kind: "visit",
  },
  // "this year's Leaders' Retreat in Bali": the annual summit of two neighbours.
  { pattern: /\bsummit\b|\bleaders['’] retreat\b/gi, kind: "summit" },
  // "held talks via video conference": a call (above), not a conference.
  { pattern: /\b(?<!press |news |video |video-)conference\b/gi, kind: "conference" },
  {
    // Plural "meetings" only before a day (findCues). "Paid a courtesy call on the king": a
    // visit to an office, not a phone call. "spent three hours together", "sat down together": a
    // meeting.
    pattern:
      /\b(?:met|meet|meets|meetings?|talks|gathering|session|conversation|courtesy call|pull-asides?)\b|\bspent\s+(?:(?:about|nearly|almost|more\s+than|over|some)\s+)?(?:[\w-]+\s+){1,2}together\b|\bsat\s+down\s+together\b|\bcalled on\b(?=\s+(?:\p{Lu}\p{Ll}+\s+)?(?:President|Prime Minister|King|Queen|Emperor|Sultan|Emir|Amir|Crown Prince|Chancellor)\s)(?![^.;]{0,80}?\bto\s+\p{Ll})/giu,
    kind: "talks",
  },
  // "Eide hosted his counterparts", "Trump will host Saudi Crown Prince Mohammed", "the
  // Sultan received His Highness the Emir", "the prime minister received the Indonesian
  // president".
  {
    pattern:
      /\b(?:host|hosts|hosted|received)\b(?=\s+(?:his|her|their|visiting|the visiting|the \p{Lu}|\p{Lu}))/gu,
    kind: "talks",
  },
  // A press agency's "the Amir received at the Amiri Diwan on Wednesday Iranian Foreign
  // Minister Abbas Araghchi": the place before the guest; "was received at" is passive.
  {
    pattern:
      /(?<!\b(?:was|were|been|be|being|is|are)\s)\breceived\b(?=\s+(?:at|in)\s+(?:the\s+)?\p{Lu})/gu,
    kind: "talks",
  },
  // "Aliyev and Pashinyan signed a joint declaration at the White House": a signing together.
  {
    pattern: /\bsigned (?:a |the |their )?joint (?:declaration|communiqu[eé])(?![\p{L}\p{N}])/gu,
    kind: "talks",
  },
  // "In Hanoi on Tuesday, Foreign Secretary Lazaro and Foreign Minister Son signed a
  // memorandum": two people who sign together meet to do it (not on a trip told in the same
  // sentence, find-meetings' signedOnTrip: "traveled to Pyongyang, where he and Kim signed").
  {
    pattern:
      /(?<=\b(?:he|she|[A-Z][\p{L}'’-]+)\s+and\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,8})signed(?=\s+(?:an?|the|their|two|three|several)\s)/gu,
    kind: "talks",
  },
  // "The Pukpuk Treaty, signed last month in Canberra by Prime Ministers Anthony Albanese and
  // James Marape": a treaty signed by two, named after "by", likewise.
  {
    pattern:
      /\bsigned(?<=\b(?:[Tt]reaty|[Aa]greement|[Aa]ccords?|[Dd]eclaration|[Mm]emorandum|[Pp]act|[Cc]harter)\b[^.;"“”]{0,40}?signed)(?=[^.;]{0,60}?\bby\s+(?:(?:Presidents|Prime Ministers|Foreign Ministers|Ministers|Chancellors|leaders)\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}\s+and\s+\p{Lu})/gu,
    kind: "talks",
  },
];

/**
 * Phrases whose nouns look like events but are not: "a press conference", "meet the needs",
 * "an annual gathering of both presidents" (what a body is, not an event of it), "on the
 * sidelines of the summit" (the gathering that hosts the event told, not a meeting of its sides).
 */
export const NOT_MEETING =
  /\b(?:press|news) conference|\b(?:a|any) (?:summit|meeting|visit) (?:without|with no)\b|\b(?:promot|facilitat|encourag)(?:e|es|ed|ing) (?:the |a |new |direct )?peace (?:talks|negotiations)\b|\btalks (?:on|over|about|toward|towards) (?:an? |the )?(?:[\w-]+ ){0,3}(?:agreement|deal|treaty|pact|accord)s?\b|meet (?:the|its|their) (?:needs|target|demand|goal)s?\b|meeting of (?:minds|the needs)|visiting (?:professor|fellow|scholar)|\ban? (?:annual|yearly|regular|biannual|twice-yearly) (?:gathering|meeting|summit|session) of\b|\b(?:regular|periodic|annual) holding of (?:the |such )?(?:[\w-]+ )?(?:summits?|meetings?|talks)\b|\b(?:sidelines|margins) of (?:the |an? )?(?:[\w'’-]+ ){0,4}?(?:summit|conference|meeting|gathering|session|forum|assembly)\b/gi;

/**
 * Wording after an event that undoes it: "She had been due to travel on to Reykjavik, but
 * cancelled the trip". An event called off is no event of the record.
 */
export const CALLED_OFF_AFTER =
  /^[^.;]*?\bbut\s+(?:[\w-]+\s+){0,2}(?:cancell?ed|called off|scrapped|abandoned)\b/i;

/**
 * Wording before an event that tells it as done, although "to hold" looks ahead: "Lavrov
 * used the meeting to hold talks with Wang", "took the opportunity to meet", "travelled to
 * Kyiv on Saturday to meet Zelensky".
 */
export const PAST_PURPOSE =
  /\b(?:used|took|seized)\s+(?:the|this|that|an?|its|his|her|their)\s+(?:[\w-]+\s+){0,3}to\s+(?:hold|meet|visit)\b|\b(?:travell?ed|flew|went|came|arrived|journeyed)\b[^.;]{0,60}?\bto\s+(?:meet|hold talks with)\b/i;

/**
 * Wording just before an event word that denies it: "Kagame and Tshisekedi did not meet",
 * "has refused to meet", "no talks are planned", "have never held a formal bilateral meeting".
 */
export const NEGATED_BEFORE =
  /(?:\b(?:did|does|do|has|have|had|will|would|could|can)\s*(?:not|n['’]t)\s+(?:yet\s+|even\s+)?|\b(?:never|refused to|refuses to|declined to|no)\s+)(?:(?:held|had|hold|have)\s+(?:an?\s+|any\s+)?(?:[\w-]+\s+){0,3}?)?$/i;

/** Wording that settles an event although it also looks like a proposal. */
export const PLANNED_OVERRIDES = /\baccepted an? (?:\w+ )?invitation\b/i;

/**
 * Wording before an event that proposes it without settling it, or unsettles it: a meeting
 * "put off" or "postponed" waits for a date no one has fixed.
 */
export const PROPOSED_CUES =
  /\b(?:propos(?:e|ed|es|ing|als? (?:for|to))\b|suggest\w*|pursu\w*|seek\w*|sought|consider\w*|push(?:ed|ing|es)? for|call(?:ed|s|ing)? for|offer(?:ed|s)? to|hop(?:e|es|ed|ing) to (?:hold|meet|visit|travel)|look(?:s|ed|ing)? forward to (?:meeting|seeing|welcoming|receiving|hosting|visiting)|(?:ready|willing|prepared) to (?:meet|host (?!the\b))|(?:ready|willing|prepared|open) for (?:direct |new |further |peace )?(?:talks|negotiations|a meeting|a summit)|(?:remain(?:s|ed)?|is|was|are|were) open to|(?:support\w*|back\w*|favou?r\w*|urg\w*|want\w*)\s+(?:an?\s+|the\s+)?(?:early\s+)?(?:resumption|restart|revival|renewal)\s+of|invit\w*|explor(?:e|es|ed|ing)|put off|postpon\w*|shelv(?:e|es|ed|ing))\b/i;

/**
 * Wording after an event that leaves it hypothetical: "a meeting between the presidents
 * was possible only when ...", "a summit could take place in the spring".
 */
export const PROPOSED_AFTER =
  /^[^.;]{0,60}?\b(?:(?:is|was|were|are|would be|remains?|remained|seemed|seems)\s+["“]?(?:only\s+)?(?:possible|conceivable|unlikely|premature|out of the question)|(?:could|might|may)\s+(?:still\s+|only\s+)?(?:take place|happen|be held|come))\b/i;

/** Wording before an event that settles it for the future. */
export const PLANNED_CUES =
  /\b(?:agreed to|agree to|will|would|shall|to hold|to convene|to meet|to visit|to make|are to|is to|due to|due in|expected in|scheduled|plans? to|planned|set to|expected to|preparations? for|prepare for|intention to|intends? to|ready to host|to host|upcoming|accepted an? invitation|next|when (?:they|we|the (?:two|three|four) \w+) meet)\b/i;

/**
 * "The Quad gathering", "Wednesday's meeting", "the next round of technical talks": a
 * reference back to an event already told. "That" before "a" or "an" is a conjunction
 * ("decided that a new round of talks would be held"), not a determiner.
 */
export const DEFINITE_BEFORE =
  /(?:\b(?:the|this|that(?!\s+an?\s)|its|their|these|his|her)\s+(?:[\w-]+\s+){0,2}(?:round\s+of\s+(?:[\w-]+\s+)?)?|['’]s\s+(?:[\w-]+\s+){0,1})$/i;

/** A joint statement mentioned, and its negation. */
export const JOINT_STATEMENT =
  // The end is not \b: after "é" (not an ASCII word character) \b never holds.
  /\bjoint (?:press |news )?(?:statement|declaration|communiqu[eé]|press release)(?![\p{L}\p{N}])/iu;
export const NO_JOINT_STATEMENT =
  /\b(?:no|without an?|never|not issue[ds]?(?: an?| any)?|did not (?:issue|release|adopt|produce)(?: an?| any)?) joint\b|\bjoint (?:press )?statement (?:was|were) not\b|\bfailed to (?:issue|agree on|produce) an? joint\b/i;

/**
 * Words that open a new clause: the events and people on either side are told apart.
 * "talks ... since President Javier Milei took office": a person's "since" clause is one.
 */
export const CLAUSE_BREAK =
  /,\s+(?=(?:a|one|two|three|the|hours|days) (?:(?:day|days|week|weeks|hours?)\s+)?(?:after|before)\b)|,\s+(?:where|during which|at which|which|while|whereas|as|and|but|although|though|when|adding|saying|according to)\b|;|\s[—–]\s|,\s+(?=(?:[A-Z][\p{L}'’.-]*\s+){1,6}(?:said|says|told)\b)|\s+since\s+(?=(?:President|Prime Minister|Chancellor|King|he|she|they)\s)|\s+(?=(?:before|after)\s+joining\b)|\s+(?=and\s+(?:warned|said|added|noted|insisted|argued)\b)|\s+since\s+(?=(?:[A-Z][\p{L}'’.-]*\s+){1,4}(?:took|became|came|assumed|won)\b)/gu;

/** Group nouns that stand for the participants of an event ("the two leaders"). */
export const GROUP_NOUN =
  /\b(?:the|both|all)\s+(?:(?<count>two|three|four|five|six|seven|eight|\d+)\s+)?(?:(?<demonym>[A-Z][a-z]+)\s+(?=(?:leaders|ministers|foreign ministers|presidents|prime ministers|delegations|negotiators|envoys)\b))?(?<noun>leaders|ministers|foreign ministers|presidents|prime ministers|premiers|sides|countries|nations|governments|neighbou?rs|allies|partners|heads of state|top diplomats|delegations|commissions|negotiators|envoys)\b|\b(?:their|the)\s+(?<possessive>grouping|group|bloc)['’]s?\b|\b(?:all|both|the)\s+(?<bare>two|three|four|five|six|seven|eight|nine|ten)(?=\s+(?:also\s+|already\s+)?(?:voiced|agreed|expressed|called|pledged|reaffirmed|condemned|welcomed|stressed|urged|signed|discussed|held|met|said|vowed|underlined|reiterated|spoke|talked|had|have|will|last|first)\b)/gi;

// "The next (trilateral) summit", "The next Trilateral Meeting", "the council's next meeting" (a
// bilateral mechanism's); not "the next ACTO summit", a body's, not the event told.
export const NEXT_BEFORE =
  /\b(?:[Tt]he|(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:joint\s+)?(?:council|commission|committee|mechanism|dialogue)['’]s)\s+next\s+(?:(?:\p{Ll}|\p{Lu}\p{Ll})[\p{L}-]*\s+)?$/u;
