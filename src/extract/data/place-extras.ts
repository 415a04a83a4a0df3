/**
 * Names of states that world-countries lacks or spells otherwise: short forms and group
 * names. Each maps to the ISO alpha-3 codes it names (so do the two maps below).
 */
export const STATE_EXTRAS: Readonly<Record<string, readonly string[]>> = {
  "U.S.": ["USA"],
  US: ["USA"],
  "United States": ["USA"],
  America: ["USA"],
  Britain: ["GBR"],
  "U.K.": ["GBR"],
  UK: ["GBR"],
  Korea: ["KOR"],
  "Republic of Korea": ["KOR"],
  ROK: ["KOR"],
  "the North": ["PRK"],
  "D.P.R.K.": ["PRK"],
  PRC: ["CHN"],
  Turkey: ["TUR"],
  "Holy See": ["VAT"],
  "the Koreas": ["KOR", "PRK"],
  "both Koreas": ["KOR", "PRK"],
  "the two Koreas": ["KOR", "PRK"],
  // "Congo" alone is the Republic (world-countries' spelling); the war in the east is the DRC's.
  "eastern Congo": ["COD"],
};

/**
 * Provinces and regions inside one state that news names alone, mostly for a conflict there:
 * "the insurgency in Cabo Delgado" is a concern for Mozambique's peace. Each names its state.
 */
export const PROVINCES: Readonly<Record<string, readonly string[]>> = {
  "Cabo Delgado": ["MOZ"],
  Darfur: ["SDN"],
  Kordofan: ["SDN"],
  Tigray: ["ETH"],
  Donbas: ["UKR"],
  Donbass: ["UKR"],
  Crimea: ["UKR"],
  Donetsk: ["UKR"],
  Luhansk: ["UKR"],
  Zaporizhzhia: ["UKR"],
  Kherson: ["UKR"],
  Rakhine: ["MMR"],
  Sweida: ["SYR"],
  Idlib: ["SYR"],
  Balochistan: ["PAK"],
  "Khyber Pakhtunkhwa": ["PAK"],
  Essequibo: ["GUY"],
  "Nagorno-Karabakh": ["AZE"],
  Xinjiang: ["CHN"],
  Mindanao: ["PHL"],
  Aceh: ["IDN"],
  "North Kivu": ["COD"],
  "South Kivu": ["COD"],
  Ituri: ["COD"],
  Abkhazia: ["GEO"],
  "South Ossetia": ["GEO"],
  Transnistria: ["MDA"],
};

/** Adjectives of nationality that world-countries lacks or spells otherwise. */
export const DEMONYM_EXTRAS: Readonly<Record<string, readonly string[]>> = {
  American: ["USA"],
  Saudi: ["SAU"],
  Philippine: ["PHL"],
  Kazakh: ["KAZ"],
  Uzbek: ["UZB"],
  Kyrgyz: ["KGZ"],
  Tajik: ["TJK"],
  Timorese: ["TLS"],
  Icelandic: ["ISL"],
  Bosnian: ["BIH"],
  Ecuadorian: ["ECU"],
  Surinamese: ["SUR"],
  Djiboutian: ["DJI"],
  "Cape Verdean": ["CPV"],
  // The demonym of both the Dominican Republic and Dominica (world-countries lists Dominica
  // first); news means the republic unless it is about Dominica (short-names.ts).
  Dominican: ["DOM"],
};

/** Seats of government named for their governments, beyond world-countries' capitals. */
export const CAPITAL_EXTRAS: Readonly<Record<string, readonly string[]>> = {
  Washington: ["USA"],
  "White House": ["USA"],
  Kremlin: ["RUS"],
  Brasilia: ["BRA"],
  Delhi: ["IND"],
  Kyiv: ["UKR"],
  Kiev: ["UKR"],
  Tehran: ["IRN"],
  Bogota: ["COL"],
  Chisinau: ["MDA"],
  "The Hague": ["NLD"],
  "the Hague": ["NLD"],
  // Cities that are not capitals but where leaders are often received ("his visit to Jeddah").
  // Not the UN's and forums' seats (New York, Geneva, Davos): talks there are not the host's.
  Jeddah: ["SAU"],
  Istanbul: ["TUR"],
  Antalya: ["TUR"],
  Shanghai: ["CHN"],
  Mumbai: ["IND"],
  Osaka: ["JPN"],
  Busan: ["KOR"],
  Sochi: ["RUS"],
  "St Petersburg": ["RUS"],
  "St. Petersburg": ["RUS"],
  Dubai: ["ARE"],
  "Sharm el-Sheikh": ["EGY"],
  Alexandria: ["EGY"],
  Karachi: ["PAK"],
  Lahore: ["PAK"],
  Almaty: ["KAZ"],
  "Ho Chi Minh City": ["VNM"],
  Sydney: ["AUS"],
  Johannesburg: ["ZAF"],
  "Cape Town": ["ZAF"],
  "Rio de Janeiro": ["BRA"],
  "São Paulo": ["BRA"],
  Munich: ["DEU"],
};

/** Capitals named in world-countries that read as something else in English news. */
export const CAPITAL_EXCLUSIONS: ReadonlySet<string> = new Set([
  // Brussels in diplomatic news is the European Union's institutions, not Belgium's government.
  "Brussels",
  "Victoria",
  "Kingston",
  "Georgetown",
  "Hamilton",
  "Washington D.C.",
  "Jerusalem",
  "Ramallah",
  "Santiago",
  "Valletta",
  "Plymouth",
  "Avarua",
  "Basseterre",
  "Castries",
  "Roseau",
  "Saint John's",
  "King Edward Point",
  "Jamestown",
  "Adamstown",
  "The Valley",
]);

/**
 * Alternative spellings in world-countries that are ordinary English words or personal
 * names before they are states: "Pacific Island countries" is not Iceland ("Island"),
 * nor "Thomas Mann" the Isle of Man.
 */
export const ALTERNATIVE_EXCLUSIONS: ReadonlySet<string> = new Set([
  "Island",
  "Mann",
  "Dominique",
  "Viti",
  "Prathet",
]);

/** Names that contain a state's name without naming a state. */
export const NOT_STATES: readonly string[] = [
  "Global South",
  "Cold War",
  "United Nations",
  "European Union",
  "African Union",
  "New Mexico",
  "New Jersey",
  "Washington Post",
  "Korea Herald",
  "Korea Times",
  "South China Morning Post",
  "Indian Ocean",
  "Arabian Sea",
  "Sea of Japan",
  "East China Sea",
  "Persian Gulf",
  "Korean War",
  // Continents and seas named after a compass point: not the United States or North Korea.
  "North America",
  "North American",
  "South America",
  "South American",
  "Central America",
  "Central American",
  "Pan-American",
  "Pan American",
  "North Atlantic",
  "North Sea",
];
