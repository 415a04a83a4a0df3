import { type IncomingMessage, type ServerResponse } from "node:http";
import { join } from "node:path";
import { serveStatic } from "./static-files.js";

/**
 * The npm packages whose browser builds the dashboard loads. Only these are served,
 * so `/vendor/` cannot be used to read the rest of node_modules.
 */
export const VENDOR_PACKAGES = ["vis-timeline", "vis-network"] as const;

const PREFIX = "/vendor/";
const ONE_DAY = 86_400;

/**
 * Serves `/vendor/<package>/<path>` from `<nodeModulesRoot>/<package>/<path>` for the
 * packages of {@link VENDOR_PACKAGES}: the dashboard's libraries come from the
 * installed packages, never from a CDN. Returns false for any other path.
 */
export async function serveVendorFile({
  nodeModulesRoot,
  req,
  res,
}: {
  nodeModulesRoot: string;
  req: IncomingMessage;
  res: ServerResponse;
}): Promise<boolean> {
  const pathname = new URL(req.url ?? "/", "http://localhost").pathname;
  if (!pathname.startsWith(PREFIX)) return false;
  const [name, ...rest] = pathname.slice(PREFIX.length).split("/");
  const known = VENDOR_PACKAGES.find((p) => p === name);
  if (known === undefined || rest.length === 0) return false;
  return serveStatic({
    root: join(nodeModulesRoot, known),
    pathname: `/${rest.join("/")}`,
    req,
    res,
    maxAgeSeconds: ONE_DAY,
  });
}
