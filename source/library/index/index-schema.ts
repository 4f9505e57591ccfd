/** The index's format: a file of another format (or another program's database) is rebuilt. */
export const indexFormat = "briefing-library-index 5";

/**
 * The tables of the index. Note rows are keyed by file and kept small (a listing reads them all);
 * a note's lines, read only for the notes a search finds, and the full-text tables share its rowid.
 */
export const indexSchema = `
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE notes(
	rowid INTEGER PRIMARY KEY,
	root TEXT NOT NULL,
	path TEXT NOT NULL UNIQUE,
	size INTEGER NOT NULL,
	mtime REAL NOT NULL,
	hash TEXT NOT NULL,
	indexed REAL NOT NULL,
	head TEXT,
	error TEXT,
	error_kind TEXT
);
CREATE INDEX notes_root ON notes(root);
CREATE INDEX notes_hash ON notes(hash);
CREATE TABLE bodies(rowid INTEGER PRIMARY KEY, lines TEXT NOT NULL, figures TEXT NOT NULL);
CREATE VIRTUAL TABLE grams USING fts5(body, tokenize='trigram', content='', contentless_delete=1);
CREATE VIRTUAL TABLE chars USING fts5(body, tokenize='unicode61', content='', contentless_delete=1);
`;
