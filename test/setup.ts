// Tests must not depend on the environment they are started from. `CI` (even empty) makes Ink draw
// only its last frame; colour and width variables change every renderer's output. Each test sets
// what it needs; this file removes the rest before any module under test is imported.
for (const name of [
	"CI",
	"CONTINUOUS_INTEGRATION",
	"NO_COLOR",
	"FORCE_COLOR",
	"COLUMNS",
	"LINES",
	"LC_ALL",
	"LC_MESSAGES",
	"TERM_PROGRAM",
	"FORCE_HYPERLINK",
]) {
	delete process.env[name];
}
process.env.LANG = "en_US.UTF-8";
process.env.FORCE_COLOR = "0";
