/** The text `briefing --help` prints under the description. */
export const helpText = `
Usage
  $ briefing [FILE|DIR|-] [options]    read notes (the bundled notes when none is named)
  $ briefing schema                    print the note format as JSON Schema

  FILE is a note (.json), DIR a folder of notes, - reads one note from standard input.
  In a terminal, briefing opens an interactive reader; piped, or with --format, it prints.

Options
  --format text|markdown|json   print instead of opening the reader (text when piped)
  --section NAME                only these sections, repeatable or comma-separated:
                                thesis, breakdown, figures, risks, analysts, source
  --lang en|zh|both             language (default from LC_ALL, LC_MESSAGES, LANG)
  --width N                     wrap printed text at N columns (default $COLUMNS, else 80)
  --color, --no-color           force colour on or off (NO_COLOR is honoured)
  --debug                       show stack traces of internal errors
  --help                        show this help
  --version                     show the version

Examples
  $ briefing
  $ briefing | less -R
  $ briefing --format markdown --section thesis,figures > mai-1.md
  $ briefing --lang zh --width 60 --section risks
  $ cat note.json | briefing - --format json

Exit codes
  0 success · 2 bad command line · 65 invalid note · 66 file not found or unreadable
  70 internal error · 74 output could not be written
`;
