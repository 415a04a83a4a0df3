/** Display words for the API's upper-snake enums. */

/** "PEACE_STABILITY" -> "Peace stability". */
export function humanize(value) {
  if (!value) return "";
  const words = value.toLowerCase().replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const MEETING_KINDS = ["SUMMIT", "MEETING", "VISIT", "CALL", "INTERVIEW", "CONFERENCE"];
