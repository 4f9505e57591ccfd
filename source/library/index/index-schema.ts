/** The index's format: a file of another format (or another program's database) is rebuilt. */
export const indexFormat = "briefing-library-index 11";

/**
 * The tables of the index. Note rows are keyed by file and kept small, with what a listing sorts and
 * overrides by (report date, "" when it has none; id) in columns of their own, and an index in the
 * library's order (newest first, then by id) that holds what a listing reads (root, path, head, and
 * the line `briefing list` prints in English and in Chinese, but for its file), so a window of the
 * list is read without the rest, and the whole list in one walk of the index; a note's lines, read only for the notes a
 * search finds, and the full-text tables share its rowid. The full-text tables keep no positions
 * (detail=none): they only narrow the notes whose lines are checked, and without positions their
 * lists of notes per token stay short. `folders` holds each folder's mtime as last seen, so a folder
 * whose mtime has not changed is not read again; `roots` the places notes came from; `duplicates`
 * the ids that more than one note file holds. `filters` holds each valid note's fields as a filter
 * compares them, already folded (see filterKey), and `cells` the list's cells an order sorts by, in
 * both languages: small rows that a filter or an order scans without reading a note's head. The
 * index notes_rank walks the library's order without the heads notes_order holds: it is of the rows
 * with an id, which are the valid notes (a file that is not a note has neither id nor head).
 */
export const indexSchema = `
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE roots(path TEXT PRIMARY KEY);
CREATE TABLE folders(path TEXT PRIMARY KEY, root TEXT NOT NULL, mtime REAL NOT NULL, checked REAL NOT NULL);
CREATE INDEX folders_root ON folders(root);
CREATE TABLE notes(
	rowid INTEGER PRIMARY KEY,
	root TEXT NOT NULL,
	folder TEXT NOT NULL,
	path TEXT NOT NULL UNIQUE,
	size INTEGER NOT NULL,
	mtime REAL NOT NULL,
	hash TEXT NOT NULL,
	indexed REAL NOT NULL,
	id TEXT,
	report_date TEXT NOT NULL,
	length INTEGER,
	head TEXT,
	line_en TEXT,
	line_zh TEXT,
	error TEXT,
	error_kind TEXT
);
CREATE INDEX notes_root ON notes(root, path);
CREATE INDEX notes_folder ON notes(folder);
CREATE INDEX notes_hash ON notes(hash);
CREATE INDEX notes_id ON notes(id);
CREATE INDEX notes_order ON notes(report_date DESC, id, root, path, head, line_en, line_zh) WHERE head IS NOT NULL;
CREATE INDEX notes_bad ON notes(root) WHERE head IS NULL;
CREATE INDEX notes_valid ON notes(root) WHERE head IS NOT NULL;
CREATE INDEX notes_rank ON notes(report_date DESC, id, root) WHERE id IS NOT NULL;
CREATE TABLE filters(rowid INTEGER PRIMARY KEY, report_date TEXT NOT NULL, broker TEXT NOT NULL, sector TEXT NOT NULL, tickers TEXT NOT NULL, words TEXT NOT NULL);
CREATE TABLE cells(rowid INTEGER PRIMARY KEY, broker_zh TEXT, broker_en TEXT, sector_zh TEXT, sector_en TEXT, title_zh TEXT, title_en TEXT);
CREATE TABLE duplicates(id TEXT PRIMARY KEY);
CREATE TABLE bodies(rowid INTEGER PRIMARY KEY, lines TEXT NOT NULL, figures TEXT NOT NULL);
CREATE VIRTUAL TABLE grams USING fts5(body, tokenize='trigram', content='', contentless_delete=1, detail=none);
CREATE VIRTUAL TABLE chars USING fts5(body, tokenize='unicode61', content='', contentless_delete=1, detail=none);
`;
