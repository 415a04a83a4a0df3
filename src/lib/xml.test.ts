import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { escapeXmlAttribute, escapeXmlText } from "./xml.js";

/** Parses a one-element document strictly and returns its attribute and text as read. */
function readBack(xml: string): { attribute: string; text: string } {
  const parser = new SaxesParser();
  let attribute = "";
  let text = "";
  parser.on("opentag", (tag) => {
    attribute = String(tag.attributes.value);
  });
  parser.on("text", (t) => {
    text += t;
  });
  parser.write(xml).close();
  return { attribute, text };
}

const HOSTILE: [string, string][] = [
  ["markup", `<data key="x">&amp; </graphml>`],
  ["quotes", `He said "no" and 'never'`],
  ["a CDATA end", "]]> and ]]&gt;"],
  ["entities that must stay text", "&lt; &#x41; &unknown;"],
  ["line breaks and tabs", "one\r\ntwo\tthree\rfour\n"],
  ["astral characters", "emoji 🇰🇷🇯🇵 and 𝕏"],
  [
    "a processing instruction",
    "<?xml version='1.0'?><!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>&e;",
  ],
];

describe("XML escaping", () => {
  it.each(HOSTILE)("reads back %s unchanged", (_name, value) => {
    const xml = `<d value="${escapeXmlAttribute(value)}">${escapeXmlText(value)}</d>`;
    expect(readBack(xml)).toEqual({ attribute: value, text: value });
  });

  it("replaces characters XML 1.0 cannot carry with U+FFFD, so the file still parses", () => {
    const value = "nul\u0000 bell\u0007 vt\u000B lone\uD800 high\uDFFF nonchar\uFFFE\uFFFF end";
    const xml = `<d value="${escapeXmlAttribute(value)}">${escapeXmlText(value)}</d>`;
    const expected = "nul\uFFFD bell\uFFFD vt\uFFFD lone\uFFFD high\uFFFD nonchar\uFFFD\uFFFD end";
    expect(readBack(xml)).toEqual({ attribute: expected, text: expected });
  });

  it("fails to parse without the escaping (the test can tell)", () => {
    expect(() => readBack(`<d value="a"b">x</d>`)).toThrow();
    expect(() => readBack(`<d value="a">\u0000</d>`)).toThrow();
  });
});
