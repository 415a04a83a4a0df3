#!/usr/bin/env node
// The installed entry point: runs the TypeScript CLI through tsx's loader, so that
// `npx diplograph` works from a checkout without a separate build step.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");
