/**
 * Lines of web-page or wire furniture that are not part of an article's body.
 * Each pattern is tested against one trimmed line.
 */
export const FURNITURE_LINE_PATTERNS: readonly RegExp[] = [
  /^(?:go to|skip to) (?:main )?(?:contents?|navigation|menu)$/i,
  /^(?:advertisement|sponsored|share|print|subscribe|menu|search|close|listen|comments?)$/i,
  /^\(?end\)?$/i,
  /^(?:posted|updated|published|last updated|modified|date)\b(?! by\b)/i,
  /^(?:copyright|©|all rights reserved)/i,
  /^(?:photo|image|caption|video|graphic)s?\s*(?:[:=|]|by\b|courtesy\b)/i,
  /^(?:read more|related|more from|see also|follow us)\b/i,
  /^[-=*_]{3,}$/,
  /^\(?(?:additional )?(?:reporting|writing|editing) by\b/i,
  // Navigation: "World | Asia | Opinion", "Home > World > Southeast Asia".
  /^(?:[^|>›»]{1,30}\s[|>›»]\s){2,}[^|>›»]{1,30}$/,
  // Navigation laid out with wide gaps: "News   Politics   Business   Sign in".
  /^(?:\S+(?: \S+)?\s{3,}){2,}\S+(?: \S+)?$/,
  // An edition or place strip beside a masthead: "Buenos Aires · English edition".
  /^[^.!?"“”]{1,30}\s[·•]\s[^.!?"“”]{1,30}$/,
];

/**
 * The label of a list of links to other stories ("Related articles", "MORE FROM REGION",
 * "Also in Region", "Most read"): the lines after it that do not read as prose, and the
 * bulleted ones, are its links, not the body.
 */
export const LINK_LIST_LABEL_PATTERN =
  /^(?:read more|related(?: articles| stories| news| coverage| content| releases| reading| links)?|more from\b.*|more on\b.*|also in\b.*|more stories|see also|most (?:read|popular|viewed)|recommended(?: for you)?|trending|also read|you may also like|top stories)\s*:?$/i;

/** A section label above a headline: "POLITICS", "WORLD NEWS", "AFRICA". */
export const SECTION_LABEL_PATTERN = /^[\p{Lu}&/-]+(?:\s+[\p{Lu}&/-]+){0,2}$/u;

/** A wire credit line: "Reporting by Jane Doe; editing by John Roe". */
export const CREDIT_LINE_PATTERN =
  /^\(?(?:[Ww]riting|[Rr]eporting) by\s+([A-Z][\p{L}'’.-]*(?:\s+[A-Z][\p{L}'’.-]*){0,3}?)(?:\s+(?:and|in)\b|[;,]|$)/u;

/** A line that names the author: "By Jane Doe", "By Jane Doe in Tokyo", "Posted by Jane Doe". */
export const BYLINE_PATTERN =
  /^(?:(?:Posted|Written|Story|Words) by|by|BY|By)\s+([A-Z][\p{L}'’.-]*(?:\s+[A-Z][\p{L}'’.-]*){0,3}?)(?:\s+(?:in|and)\s+.*|,.*|\s*[|/·•]\s*.*)?$/u;

/**
 * A line that only names the author, optionally where they write from. A name's words end
 * in a letter or a full stop: "Foreign Ministers' Meeting" is a headline.
 */
export const BARE_BYLINE_PATTERN =
  /^([A-Z][\p{L}'’.-]*[\p{L}.](?:\s+[A-Z][\p{L}'’.-]*[\p{L}.]){1,3})(?:\s+in\s+[A-Z][\p{L} .'-]+|,\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2})?$/u;

/**
 * A trailing signature: a name followed by an e-mail address, perhaps after a dash,
 * a role or bureau, or in parentheses: "Kim Min-ji mjkim@koreaherald.com",
 * "Lucía Ferraro — lferraro@example.test", "— Jean Roy, Ottawa bureau (jroy@example.test)".
 */
export const EMAIL_SIGNATURE_PATTERN =
  /^(?:[—–-]\s*)?([A-Z][\p{L}'’.-]*(?:\s+[A-Z][\p{L}'’.-]*){0,3})(?:,\s*[^@(),]{1,40})?\s*[,/|—–-]?\s*\(?([\w.+-]+@([\w-]+(?:\.[\w-]+)+))\)?$/u;
