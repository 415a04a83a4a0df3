import { z } from "zod";

const isoDateOrDateTime = z
  .string()
  .trim()
  .regex(
    /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/,
    "expected an ISO date (YYYY-MM-DD) or date-time",
  )
  .refine((value) => isRealDay(value.slice(0, 10)), "not a calendar date")
  .transform((value) => value.slice(0, 10));

/** What a crawler knows of an article: the sidecar `NAME.meta.json` beside `NAME.txt`. */
export const articleMetaSchema = z.object({
  url: z.url().optional(),
  publisher: z.string().trim().min(1).optional(),
  publishedAt: isoDateOrDateTime.optional(),
  title: z.string().trim().min(1).optional(),
  author: z.string().trim().min(1).optional(),
});

export type ArticleMeta = z.infer<typeof articleMetaSchema>;

function isRealDay(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}
