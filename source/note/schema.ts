import { z } from "zod";

/**
 * Text a reader sees, in Chinese, English or both. A user's note may leave one language out;
 * the bundled notes carry both, the English a faithful translation of the Chinese.
 */
export const localizedSchema = z
	.strictObject({
		zh: z.string().min(1).optional().describe("The text in Chinese, as the note wrote it."),
		en: z.string().min(1).optional().describe("The text in English."),
	})
	.refine((text) => text.zh !== undefined || text.en !== undefined, {
		message: "expected at least one of zh or en",
	})
	.describe("Reader-facing text in one or both languages.");

const isoDate = z.iso.date().describe("A calendar date, YYYY-MM-DD.");
const identifier = z
	.string()
	.regex(/^[a-z0-9][a-z0-9._-]*$/, "expected lower-case letters, digits, '.', '_' or '-'")
	.max(120);

/** A range the note gives instead of one value: 3.10-3.85亿元 is low 310000000, high 385000000. */
export const rangeSchema = z
	.strictObject({
		low: z.number().describe("The low end, in the same units as a value."),
		high: z.number().describe("The high end, in the same units as a value."),
	})
	.refine((range) => range.low <= range.high, { message: "expected low to be at most high", path: ["high"] })
	.describe("A range: the note states both ends, and the value lies between them.");

const oneOfValueOrRange = {
	message: "expected exactly one of `value` and `range`",
	path: ["value"],
};
const hasOneOfValueOrRange = (item: { value?: number | undefined; range?: unknown }) =>
	(item.value === undefined) !== (item.range === undefined);

/** How a figure changed, as the note states it: +35% yoy, +38% qoq, +26 pct-pt against 23Q4, +80%~+120% yoy. */
export const changeSchema = z
	.strictObject({
		value: z.number().optional().describe("The size of the change: 35 for +35%, -2.5 for a fall of 2.5."),
		range: rangeSchema.optional().describe("A change the note gives as a range: 同比增长80%-120%."),
		unit: z.enum(["%", "pct-pt"]).describe("A relative change in per cent, or a move in percentage points."),
		basis: z
			.enum(["yoy", "qoq", "mom", "vs"])
			.optional()
			.describe(
				"Year on year, quarter on quarter, month on month, or against the period named in `against`. Absent when the note does not say, as in 158.26亿元(+18.44%).",
			),
		against: z.string().min(1).optional().describe("The period compared with, for basis `vs` (e.g. 23Q4)."),
	})
	.refine(hasOneOfValueOrRange, oneOfValueOrRange)
	.refine((change) => change.basis !== "vs" || change.against !== undefined, {
		message: "expected `against`, the period compared with, for basis vs",
		path: ["against"],
	});

/**
 * Whose number a figure is: the broker's own, a press report, company filings, an earnings call, or a
 * data provider or research firm the note names (根据IDC, 据Wind数据).
 */
export const attributionSchema = z.strictObject({
	kind: z.enum(["broker", "press", "filings", "earnings-call", "data", "other"]),
	name: localizedSchema
		.optional()
		.describe("Who, by name: The Information, Microsoft's filings, IDC, Wind, …"),
});

/** A number the note states, held as data with the verbatim excerpt that states it. */
export const figureSchema = z
	.strictObject({
		id: identifier,
		label: localizedSchema.describe("What is counted: MAI-1 parameters, GitHub Copilot paid customers, …"),
		value: z.number().optional().describe("The value in base units: 5000亿参数 is 500000000000."),
		range: rangeSchema
			.optional()
			.describe("The range the note gives instead of one value, in base units: 3.10-3.85亿元."),
		unit: z
			.string()
			.min(1)
			.describe(
				"The unit of value: parameters, USD, customers, organisations, %, 人次, 吨, …; a price per unit is CNY/吨, USD/桶, CNY/股.",
			),
		display: localizedSchema.describe("The value as written: ~500B / 约5000亿."),
		period: z
			.string()
			.min(1)
			.optional()
			.describe(
				"The reporting period: 2025 (a year), 2025Q2, 2025H1, 2025Q1-Q3 (three quarters), 2024-2026 (years), 2025-03 (a month), 2025-01/2025-10 (months that are not whole quarters; 1-9月 is 2025Q1-Q3); CY24Q1 and FY24Q3 as the note writes them.",
			),
		date: isoDate.optional().describe("The day the figure refers to, where the note gives one."),
		change: changeSchema.optional(),
		qualifier: z
			.enum(["more-than", "about", "up-to", "nearly", "less-than"])
			.optional()
			.describe(
				"超/超过/以上 is more-than, 约/约为/左右 about, 最高/不超过/以内 up-to, 近/接近 nearly, 不到/低于 less-than. 达 (reached) is exact: no qualifier.",
			),
		estimate: z
			.literal(true)
			.optional()
			.describe("The number is an estimate or forecast, not a reported one: 预计, 有望, 或达, 2026E."),
		attribution: attributionSchema,
		pillar: identifier.optional().describe("The id of the breakdown pillar the figure belongs to."),
		quote: z
			.string()
			.min(1)
			.describe("The verbatim excerpt of the note's source text that states this figure."),
	})
	.refine(hasOneOfValueOrRange, oneOfValueOrRange);

/** A chart over figures: bars of each figure's value, or of its change. */
export const chartSchema = z.strictObject({
	id: identifier,
	title: localizedSchema,
	measure: z.enum(["value", "change"]).describe("Chart each figure's value, or the value of its change."),
	scale: z.enum(["linear", "log"]),
	figures: z.array(identifier).min(1).describe("Ids of the figures to chart, in order."),
});

/** One pillar of the note's argument: for the MAI-1 note, model, compute and application. */
export const pillarSchema = z.strictObject({
	id: identifier,
	title: localizedSchema.describe("The pillar's short name: Model / 模型端."),
	headline: localizedSchema,
	body: localizedSchema,
	points: z.array(localizedSchema).optional().describe("A list the body gives, such as the models on Azure."),
});

/** A registration number: SAC (China) or SFC (Hong Kong) licence numbers and the like. */
export const registrationSchema = z.strictObject({
	body: z.string().min(1).describe("Who registered the person: SAC, SFC, …"),
	number: z.string().min(1),
});

/** A price: its value and its currency's ISO code (CNY, HKD, USD). */
export const priceSchema = z.strictObject({ value: z.number(), currency: z.string().min(1) });

/** An analyst named on the note. */
export const analystSchema = z.strictObject({
	name: localizedSchema,
	role: localizedSchema
		.optional()
		.describe(
			"Their role as the note writes it: 分析师, 研究员, 汽车首席分析师. Absent when the note gives none.",
		),
	registrations: z.array(registrationSchema),
});

/** A place readers can reach the broker's research, with who may use it. */
export const contactSchema = z.strictObject({
	name: localizedSchema,
	url: z.url({ protocol: /^https?$/ }).optional(),
	access: localizedSchema.optional().describe("Who may use it: domestic institutional clients, …"),
});

/** Where this copy of the note came from: the channel it was reposted on, who compiled it, and its text. */
export const sourceSchema = z.strictObject({
	channel: localizedSchema
		.optional()
		.describe(
			"The channel: the WeChat account 华泰睿思, …. Absent for a note read from the broker's own PDF.",
		),
	compiledBy: localizedSchema.optional().describe("Who compiled the repost, if not the broker."),
	url: z.url({ protocol: /^https?$/ }).optional(),
	text: z
		.string()
		.min(1)
		.optional()
		.describe("The path of the note's original text, relative to the note file: ../sources/x.txt."),
	excerptOf: localizedSchema.optional().describe("What the text is an excerpt of, as the repost says."),
});

/**
 * A note: one broker report, with its argument, numbers, risks, people and fine print. Broker,
 * sector, report date, source, thesis and disclaimer may be absent (a note drafted by
 * `briefing import` leaves out what its text does not state); the bundled notes carry them all.
 */
export const noteSchema = z
	.strictObject({
		$schema: z.string().optional(),
		id: identifier.describe("A stable id for the note, used in file names and search results."),
		language: z.enum(["zh", "en"]).describe("The language the note was written in."),
		title: localizedSchema,
		broker: localizedSchema
			.optional()
			.describe("The broker that published the note. Absent when the note does not say: nothing is shown."),
		sector: localizedSchema
			.optional()
			.describe("The sector the note covers. Absent when the note does not say: nothing is shown."),
		reportDate: isoDate
			.optional()
			.describe(
				"The day the broker published the report. Absent when the note does not say: the note lists after dated ones, and --since and --until leave it out.",
			),
		repostDate: isoDate.optional().describe("The day this copy was reposted."),
		source: sourceSchema
			.optional()
			.describe(
				"Where this copy of the note came from. Absent when the note does not say: the Source pane leaves out channel and address.",
			),
		companies: z.array(
			z.strictObject({
				name: localizedSchema,
				tickers: z.array(z.string().min(1)).optional().describe("Its tickers: 688999 CH, 00999 HK."),
				targetPrice: priceSchema
					.optional()
					.describe("The note's target price for the company, in the currency of its listing."),
				rating: localizedSchema
					.optional()
					.describe("The note's rating of the company, with how it moved: 买入(首次), 增持(维持)."),
			}),
		),
		rating: localizedSchema.optional(),
		targetPrice: priceSchema.optional(),
		thesis: z
			.strictObject({
				headline: localizedSchema.optional().describe("The thesis in a line. Absent: no headline is shown."),
				summary: localizedSchema
					.optional()
					.describe("The thesis in a paragraph. Absent: no summary is shown."),
				points: z
					.array(localizedSchema)
					.optional()
					.describe("The note's key points or focus areas. Absent: no list is shown."),
			})
			.optional()
			.describe(
				"The note's argument in brief. Absent, or with none of its parts, the Thesis pane says the note states no thesis.",
			),
		breakdown: z.array(pillarSchema),
		figures: z.array(figureSchema),
		charts: z.array(chartSchema).optional(),
		risks: z.array(z.strictObject({ title: localizedSchema, body: localizedSchema.optional() })),
		analysts: z.array(analystSchema),
		contacts: z.array(contactSchema),
		related: z.array(z.strictObject({ title: localizedSchema, date: isoDate.optional() })),
		disclaimer: localizedSchema
			.optional()
			.describe("The note's fine print. Absent when the note has none: no Disclaimer heading is shown."),
	})
	.superRefine((note, context) => {
		const pillars = new Set(note.breakdown.map((pillar) => pillar.id));
		const figures = new Set<string>();
		note.figures.forEach((figure, index) => {
			if (figures.has(figure.id)) {
				context.addIssue({
					code: "custom",
					path: ["figures", index, "id"],
					message: `duplicate figure id "${figure.id}"`,
				});
			}
			figures.add(figure.id);
			if (figure.pillar !== undefined && !pillars.has(figure.pillar)) {
				context.addIssue({
					code: "custom",
					path: ["figures", index, "pillar"],
					message: `expected the id of a breakdown pillar, got "${figure.pillar}"`,
				});
			}
		});
		note.charts?.forEach((chart, chartIndex) => {
			chart.figures.forEach((id, index) => {
				if (!figures.has(id)) {
					context.addIssue({
						code: "custom",
						path: ["charts", chartIndex, "figures", index],
						message: `expected the id of a figure, got "${id}"`,
					});
				}
			});
		});
	});

/** Text in one or both languages. */
export type Localized = z.infer<typeof localizedSchema>;
/** A key figure of a note. */
export type Figure = z.infer<typeof figureSchema>;
/** A chart over a note's figures. */
export type Chart = z.infer<typeof chartSchema>;
/** A validated note. */
export type Note = z.infer<typeof noteSchema>;
