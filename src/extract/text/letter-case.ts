/**
 * Lower-cases text set in capitals ("TÜRKİYE", "ŞİMŞEK"). JavaScript's default mapping
 * turns the dotted capital I of Turkish and Azerbaijani into "i" and a combining dot above
 * ("türki̇ye"), which no lexicon or reader expects; an English text means a plain "i".
 */
export function lowerCase(text: string): string {
  return text.toLowerCase().replace(/i\u0307/g, "i");
}
