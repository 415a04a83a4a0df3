import fs from "node:fs";
import { describe, it, expect } from "vitest";
import { z } from "zod";
import { OFFICE_ROLES } from "../gazetteer/officials.js";

/**
 * Checks on the officials gazetteer (officials.json): the shape the engine loads, and the
 * invariants that keep it usable (unique ids, resolvable names, sane terms, current leaders).
 */

// The roles the engine knows: one list, so that the data cannot drift from the loader.
const ROLES = OFFICE_ROLES;

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const G20 = [
  "ARG",
  "AUS",
  "BRA",
  "CAN",
  "CHN",
  "FRA",
  "DEU",
  "IND",
  "IDN",
  "ITA",
  "JPN",
  "KOR",
  "MEX",
  "RUS",
  "SAU",
  "ZAF",
  "TUR",
  "GBR",
  "USA",
  "EUU",
];

const Office = z
  .object({
    title: z.string().min(1),
    role: z.enum(ROLES),
    from: z.string().regex(DATE).optional(),
    to: z.string().regex(DATE).optional(),
  })
  .strict();

const Official = z
  .object({
    id: z.string().regex(SLUG),
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)),
    surname: z.string().min(1),
    gender: z.enum(["m", "f"]),
    country: z.string().regex(/^[A-Z]{3}$/),
    offices: z.array(Office).min(1),
  })
  .strict();

const Gazetteer = z.object({ version: z.literal(1), officials: z.array(Official) }).strict();

type Official = z.infer<typeof Official>;

const raw: unknown = JSON.parse(
  fs.readFileSync(new URL("./officials.json", import.meta.url), "utf8"),
);

/** Case- and accent-insensitive key, so "Erdoğan" and "Erdogan" count as the same name. */
function key(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** Compares two ISO date prefixes at the precision both share. */
function notAfter(from: string, to: string): boolean {
  const n = Math.min(from.length, to.length);
  return from.slice(0, n) <= to.slice(0, n);
}

describe("officials.json", () => {
  const parsed = Gazetteer.safeParse(raw);

  it("matches the schema", () => {
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 5)).toEqual([]);
  });

  const officials: Official[] = parsed.success ? parsed.data.officials : [];

  it("has at least 250 entries", () => {
    expect(officials.length).toBeGreaterThanOrEqual(250);
  });

  it("has unique, slug-shaped ids", () => {
    const ids = officials.map((o) => o.id);
    expect(ids.filter((id) => !SLUG.test(id))).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it("uses 3-letter country codes and known roles", () => {
    expect(officials.filter((o) => !/^[A-Z]{3}$/.test(o.country)).map((o) => o.id)).toEqual([]);
    const roles = new Set<string>(ROLES);
    const bad = officials.flatMap((o) =>
      o.offices.filter((f) => !roles.has(f.role)).map((f) => `${o.id}: ${f.role}`),
    );
    expect(bad).toEqual([]);
  });

  it("has from <= to wherever both are given", () => {
    const bad = officials.flatMap((o) =>
      o.offices
        .filter((f) => f.from !== undefined && f.to !== undefined && !notAfter(f.from, f.to))
        .map((f) => `${o.id}: ${f.title} ${f.from}..${f.to}`),
    );
    expect(bad).toEqual([]);
  });

  it("never gives two officials of one country the same name or alias", () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const o of officials) {
      const own = new Set([o.name, ...o.aliases].map(key));
      for (const k of own) {
        const slot = `${o.country}|${k}`;
        const other = seen.get(slot);
        if (other !== undefined && other !== o.id) clashes.push(`${slot}: ${other} / ${o.id}`);
        else seen.set(slot, o.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("does not repeat the name among an official's aliases", () => {
    const bad = officials.filter((o) => o.aliases.includes(o.name)).map((o) => o.id);
    expect(bad).toEqual([]);
  });

  it("is ordered by country code", () => {
    const countries = officials.map((o) => o.country);
    expect(countries).toEqual([...countries].sort());
  });

  it("has a serving head of state or government for every G20 member", () => {
    const missing = G20.filter(
      (c) =>
        !officials.some(
          (o) =>
            o.country === c &&
            o.offices.some(
              (f) =>
                (f.role === "head-of-state" || f.role === "head-of-government") &&
                f.to === undefined,
            ),
        ),
    );
    expect(missing).toEqual([]);
  });

  it("has a serving foreign minister for every G20 member and both Koreas", () => {
    const missing = [...G20, "PRK"].filter(
      (c) =>
        !officials.some(
          (o) =>
            o.country === c &&
            o.offices.some((f) => f.role === "foreign-minister" && f.to === undefined),
        ),
    );
    expect(missing).toEqual([]);
  });
});
