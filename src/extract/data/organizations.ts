import { type OrganizationKind } from "../../domain/vocabulary.js";

/** An organization known by name, with the other forms the news gives it. */
export interface KnownOrganization {
  name: string;
  forms: readonly string[];
  kind: OrganizationKind;
}

/** International bodies and media that news names as hosts, formats or interviewers. */
export const KNOWN_ORGANIZATIONS: readonly KnownOrganization[] = [
  { name: "United Nations", forms: ["United Nations", "UN", "U.N."], kind: "international" },
  { name: "European Union", forms: ["European Union", "EU", "E.U."], kind: "international" },
  { name: "NATO", forms: ["NATO", "North Atlantic Treaty Organization"], kind: "international" },
  {
    name: "ASEAN",
    forms: ["ASEAN", "Asean", "Association of Southeast Asian Nations"],
    kind: "international",
  },
  { name: "African Union", forms: ["African Union"], kind: "international" },
  { name: "Group of Seven", forms: ["G7", "G-7", "Group of Seven"], kind: "international" },
  { name: "Group of 20", forms: ["G20", "G-20", "Group of 20"], kind: "international" },
  { name: "Quad", forms: ["Quad"], kind: "international" },
  { name: "BRICS", forms: ["BRICS"], kind: "international" },
  { name: "Weimar Triangle", forms: ["Weimar Triangle"], kind: "international" },
  { name: "APEC", forms: ["APEC", "Asia-Pacific Economic Cooperation"], kind: "international" },
  {
    name: "Gulf Cooperation Council",
    forms: ["Gulf Cooperation Council", "GCC"],
    kind: "international",
  },
  {
    name: "Shanghai Cooperation Organisation",
    forms: ["Shanghai Cooperation Organisation", "Shanghai Cooperation Organization", "SCO"],
    kind: "international",
  },
  {
    name: "Organization of American States",
    forms: ["Organization of American States", "OAS"],
    kind: "international",
  },
  { name: "Mercosur", forms: ["Mercosur"], kind: "international" },
  {
    name: "International Atomic Energy Agency",
    forms: ["International Atomic Energy Agency", "IAEA"],
    kind: "international",
  },
  {
    name: "World Trade Organization",
    forms: ["World Trade Organization", "WTO"],
    kind: "international",
  },
  { name: "NHK", forms: ["NHK"], kind: "media" },
  { name: "BBC", forms: ["BBC"], kind: "media" },
  { name: "CNN", forms: ["CNN"], kind: "media" },
  { name: "Al Jazeera", forms: ["Al Jazeera"], kind: "media" },
  { name: "Fox News", forms: ["Fox News"], kind: "media" },
  { name: "KBS", forms: ["KBS"], kind: "media" },
  { name: "CCTV", forms: ["CCTV"], kind: "media" },
];

/** "the Turkish broadcaster Anka Haber", "broadcaster Anka Haber": a media outlet named in the text. */
export const MEDIA_BEFORE_NAME =
  /\b(?:broadcaster|newspaper|daily|news agency|television channel|TV channel|radio station|magazine)\s+((?:[A-Z][\p{L}'’&.-]*)(?:\s+[A-Z][\p{L}'’&.-]*){0,3})/gu;
