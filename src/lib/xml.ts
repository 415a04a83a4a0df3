/**
 * Escaping for XML 1.0 written by hand (GraphML exports). Text from articles can hold
 * anything, so every value goes through here: markup characters become entities, and
 * characters that XML 1.0 cannot carry at all (most C0 controls, lone surrogates,
 * U+FFFE, U+FFFF) become U+FFFD instead of producing a file no parser accepts.
 */

// Everything outside XML 1.0's Char production: #x9 | #xA | #xD | [#x20-#xD7FF] |
// [#xE000-#xFFFD] | [#x10000-#x10FFFF]. Lone surrogates are matched by the `u` flag's
// code-point view; valid pairs are astral code points and pass.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const TEXT_ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  "\r": "&#13;",
};

// In attribute values a parser normalises tab, newline and carriage return to spaces,
// and quotes end the value: all of them go as references.
const ATTRIBUTE_ENTITIES: Record<string, string> = {
  ...TEXT_ENTITIES,
  '"': "&quot;",
  "'": "&apos;",
  "\t": "&#9;",
  "\n": "&#10;",
};

/** Escapes a string for element content: a parser reads back exactly `value` (invalid characters as U+FFFD). */
export function escapeXmlText(value: string): string {
  return value.replace(NOT_XML_CHAR, "\uFFFD").replace(/[&<>\r]/g, (c) => TEXT_ENTITIES[c]!);
}

/** Escapes a string for a quoted attribute value, keeping tabs and line breaks as they were. */
export function escapeXmlAttribute(value: string): string {
  return value
    .replace(NOT_XML_CHAR, "\uFFFD")
    .replace(/[&<>"'\t\n\r]/g, (c) => ATTRIBUTE_ENTITIES[c]!);
}
