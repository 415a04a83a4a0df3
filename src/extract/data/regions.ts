import { type RegionSlug } from "../../domain/vocabulary.js";

/** Surface forms of the places that are topic arguments but not states. */
export const REGION_FORMS: Readonly<Record<string, RegionSlug>> = {
  "Korean Peninsula": "korean-peninsula",
  "Korean peninsula": "korean-peninsula",
  "the peninsula": "korean-peninsula",
  "Northeast Asia": "northeast-asia",
  "Northeast Asian": "northeast-asia",
  "North-East Asia": "northeast-asia",
  "Northeastern Asia": "northeast-asia",
  "East Asia": "east-asia",
  "East Asian": "east-asia",
  "Asia-Pacific": "asia-pacific",
  "Asia Pacific": "asia-pacific",
  "Indo-Pacific": "indo-pacific",
  "Indo Pacific": "indo-pacific",
  "South China Sea": "south-china-sea",
  "Taiwan Strait": "taiwan-strait",
  "Taiwan Straits": "taiwan-strait",
  "Middle East": "middle-east",
  Mideast: "middle-east",
  Gaza: "gaza",
  "Gaza Strip": "gaza",
  Europe: "europe",
  Africa: "africa",
  "Latin America": "latin-america",
  "Latin American": "latin-america",
  Arctic: "arctic",
  // The Norwegian and NATO name for the European Arctic, and its sea.
  "High North": "arctic",
  "Barents Sea": "arctic",
};

/**
 * Waters whose troubles are, in the keys and in the news, disputes over who owns what: a
 * concern over "coercive actions in the South China Sea" is one for the territorial dispute.
 */
export const DISPUTED_REGIONS: ReadonlySet<RegionSlug> = new Set(["south-china-sea"]);
