import { type OfficeRole } from "../gazetteer/officials.js";

/** An office title as written before or after a name, and the role it stands for. */
export interface TitleEntry {
  /** Written form, matched without regard to case. */
  form: string;
  role: OfficeRole;
}

// Portfolios of ministers, longest first where one contains another (portfolioTitles).
const PORTFOLIOS: readonly string[] = [
  "Economy and Finance",
  "International Trade",
  "Foreign Trade",
  "Home Affairs",
  "European Affairs",
  "Economic Affairs",
  "Digital Affairs",
  "Interior",
  "Home",
  "Economy",
  "Health",
  "Agriculture",
  "Environment",
  "Justice",
  "Education",
  "Labour",
  "Labor",
  "Transport",
  "Tourism",
  "Culture",
  "Investment",
  "Planning",
  "Petroleum",
  "Oil",
  "Mines",
  "Mining",
  "Water",
  "Development",
  "Immigration",
  "Migration",
  "Europe",
  "Climate",
  "Science",
  "Security",
  "Public Security",
  "Communications",
  "Information",
];

const THE_PORTFOLIOS: readonly string[] = [
  "Ecological Transition",
  "Energy Transition",
  "Environment",
  "Economy",
  "Interior",
];
const SECRETARY_OF_STATE_PORTFOLIOS: readonly string[] = ["Energy", "Trade", "Economy", "Health"];

/**
 * Office titles, longest first where one contains another. Adding an office is a
 * data change: the discovery rules read titles from here only.
 */
export const OFFICE_TITLES: readonly TitleEntry[] = [
  { form: "Minister for Europe and Foreign Affairs", role: "foreign-minister" },
  { form: "Minister of Foreign and European Affairs", role: "foreign-minister" },
  { form: "Cabinet Secretary for Foreign Affairs", role: "foreign-minister" },
  { form: "Federal Foreign Minister", role: "foreign-minister" },
  { form: "Prime Cabinet Secretary", role: "other" },
  { form: "First Deputy Prime Minister", role: "other" },
  { form: "Minister of State", role: "minister" },
  { form: "Vice Premier", role: "other" },
  { form: "State Councillor", role: "other" },
  { form: "Deputy President", role: "other" },
  { form: "Vice-President", role: "other" },
  { form: "Taoiseach", role: "head-of-government" },
  // Bangladesh's interim government (2024-): its head and its advisers hold ministries.
  { form: "Chief Adviser", role: "head-of-government" },
  { form: "Foreign Affairs Adviser", role: "foreign-minister" },
  { form: "Foreign Adviser", role: "foreign-minister" },
  { form: "Tánaiste", role: "other" },
  ...portfolioTitles(),
  { form: "Minister for Foreign Affairs", role: "foreign-minister" },
  { form: "Minister of Foreign Affairs", role: "foreign-minister" },
  { form: "Secretary of Foreign Affairs", role: "foreign-minister" },
  { form: "Foreign Affairs Minister", role: "foreign-minister" },
  { form: "Foreign Affairs Secretary", role: "foreign-minister" },
  { form: "External Affairs Minister", role: "foreign-minister" },
  { form: "Minister of External Affairs", role: "foreign-minister" },
  { form: "Vice Foreign Minister", role: "minister" },
  { form: "Deputy Foreign Minister", role: "minister" },
  { form: "Foreign Minister", role: "foreign-minister" },
  { form: "Foreign Secretary", role: "foreign-minister" },
  { form: "Secretary of State", role: "foreign-minister" },
  { form: "top diplomat", role: "foreign-minister" },
  { form: "Secretary of Defense", role: "defense-minister" },
  { form: "Secretary of Defence", role: "defense-minister" },
  { form: "Minister of National Defense", role: "defense-minister" },
  { form: "Minister of Defense", role: "defense-minister" },
  { form: "Minister of Defence", role: "defense-minister" },
  { form: "Defense Secretary", role: "defense-minister" },
  { form: "Defence Secretary", role: "defense-minister" },
  { form: "Defense Minister", role: "defense-minister" },
  { form: "Defence Minister", role: "defense-minister" },
  { form: "Deputy Prime Minister", role: "other" },
  { form: "Prime Minister", role: "head-of-government" },
  // Indian and British press abbreviations: "PM Modi", "EAM Jaishankar".
  { form: "PM", role: "head-of-government" },
  { form: "EAM", role: "foreign-minister" },
  { form: "Premier", role: "head-of-government" },
  { form: "Chancellor", role: "head-of-government" },
  { form: "Crown Prince", role: "head-of-government" },
  { form: "Vice President", role: "other" },
  { form: "Supreme Leader", role: "head-of-state" },
  { form: "President", role: "head-of-state" },
  { form: "King", role: "head-of-state" },
  { form: "Queen", role: "head-of-state" },
  { form: "Emperor", role: "head-of-state" },
  { form: "Emir", role: "head-of-state" },
  { form: "Sultan", role: "head-of-state" },
  { form: "leader", role: "head-of-state" },
  { form: "National Security Adviser", role: "other" },
  { form: "National Security Advisor", role: "other" },
  { form: "Chief Cabinet Secretary", role: "other" },
  { form: "Cabinet Secretary", role: "minister" },
  { form: "Trade Representative", role: "minister" },
  { form: "Unification Minister", role: "minister" },
  { form: "Trade Minister", role: "minister" },
  { form: "Finance Minister", role: "minister" },
  { form: "Commerce Minister", role: "minister" },
  { form: "Industry Minister", role: "minister" },
  { form: "Energy Minister", role: "minister" },
  { form: "Commerce Secretary", role: "minister" },
  { form: "Treasury Secretary", role: "minister" },
  { form: "Special Envoy", role: "envoy" },
  { form: "Special Representative", role: "envoy" },
  { form: "Ambassador", role: "envoy" },
  { form: "envoy", role: "envoy" },
  { form: "Chief Negotiator", role: "envoy" },
  { form: "chief negotiator", role: "envoy" },
  { form: "Minister", role: "minister" },
  { form: "Secretary", role: "minister" },
];

/**
 * Titles that only one state's officials bear: "Taoiseach Ciaran Maguire" is Irish wherever
 * the article files from.
 */
export const TITLE_STATES: Readonly<Record<string, string>> = {
  Taoiseach: "IRL",
  Tánaiste: "IRL",
  "Chief Adviser": "BGD",
};

/**
 * Descriptions of people who speak about diplomacy without conducting it:
 * they may be quoted, but they are not leaders and hold no positions.
 */
export const NON_OFFICIAL_ROLES: readonly string[] = [
  "spokesperson",
  "spokesman",
  "spokeswoman",
  "press secretary",
  "analyst",
  "researcher",
  "research fellow",
  "senior fellow",
  "fellow",
  "professor",
  "scholar",
  "expert",
  "economist",
  "specialist",
  "scientist",
  "historian",
  "academic",
  "journalist",
  "correspondent",
  "reporter",
  "editor",
  "commentator",
  "columnist",
  "director",
  "lecturer",
  "strategist",
  "consultant",
  "adviser at",
  "head of research",
  "who heads",
  "who leads",
  "who teaches",
  "who directs",
  "who studies",
  "who researches",
  "who lectures",
  "who writes",
  "who follows",
  "who tracks",
  "who covers",
  "who specialises",
  "who specializes",
  "lawmaker",
  "opposition leader",
  "Opposition leader",
  "Opposition Leader",
  "opposition",
];

/** Courtesy words before a name that are not part of it. */
export const HONORIFICS: readonly string[] = [
  // Styles of Gulf and other royals and officials, longest first.
  "His Royal Highness",
  "Her Royal Highness",
  "His Highness",
  "Her Highness",
  "His Majesty",
  "Her Majesty",
  "His Excellency",
  "Her Excellency",
  "Highness",
  "Majesty",
  "Excellency",
  "H.R.H.",
  "HRH",
  "H.H.",
  "H.M.",
  "Sheikha",
  "Sayyida",
  "Sayyid",
  "Mr.",
  "Ms.",
  "Mrs.",
  "Dr.",
  "Professor",
  "Prof.",
  "Mr",
  "Ms",
  "Mrs",
  "Dr",
  "H.E.",
  "Prince",
  "Princess",
  "Sheikh",
  "Sir",
  "Dame",
  "Lord",
  "Madam",
  // Military ranks of leaders who came to power as officers ("Captain Ibrahim Traoré"),
  // longest first.
  "Lieutenant General",
  "Lieutenant Colonel",
  "Brigadier General",
  "Major General",
  "Field Marshal",
  "Lt. Gen.",
  "Maj. Gen.",
  "Brig. Gen.",
  "Lt. Col.",
  "General",
  "Colonel",
  "Captain",
  "Admiral",
  "Gen.",
  "Col.",
  "Capt.",
  // Malay honours, longest first so that "Datuk Seri" is stripped whole.
  "Datuk Seri",
  "Dato' Seri",
  "Dato’ Seri",
  "Dato' Sri",
  "Dato’ Sri",
  "Tan Sri",
  "Datuk",
  "Dato'",
  "Dato’",
  "Tun",
  // Indian honorifics, as Indian government releases write them ("Shri Narendra Modi").
  "Shri",
  "Smt.",
  "Smt",
];

/** Office titles of people who relay another's words: a gazetteer spokesperson is not a leader. */
export const RELAY_TITLE = /spokes|press secretary/i;

/** Lower-case words that may join the parts of a name ("Lula da Silva", "bin Salman"). */
export const NAME_PARTICLES: readonly string[] = [
  "bin",
  "bint",
  "ibn",
  "al",
  "el",
  "da",
  "de",
  "do",
  "dos",
  "das",
  "van",
  "von",
  "der",
  "den",
  "la",
  "le",
  "di",
  "du",
  "ben",
];

/**
 * The titles of ministers of a portfolio, in the three ways English news writes them:
 * "Interior Minister", "Minister of the Interior", "Minister for Health". Listed before the
 * bare "Minister" so that the nationality before the whole title names the state.
 */
function portfolioTitles(): TitleEntry[] {
  return PORTFOLIOS.flatMap((portfolio) => [
    { form: `${portfolio} Minister`, role: "minister" as const },
    { form: `Minister of ${portfolio}`, role: "minister" as const },
    { form: `Minister of the ${portfolio}`, role: "minister" as const },
    { form: `Minister for ${portfolio}`, role: "minister" as const },
  ]).concat(
    // "Spain's minister for the ecological transition", "Portugal's secretary of state for
    // energy". Only the portfolios written so: every form of every portfolio is one more
    // branch of the title pattern that person discovery runs at every word.
    THE_PORTFOLIOS.map((portfolio) => ({
      form: `Minister for the ${portfolio}`,
      role: "minister" as const,
    })),
    SECRETARY_OF_STATE_PORTFOLIOS.map((portfolio) => ({
      form: `Secretary of State for ${portfolio}`,
      role: "minister" as const,
    })),
  );
}
