// `briefing import`'s bundle. scripts/build.js builds it apart from the rest of the CLI, so that the
// options and the importer load as one file rather than ten chunks shared with other commands (each
// file costs about half a millisecond to load). The small modules it shares with the rest are copied
// into it; an error it throws is still a BriefingError to the entry's error report (see there).
export { commandOptions } from "./command-options.ts";
export { runImport } from "./commands/import.ts";
