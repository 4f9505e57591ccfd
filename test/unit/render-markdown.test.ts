import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { sectionIds } from "../../source/document/blocks.ts";
import { buildDocument } from "../../source/document/build-document.ts";
import { noteSchema } from "../../source/note/schema.ts";
import { escapeMarkdown, renderMarkdown } from "../../source/render/render-markdown.ts";
import { minimalNote, setAt } from "./note-fixture.ts";

// Every line-start marker that opens a Markdown block, as a note's text might hold it.
const markers = [
	"~~~",
	"```",
	"~~~ts",
	"# not a heading",
	"> not a quote",
	"- not a list",
	"* not a list",
	"+ not a list",
	"1. not a list",
	"2) not a list",
	"| not | a table |",
	"---",
	"-- -",
	"--- -",
	"-  -  -",
	"===",
	"___",
	"***",
	"    not code",
	"\tnot code",
	"<div>not html</div>",
	"<!-- not a comment -->",
];

/** The minimal note with every marker in its text fields: on lines of their own, and as whole items. */
function noteWithMarkers(text: (marker: string) => string) {
	const note = minimalNote();
	const lines = `Widget orders grew.\n${markers.map(text).join("\n")}\nThe end.`;
	for (const path of [
		["thesis", "summary"],
		["thesis", "headline"],
		["breakdown", 0, "body"],
		["risks", 0, "title"],
		["disclaimer"],
	] as const)
		setAt(note, path, { en: lines });
	setAt(
		note,
		["thesis", "points"],
		markers.map((marker) => ({ en: text(marker) })),
	);
	return noteSchema.parse(note);
}

const html = (note: ReturnType<typeof noteWithMarkers>) =>
	marked.parse(
		renderMarkdown([buildDocument(note, { language: "en", sections: sectionIds, detail: "full" })]),
		{
			async: false,
		},
	);

// How many of each block a Markdown rendering opens.
function blockCounts(rendered: string): Record<string, number> {
	const tags = [
		"pre",
		"code",
		"ul",
		"ol",
		"li",
		"h1",
		"h2",
		"h3",
		"h4",
		"h5",
		"h6",
		"blockquote",
		"hr",
		"table",
		"tr",
		"div",
		"del",
	];
	return Object.fromEntries(tags.map((tag) => [tag, rendered.split(`<${tag}`).length - 1]));
}

describe("Markdown of note text", () => {
	it("opens no block that the note's text does not ask for: the same blocks as plain words", () => {
		const marked = html(noteWithMarkers((marker) => marker));
		const plain = html(
			noteWithMarkers((marker) => `plain ${marker.replace(/[^a-z ]/gu, "").trim() || "words"}`),
		);
		expect(blockCounts(marked)).toEqual(blockCounts(plain));
		// One fenced block, the chart's, in both.
		expect(blockCounts(marked).pre).toBe(1);
		expect(marked).not.toContain("<!--");
	});

	it("prints each marker as written", () => {
		const rendered = html(noteWithMarkers((marker) => marker));
		const text = rendered
			.replace(/<[^>]+>/gu, "")
			.replace(/&lt;/gu, "<")
			.replace(/&gt;/gu, ">")
			.replace(/&quot;/gu, '"')
			.replace(/&#39;/gu, "'")
			.replace(/&amp;/gu, "&");
		for (const marker of markers) expect(text, marker).toContain(marker.trim());
	});

	it("prints an entity reference as written, not as the character it names", () => {
		const written = "R&amp;D &copy; &#169; &#xA9; AT&T & co";
		const rendered = marked.parseInline(escapeMarkdown(written), { async: false });
		// The HTML as a browser shows it (its entities decoded once) is the note's text.
		const named: Record<string, string> = { amp: "&", copy: "©" };
		const shown = rendered.replace(/&(#x[\da-f]+|#\d+|\w+);/giu, (_, name: string) =>
			name.startsWith("#")
				? String.fromCodePoint(Number(name.replace(/^#x/iu, "0x").replace(/^#/u, "")))
				: (named[name] ?? `&${name};`),
		);
		expect(shown).toBe(written);
		expect(escapeMarkdown("AT&T & co")).toBe("AT&T & co");
	});

	it("escapes a marker at a line start, and only there, except the marks that are marks anywhere", () => {
		expect(escapeMarkdown("a\n- b\n1. c\n+\n---\n==")).toBe("a\n\\- b\n1\\. c\n\\+\n\\---\n\\==");
		expect(escapeMarkdown("-5% to 1.5\n52.6 CNY\n+3%\n-")).toBe("-5% to 1.5\n52.6 CNY\n+3%\n\\-");
		expect(escapeMarkdown("~~struck~~")).toBe("\\~\\~struck\\~\\~");
		expect(escapeMarkdown("    indented\n\tcode")).toBe("indented\ncode");
	});

	it("escapes a rule written with spaces between its dashes, which is a rule too", () => {
		expect(escapeMarkdown("a\n-- -\n--- -\n--\t-")).toBe("a\n\\-- -\n\\--- -\n\\--\t-");
	});
});

describe("Markdown of a chart", () => {
	it("keeps a chart's title and labels inside its code block whatever backticks they hold", () => {
		const note = minimalNote();
		setAt(note, ["charts", 0, "title"], { en: "```\n# not a heading" });
		setAt(note, ["figures", 0, "label"], { en: "Orders ```` and `` ticks" });
		const rendered = html(noteSchema.parse(note) as ReturnType<typeof noteWithMarkers>);
		expect(blockCounts(rendered).pre).toBe(1);
		expect(blockCounts(rendered).h1).toBe(1);
		const code = /<pre><code[^>]*>([\s\S]*?)<\/code><\/pre>/u.exec(rendered)?.[1] ?? "";
		expect(code).toContain("# not a heading");
		expect(code).toContain("Orders ```` and `` ticks");
	});
});

describe("Markdown of a research portal", () => {
	it("links to an address that ends in a backslash, the address as written", () => {
		const note = minimalNote();
		setAt(note, ["contacts"], [{ name: { en: "Portal" }, url: "https://example.com/research\\" }]);
		const markdown = renderMarkdown([
			buildDocument(noteSchema.parse(note), { language: "en", sections: ["analysts"], detail: "full" }),
		]);
		// CommonMark reads \\) as a ")" of the address, which would leave the link open; \\\\ is one backslash.
		expect(markdown).toContain("- [Portal](https://example.com/research\\\\)");
		expect(marked.parse(markdown, { async: false })).toContain(
			'<a href="https://example.com/research%5C">Portal</a>',
		);
	});
});

describe("Markdown headings of note text", () => {
	it("hold the whole text of a title or heading that breaks lines, on the heading's one line", () => {
		const note = minimalNote();
		setAt(note, ["title"], { en: "Widgets:\ndemand holds up" });
		setAt(note, ["thesis", "headline"], { en: "Orders\n# keep growing" });
		setAt(note, ["risks", 0, "title"], { en: "Demand\nmay slow" });
		const rendered = html(noteSchema.parse(note) as ReturnType<typeof noteWithMarkers>);
		expect(rendered).toContain("<h1>Widgets: demand holds up</h1>");
		expect(rendered).toContain("<h3>Orders # keep growing</h3>");
		expect(rendered).toContain("<h4>1. Demand may slow</h4>");
	});
});
