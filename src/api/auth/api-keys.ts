import { createHash, timingSafeEqual } from "node:crypto";
import { type ApiKey, type ApiRole } from "../../config.js";

/** Who sent a request: nobody (no key), a configured key's role, or a key we do not know. */
export type Principal =
  { kind: "anonymous" } | { kind: "key"; role: ApiRole } | { kind: "invalid" };

/** Request headers as Node gives them. */
export type RequestHeaders = Record<string, string | string[] | undefined>;

/**
 * Finds the key a request presents (`Authorization: Bearer KEY` or `X-API-Key: KEY`)
 * among the configured ones. Every configured key is compared, in constant time over
 * SHA-256 digests (equal lengths, no early exit), so that timing tells nothing about
 * which key or how much of it matched. The key itself is never kept or logged.
 */
export function authenticate(keys: readonly ApiKey[], headers: RequestHeaders = {}): Principal {
  const presented = presentedKey(headers);
  if (presented === undefined) return { kind: "anonymous" };
  const digest = sha256(presented);
  let role: ApiRole | undefined;
  for (const key of keys) {
    if (timingSafeEqual(digest, sha256(key.key)) && role !== "ingest") role = key.role;
  }
  return role === undefined ? { kind: "invalid" } : { kind: "key", role };
}

/** `ingest` keys may also read. */
export function hasRole(principal: Principal, role: ApiRole): boolean {
  return principal.kind === "key" && (principal.role === role || principal.role === "ingest");
}

function presentedKey(headers: RequestHeaders): string | undefined {
  const single = (name: string): string | undefined => {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const authorization = single("authorization");
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    return match?.[1] ?? "";
  }
  return single("x-api-key");
}

function sha256(value: string): Buffer {
  return createHash("sha256").update(value, "utf8").digest();
}
