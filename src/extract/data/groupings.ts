/**
 * Groupings of states whose members a meeting of "the G7 foreign ministers" or "the
 * Quad" stands for. Membership is as of late 2025; adding one is a data change.
 */
export const GROUPINGS: Readonly<Record<string, readonly string[]>> = {
  "Group of Seven": ["USA", "JPN", "DEU", "GBR", "FRA", "ITA", "CAN"],
  G7: ["USA", "JPN", "DEU", "GBR", "FRA", "ITA", "CAN"],
  "G-7": ["USA", "JPN", "DEU", "GBR", "FRA", "ITA", "CAN"],
  Quad: ["USA", "JPN", "IND", "AUS"],
  // Timor-Leste became the eleventh member on 26 October 2025.
  ASEAN: ["BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM", "TLS"],
  "Association of Southeast Asian Nations": [
    "BRN",
    "KHM",
    "IDN",
    "LAO",
    "MYS",
    "MMR",
    "PHL",
    "SGP",
    "THA",
    "VNM",
    "TLS",
  ],
  IBSA: ["IND", "BRA", "ZAF"],
  "Gulf Cooperation Council": ["SAU", "ARE", "KWT", "QAT", "BHR", "OMN"],
  GCC: ["SAU", "ARE", "KWT", "QAT", "BHR", "OMN"],
  AUKUS: ["AUS", "GBR", "USA"],
  Nordic: ["DNK", "FIN", "ISL", "NOR", "SWE"],
  "Nordic-Baltic": ["DNK", "EST", "FIN", "ISL", "LVA", "LTU", "NOR", "SWE"],
  NB8: ["DNK", "EST", "FIN", "ISL", "LVA", "LTU", "NOR", "SWE"],
  Baltic: ["EST", "LVA", "LTU"],
  "Weimar Triangle": ["FRA", "DEU", "POL"],
  Visegrad: ["CZE", "HUN", "POL", "SVK"],
  "Visegrad Group": ["CZE", "HUN", "POL", "SVK"],
  V4: ["CZE", "HUN", "POL", "SVK"],
  E3: ["FRA", "DEU", "GBR"],
  "Five Eyes": ["USA", "GBR", "CAN", "AUS", "NZL"],
  Mercosur: ["ARG", "BRA", "PRY", "URY", "BOL"],
  "Central Asian": ["KAZ", "KGZ", "TJK", "TKM", "UZB"],
};
