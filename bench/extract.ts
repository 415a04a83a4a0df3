// Extraction throughput on one core: runs the extractor over the dev articles again
// and again for a few seconds in this process and prints articles/s and words/s.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { extractRecord, articleMetaSchema, type ArticleMeta } from "../src/extract/index.js";

const DIR = process.argv[2] ?? join(import.meta.dirname, "../../shared/eval/dev");
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

interface Article {
  text: string;
  meta: ArticleMeta;
  source: string;
  words: number;
}

function loadArticles(dir: string): Article[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), "utf8");
      const sidecar = join(dir, f.replace(/\.txt$/, ".meta.json"));
      const meta = existsSync(sidecar)
        ? articleMetaSchema.parse(JSON.parse(readFileSync(sidecar, "utf8")))
        : {};
      return { text, meta, source: f, words: text.split(/\s+/).filter(Boolean).length };
    });
}

const articles = loadArticles(DIR);
if (articles.length === 0) throw new Error(`${DIR}: no .txt articles to benchmark`);
for (const article of articles) extractRecord(article); // warm-up: lexicons, regexes, JIT
let count = 0;
let words = 0;
const started = performance.now();
while (performance.now() - started < SECONDS * 1000) {
  for (const article of articles) {
    extractRecord(article);
    count++;
    words += article.words;
  }
}
const elapsed = (performance.now() - started) / 1000;
console.log(
  `extract: ${articles.length} articles from ${DIR}, ${count} runs in ${elapsed.toFixed(1)} s`,
);
console.log(
  `  ${(count / elapsed).toFixed(1)} articles/s, ${Math.round(words / elapsed).toLocaleString("en")} words/s`,
);
