import { describe, expect, it } from "vitest";
import type { Block } from "../../source/document/blocks.ts";
import { blockLines, blocksLines, sectionLines } from "../../source/layout/block-lines.ts";
import { type Line, plain } from "../../source/layout/line.ts";
import { textWidth } from "../../source/text/width.ts";

const text = (lines: readonly Line[]) => lines.map(plain);
const withoutSpace = (value: string) => value.replace(/\s/gu, "");

const paragraph =
	"微软发布了自研大模型MAI-1，参数规模约5000亿（约500B parameters），我们认为这标志着其在模型端的布局进一步深化，" +
	"GitHub Copilot付费用户已超过130万。";

const chart: Extract<Block, { kind: "chart" }> = {
	kind: "chart",
	title: "各项指标规模（对数刻度）",
	scale: "log",
	unit: "",
	bars: [
		{ label: "MAI-1参数规模（亿）", value: 5e11, display: "约5000亿" },
		{ label: "Copilot付费用户", value: 1.3e6, display: "超130万" },
		{ label: "Azure AI客户", value: 53_000, display: "5.3万" },
	],
};

const link: Extract<Block, { kind: "link" }> = {
	kind: "link",
	label: "华泰证券研究门户 / Huatai research portal",
	url: `https://research.example.com/${"a".repeat(120)}?q=1`,
	note: "访问权限：仅限境内机构客户 / Access: domestic institutional clients only",
};

const fieldRows = [
	{ label: "SAC执业证书编号", value: "S0570519110003" },
	{ label: "机构", value: "华泰证券研究所 / Huatai Securities Research, 一家很长很长的机构名称用于测试换行" },
];

// A long address, and fields of a row and a row holding that address, laid out at a width.
const longUrl = `https://www.example.com/report/${"b".repeat(60)}`;
const withAddress = (first: { label: string; value: string }, width: number) =>
	blockLines({ kind: "fields", rows: [first, { label: "Address", value: longUrl, url: longUrl }] }, width);

const blocks: Record<Block["kind"], Block> = {
	heading: {
		kind: "heading",
		level: 1,
		text: "模型端：自研MAI-1大模型，参数规模约5000亿 / Model: in-house MAI-1",
	},
	paragraph: { kind: "paragraph", text: paragraph },
	list: {
		kind: "list",
		ordered: true,
		items: Array.from(
			{ length: 11 },
			(_, index) => `${index + 1}号要点：${paragraph.slice(0, 20 + index * 3)}`,
		),
	},
	table: {
		kind: "table",
		columns: ["指标", "数值", "期间", "变化", "出处"],
		rows: [
			["GitHub Copilot付费用户", "超130万", "CY24Q1", "同比+30%", "公司财报"],
			["MAI-1参数", "约5000亿", "", "", "The Information"],
		],
	},
	chart,
	fields: { kind: "fields", rows: fieldRows },
	link,
};

describe("blockLines: width", () => {
	for (const width of [40, 100]) {
		for (const [kind, block] of Object.entries(blocks)) {
			it(`keeps a ${kind} block within ${width} columns`, () => {
				const lines = text(blockLines(block, width));
				expect(lines.length).toBeGreaterThan(0);
				for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(width);
			});
		}
	}

	it("keeps a chart within the width when its values are written long", () => {
		const chart: Block = {
			kind: "chart",
			title: "变化 / Change",
			scale: "linear",
			unit: "pct-pt",
			bars: [
				{ label: "Azure AI客户占比 / share", value: 26, display: "较23Q4+26pct / +26 pct-pt vs 23Q4" },
				{ label: "Copilot", value: 35, display: "同比+35% / +35% yoy" },
			],
		};
		for (const line of text(blockLines(chart, 40))) expect(textWidth(line)).toBeLessThanOrEqual(40);
	});
});

describe("blockLines: content", () => {
	it("wraps a paragraph without losing text", () => {
		const lines = text(blockLines(blocks.paragraph, 40));
		expect(lines.length).toBeGreaterThan(1);
		expect(withoutSpace(lines.join(""))).toBe(withoutSpace(paragraph));
	});

	it("gives headings their tone by level", () => {
		expect(blockLines({ kind: "heading", level: 1, text: "A" }, 40)).toEqual([
			[{ text: "A", tone: "heading" }],
		]);
		expect(blockLines({ kind: "heading", level: 2, text: "B" }, 40)).toEqual([
			[{ text: "B", tone: "subheading" }],
		]);
	});

	it("numbers an ordered list with right-aligned numbers and hangs wrapped lines under the text", () => {
		const lines = text(blockLines(blocks.list, 40));
		expect(lines[0]?.startsWith(" 1. 1号要点")).toBe(true);
		expect(lines.some((line) => line.startsWith("11. 11号要点"))).toBe(true);
		for (const line of lines) expect(line).toMatch(/^(?:[ \d]\d\. | {4})\S/u);
	});

	it("bullets an unordered list", () => {
		expect(text(blockLines({ kind: "list", ordered: false, items: ["一", "two"] }, 40))).toEqual([
			"• 一",
			"• two",
		]);
	});

	it("draws a chart with a bar per figure, the longest filling the room", () => {
		const lines = blockLines(chart, 100);
		expect(plain(lines[0] ?? [])).toBe("各项指标规模（对数刻度）");
		const bars = lines.slice(1);
		expect(bars).toHaveLength(3);
		const lengths = bars.map((line) => line.find((span) => span.tone === "bar")?.text.length ?? 0);
		expect(lengths[0]).toBeGreaterThan(lengths[1] ?? 0);
		expect(lengths[1]).toBeGreaterThan(lengths[2] ?? 0);
		for (const [index, line] of bars.entries()) {
			expect(plain(line).endsWith(chart.bars[index]?.display ?? "")).toBe(true);
		}
		// The first bar ends where the display column starts: every line is as wide as the widest.
		expect(textWidth(plain(bars[0] ?? []))).toBe(Math.max(...bars.map((line) => textWidth(plain(line)))));
	});

	it("lays out fields as a label column with wrapped values hanging under the value", () => {
		const lines = text(blockLines(blocks.fields, 60));
		// The label column fits the longest label and a gap: a third of 60 columns holds it.
		expect(lines[0]).toBe("SAC执业证书编号  S0570519110003");
		expect(lines[1]?.startsWith("机构             华泰证券")).toBe(true);
		expect(lines.length).toBeGreaterThan(2);
		for (const line of lines.slice(2)) expect(line).toMatch(/^ {17}\S/u);
		expect(blockLines({ kind: "fields", rows: [] }, 40)).toEqual([]);
	});

	it("puts each label on its own line above its value where a third of the width cannot hold the labels", () => {
		for (const width of [40, 30, 20]) {
			const lines = text(blockLines(blocks.fields, width));
			// No label is cut: each is a line of its own, its value under it, two columns in.
			expect(lines[0], `${width}`).toBe("SAC执业证书编号");
			expect(lines[1], `${width}`).toBe("  S0570519110003");
			expect(lines[2], `${width}`).toBe("机构");
			for (const line of lines.slice(3)) expect(line, `${width}`).toMatch(/^ {2}\S/u);
			expect(withoutSpace(lines.slice(3).join("")), `${width}`).toBe(withoutSpace(fieldRows[1]?.value ?? ""));
			for (const line of lines) expect(textWidth(line), `${width}: ${line}`).toBeLessThanOrEqual(width);
			expect(lines.join("\n")).not.toContain("…");
		}
	});

	it("wraps a label wider than the whole width, and keeps an address on one line under its label", () => {
		const lines = withAddress(
			{ label: "报告日期 / Report date of the original research note", value: "2024-05-07" },
			20,
		);
		expect(text(lines)).toEqual([
			"报告日期 / Report",
			"date of the original",
			"research note",
			"  2024-05-07",
			"Address",
			`  ${longUrl.slice(0, 17)}…`,
		]);
		expect(lines.at(-1)?.at(-1)?.url).toBe(longUrl);
	});

	it("carries a link's URL on its label and prints the URL, never split, and the note under it", () => {
		const lines = blockLines(link, 40);
		expect(lines[0]?.[0]).toEqual({
			text: "华泰证券研究门户 / Huatai research",
			tone: "link",
			url: link.url,
		});
		// The address is one line, cut with … to the width, and links to the whole address.
		const addressLines = lines.filter((line) => plain(line).includes("research.example.com"));
		expect(addressLines).toHaveLength(1);
		const address = addressLines[0] ?? [];
		expect(plain(address)).toMatch(/^ {2}https:\/\/research\.example\.com\/a+…$/u);
		expect(textWidth(plain(address))).toBe(40);
		expect(address.at(-1)?.url).toBe(link.url);
		expect(text(lines).some((line) => line.includes("?q=1"))).toBe(false);
		expect(withoutSpace(text(lines).join(""))).toContain(withoutSpace(link.note ?? ""));
	});

	it("prints an address that fits whole, and a field holding an address on one line", () => {
		const short = { ...link, url: "https://example.com/research" };
		expect(text(blockLines(short, 40))).toContain("  https://example.com/research");
		const lines = withAddress({ label: "Broker", value: "Example" }, 50);
		expect(lines).toHaveLength(2);
		expect(plain(lines[1] ?? [])).toMatch(/^Address +https:\/\/www\.example\.com\/report\/b+…$/u);
		expect(lines[1]?.at(-1)?.url).toBe(longUrl);
		expect(textWidth(plain(lines[1] ?? []))).toBeLessThanOrEqual(50);
	});
});

describe("blocksLines and sectionLines", () => {
	it("puts a blank line between blocks, but none under a heading", () => {
		const lines = blocksLines(
			[
				{ kind: "heading", level: 2, text: "H" },
				{ kind: "paragraph", text: "one" },
				{ kind: "paragraph", text: "two" },
			],
			40,
		);
		expect(text(lines)).toEqual(["H", "one", "", "two"]);
	});

	it("starts a section with its title in capitals and a blank line", () => {
		const lines = sectionLines(
			{ id: "risks", title: "Risks", blocks: [{ kind: "paragraph", text: "x" }] },
			40,
		);
		expect(text(lines)).toEqual(["RISKS", "", "x"]);
		expect(lines[0]?.[0]?.tone).toBe("title");
	});
});
