// Writes N synthetic, schema-valid notes for tests and benchmarks: mixed Chinese and English, varied
// brokers, sectors, dates and lengths, the same for the same N and seed.
// Usage: node scripts/generate-notes.js N FOLDER [--seed S]
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

const { positionals, values } = parseArgs({
	allowPositionals: true,
	options: { seed: { type: "string", default: "1" } },
});
const [countText, folder] = positionals;
if (countText === undefined || folder === undefined) {
	console.error("usage: node scripts/generate-notes.js N FOLDER [--seed S]");
	process.exit(2);
}

/** Returns a small, fast, seeded pseudo-random generator (mulberry32) of numbers in [0, 1). */
function random(seed) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const next = random(Number(values.seed));
const pick = (list) => list[Math.floor(next() * list.length)];
const brokers = [
	["华泰证券", "Huatai Securities"],
	["中信证券", "CITIC Securities"],
	["国泰君安", "Guotai Junan"],
	["招商证券", "China Merchants Securities"],
	["Example Research", "Example Research"],
];
const sectors = [
	["计算机", "Computers"],
	["电子", "Electronics"],
	["通信", "Telecoms"],
	["医药", "Healthcare"],
	["银行", "Banks"],
	["汽车", "Autos"],
];
const companies = [
	["微软", "Microsoft", "MSFT"],
	["英伟达", "NVIDIA", "NVDA"],
	["腾讯", "Tencent", "0700.HK"],
	["比亚迪", "BYD", "002594.SZ"],
	["宁德时代", "CATL", "300750.SZ"],
	["招商银行", "China Merchants Bank", "600036.SH"],
];
const zhPhrases = [
	"算力需求持续增长",
	"模型能力进一步提升",
	"资本开支同比增长",
	"应用商业化或加速",
	"行业景气度有望提升",
	"盈利能力改善",
	"订单饱满",
	"估值具备吸引力",
];
const enPhrases = [
	"compute demand keeps growing",
	"model capability improves further",
	"capex rises year on year",
	"commercialisation may accelerate",
	"the sector's prospects may improve",
	"profitability improves",
	"order books are full",
	"valuations look attractive",
];

function sentence(count) {
	const zh = Array.from({ length: count }, () => pick(zhPhrases)).join(",");
	const en = Array.from({ length: count }, () => pick(enPhrases)).join(", ");
	return { zh: `${zh}。`, en: `${en[0].toUpperCase()}${en.slice(1)}.` };
}

function note(index) {
	const [brokerZh, brokerEn] = pick(brokers);
	const [sectorZh, sectorEn] = pick(sectors);
	const [companyZh, companyEn, ticker] = pick(companies);
	const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(next() * 6 * 365) * 86_400_000)
		.toISOString()
		.slice(0, 10);
	const length = 1 + Math.floor(next() * 6);
	const english = next() < 0.3;
	const pillars = ["demand", "supply", "margins"].map((id) => ({
		id,
		title: { zh: `${id}端`, en: id },
		headline: sentence(1),
		body: sentence(length * 3),
	}));
	const figures = Array.from({ length: 1 + Math.floor(next() * 8) }, (_, figure) => {
		const value = Math.round(next() * 10_000) / 10;
		const growth = Math.round(next() * 200) - 50;
		return {
			id: `figure-${figure}`,
			label: { zh: `${companyZh}指标${figure}`, en: `${companyEn} metric ${figure}` },
			value: value * 1e8,
			unit: "CNY",
			display: { zh: `${value}亿元`, en: `CNY ${Math.round(value * 10) / 100}B` },
			period: `${day.slice(2, 4)}Q${1 + (figure % 4)}`,
			change: { value: growth, unit: "%", basis: figure % 2 === 0 ? "yoy" : "qoq" },
			attribution: { kind: "broker" },
			pillar: pick(pillars).id,
			quote: `${companyZh}指标${figure}为${value}亿元,同比${growth}%`,
		};
	});
	return {
		id: `synthetic-${String(index).padStart(6, "0")}`,
		language: english ? "en" : "zh",
		title: { zh: `${companyZh}:${pick(zhPhrases)}`, en: `${companyEn}: ${pick(enPhrases)}` },
		broker: { zh: brokerZh, en: brokerEn },
		sector: { zh: sectorZh, en: sectorEn },
		reportDate: day,
		source: { channel: { zh: "合成数据", en: "Synthetic data" } },
		companies: [{ name: { zh: companyZh, en: companyEn }, tickers: [ticker] }],
		thesis: { headline: sentence(1), summary: sentence(length * 2), points: [sentence(1), sentence(1)] },
		breakdown: pillars,
		figures,
		risks: [{ title: sentence(1), body: sentence(2) }],
		analysts: [
			{
				name: { zh: "示例分析师", en: "Sample Analyst" },
				role: { zh: "分析师", en: "Analyst" },
				registrations: [],
			},
		],
		contacts: [],
		related: [],
		disclaimer: { zh: "本数据为合成数据,仅供测试。", en: "Synthetic data, for tests only." },
	};
}

mkdirSync(folder, { recursive: true });
const count = Number(countText);
for (let index = 0; index < count; index += 1) {
	const value = note(index);
	writeFileSync(path.join(folder, `${value.id}.json`), JSON.stringify(value));
}
console.error(`wrote ${count} notes to ${folder}`);
