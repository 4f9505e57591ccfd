/** The text `briefing --help` prints under the description. */
export const helpText = `
Usage
  $ briefing [FILE|DIR|-]… [options]   read notes (the bundled notes when none is named)
  $ briefing list [FILE|DIR]…          list the library: date, broker, sector, title, tickers
  $ briefing search QUERY [FILE|DIR]…  print every matching line as  note id · section · line
  $ briefing digest [FILE|DIR]…        each note in brief, newest first, under a count and dates
  $ briefing index [FILE|DIR]…         bring the library index up to date (--status tells its
                                       state, --rebuild makes it anew)
  $ briefing validate FILE…            check notes; one line per problem (exit 0 when all are valid)
  $ briefing import FILE|- [-o NOTE]   draft a note from a broker's PDF or raw text (a WeChat repost,
                                       a PDF's first page); a report goes to stderr
  $ briefing import FILE… -o FOLDER    draft each into FOLDER as ID.json
  $ briefing schema                    print the note format as JSON Schema

  FILE is a note (.json), DIR a folder of notes (read with its subfolders), - reads one note from
  standard input. Named files and folders replace the bundled notes. The folders in BRIEFING_PATH
  (colon-separated) and --dir are added to the library; a later note replaces an earlier one with
  the same id. In a terminal, briefing opens an interactive reader (a library list when there are
  several notes); piped, or with --format, it prints. list, search and the reader's library read
  an index kept in $XDG_CACHE_HOME/briefing (~/.cache/briefing; BRIEFING_CACHE overrides;
  BRIEFING_SQLITE=native or wasm picks its SQLite build).
  Piped (or --format text), list prints a tab-separated line per note (date, id, broker, sector,
  title, tickers, path) and search one per hit (id, path, section, line), for cut, awk and fzf.

Options
  --format text|markdown|json   print instead of opening the reader (text when piped)
  --brief                       each note in at most 20 lines: title, facts, thesis headline,
                                focus areas, key numbers, risks, analysts, address
  --section NAME                only these sections, repeatable or comma-separated:
                                thesis, breakdown, figures, risks, analysts, source (when
                                reading notes; with list, search or index a usage error)
  --lang en|zh|both             language (default from LC_ALL, LC_MESSAGES, LANG)
  --width N                     wrap printed text at N columns (default $COLUMNS, else 80)
  --color, --no-color           force colour on or off (NO_COLOR is honoured)
  --no-mouse                    the reader leaves the mouse to the terminal (its own selection)
  --dir DIR                     add a folder of notes to the library (repeatable)
  --strict                      a bad file in a folder is an error (exit 65), not a warning
  --broker, --sector, --ticker TEXT   only notes whose broker, sector or ticker contains TEXT
  --since, --until WHEN         only notes dated from / up to WHEN: YYYY, YYYY-MM, YYYY-MM-DD,
                                today, yesterday, Nd or Nw (N days or weeks ago, local time)
  -o, --output NOTE|FOLDER      import: write the note to NOTE (into FOLDER as ID.json) instead
                                of printing it
  --force                       import: replace NOTE if it exists
  --figures                     search: the key figures (label, value, unit, period, source)
  --rebuild, --status           index: make the index anew / print its notes, size and last update
  --debug                       show stack traces of internal errors
  --help                        show this help
  --version                     show the version

  A flag may be given once; only --section and --dir repeat. A flag given twice (--lang en
  --lang zh) is a usage error, exit 2.

Examples
  $ briefing
  $ briefing | less -R
  $ briefing --format markdown --section thesis,figures > mai-1.md
  $ briefing --lang zh --width 60 --section risks
  $ cat note.json | briefing - --format json
  $ briefing list --dir ~/notes --broker 华泰 --since 2024
  $ briefing search "算力 capex" --dir ~/notes
  $ briefing --brief --format markdown
  $ briefing digest --since yesterday --format markdown | mail -s notes me@example.com
  $ briefing import repost.txt -o ~/notes/repost.json && briefing ~/notes/repost.json
  $ briefing import note.pdf -o ~/notes/note.json && briefing ~/notes/note.json
  $ briefing import ~/Downloads/*.pdf -o ~/notes/

Exit codes
  0 success · 1 search found nothing, or no note passed the filters (a digest's window is empty)
  2 bad command line · 65 invalid or too large note or text to import
  66 file not found or unreadable · 70 internal error
  73 output file exists (without --force) or cannot be created
  74 output could not be written whole (a full disk)
`;
