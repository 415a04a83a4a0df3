/** One line of the raw text with its character range (without the line break). */
export interface TextLine {
  start: number;
  end: number;
  text: string;
}

/** Splits text into lines, keeping offsets into the original string. */
export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  const pattern = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null && match.index < text.length) {
    const raw = match[0].replace(/[\r\n]+$/, "");
    lines.push({ start: match.index, end: match.index + raw.length, text: raw });
    if (match[0].length === 0) break;
  }
  return lines;
}
