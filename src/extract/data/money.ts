/**
 * The sign before an amount of money: "US$30 billion", "A$150 million", "$5 million",
 * "£50 million". A regular expression source; the amount's number follows it.
 */
export const CURRENCY_SIGN = String.raw`(?:\b(?:US|A|NZ|C|HK|S)\$|\$|£|€|¥)`;
