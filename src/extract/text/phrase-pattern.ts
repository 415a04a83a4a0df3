import { escapeRegExp } from "../persons/name-pattern.js";

/**
 * A regular expression source that matches any of `phrases`, written as a trie: phrases that
 * share a beginning share it in the pattern ("Minister (?:for |of )..."), so that the engine
 * reads each character of the text once per branch, not once per phrase. An alternation of
 * a few hundred titles in their case variants (the office titles) cost person discovery a
 * fifth of the extractor's time. At every branch the longer phrase is tried first (a
 * greedy optional tail), as a list ordered longest first would be; the engine still falls
 * back to a shorter phrase when the longer one leaves the rest of the pattern unmatched.
 */
export function phrasePattern(phrases: readonly string[]): string {
  const root: TrieNode = { children: new Map(), ends: false };
  for (const phrase of phrases) {
    let node = root;
    for (const char of phrase) {
      let child = node.children.get(char);
      if (!child) {
        child = { children: new Map(), ends: false };
        node.children.set(char, child);
      }
      node = child;
    }
    node.ends = true;
  }
  return `(?:${branches(root)})`;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  ends: boolean;
}

/** The pattern of what may follow a node: its children's branches, optional if it ends a phrase. */
function branches(node: TrieNode): string {
  const alternatives = [...node.children].map(([char, child]) => {
    // A chain of single children is written as one literal run.
    let run = escapeRegExp(char);
    let next = child;
    while (next.children.size === 1 && !next.ends) {
      const [[c, only]] = [...next.children] as [[string, TrieNode]];
      run += escapeRegExp(c);
      next = only;
    }
    return next.children.size === 0 ? run : `${run}${tail(next)}`;
  });
  return alternatives.join("|");
}

function tail(node: TrieNode): string {
  const inner = branches(node);
  return node.ends ? `(?:${inner})?` : `(?:${inner})`;
}
