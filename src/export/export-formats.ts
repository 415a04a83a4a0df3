/**
 * The formats `diplograph export` writes. Its own module, free of imports, so that the
 * CLI can list them in `export --help` without loading the writers.
 */
export const EXPORT_FORMATS = ["csv", "graphml", "jsonld"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
