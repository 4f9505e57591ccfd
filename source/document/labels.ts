import type { Localized } from "../note/schema.ts";
import { type Language, localize } from "./language.ts";

/** The words briefing itself writes around a note's content, in both languages. */
export const labels = {
	thesis: { en: "Thesis", zh: "核心观点" },
	breakdown: { en: "Breakdown", zh: "分析框架" },
	figures: { en: "Key numbers", zh: "关键数据" },
	risks: { en: "Risks", zh: "风险提示" },
	analysts: { en: "Analysts and contacts", zh: "分析师与联系方式" },
	source: { en: "Source", zh: "来源" },
	focus: { en: "Focus areas", zh: "关注重点" },
	figure: { en: "Figure", zh: "指标" },
	value: { en: "Value", zh: "数值" },
	period: { en: "Period", zh: "期间" },
	change: { en: "Change", zh: "变化" },
	attribution: { en: "Source", zh: "出处" },
	contacts: { en: "Research portals", zh: "研究门户" },
	access: { en: "Access", zh: "访问权限" },
	broker: { en: "Broker", zh: "机构" },
	sector: { en: "Sector", zh: "行业" },
	reportDate: { en: "Report date", zh: "报告日期" },
	repostDate: { en: "Reposted", zh: "转载日期" },
	channel: { en: "Channel", zh: "渠道" },
	compiledBy: { en: "Compiled by", zh: "整理" },
	excerptOf: { en: "Text", zh: "原文" },
	address: { en: "Address", zh: "网址" },
	related: { en: "Related reports", zh: "相关研报" },
	disclaimer: { en: "Disclaimer", zh: "免责声明" },
	companies: { en: "Companies", zh: "公司" },
	company: { en: "Company", zh: "公司" },
	ticker: { en: "Ticker", zh: "代码" },
	rating: { en: "Rating", zh: "评级" },
	targetPrice: { en: "Target price", zh: "目标价" },
	yoy: { en: "yoy", zh: "同比" },
	qoq: { en: "qoq", zh: "环比" },
	mom: { en: "mom", zh: "环比(月)" },
	vs: { en: "vs", zh: "较" },
	broker_attribution: { en: "Broker", zh: "券商" },
	press: { en: "Press report", zh: "媒体报道" },
	filings: { en: "Company filings", zh: "公司财报" },
	"earnings-call": { en: "Earnings call", zh: "财报电话会" },
	data: { en: "Data provider", zh: "数据机构" },
	other: { en: "Other", zh: "其他" },
	estimate: { en: "est.", zh: "预测" },
	logScale: { en: "log scale", zh: "对数刻度" },
	noThesis: { en: "The note states no thesis.", zh: "本文未列出核心观点。" },
	noBreakdown: { en: "The note gives no breakdown.", zh: "本文未列出分析框架。" },
	noFigures: { en: "The note states no key numbers.", zh: "本文未列出关键数据。" },
	noRisks: { en: "The note names no risks.", zh: "本文未列出风险提示。" },
	noAnalysts: { en: "The note names no analysts or contacts.", zh: "本文未列出分析师与联系方式。" },
	noSource: { en: "The note gives no source or disclaimer.", zh: "本文未注明来源与免责声明。" },
	noEnglish: {
		en: "This note has no English text; it is shown in Chinese as written.",
		zh: "本文没有英文版本,按中文原文显示。",
	},
} satisfies Record<string, Required<Localized>>;

/** The name of one of briefing's own labels. */
export type LabelName = keyof typeof labels;

/** Returns one of briefing's own words in a language. */
export function label(name: LabelName, language: Language): string {
	return localize(labels[name], language);
}
