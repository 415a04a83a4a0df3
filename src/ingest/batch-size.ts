/**
 * Articles per transaction unless the caller says otherwise. Its own module, free of
 * imports, so that the CLI can show it in `ingest --help` without loading the loader.
 */
export const DEFAULT_BATCH_SIZE = 50;
