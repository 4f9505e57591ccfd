import type { Figure } from "../note/schema.ts";
import { labels } from "./labels.ts";
import { type Language, localize } from "./language.ts";

function signed(value: number): string {
	return value > 0 ? `+${value}` : String(value);
}

function changeIn(change: NonNullable<Figure["change"]>, language: "zh" | "en"): string {
	const percent = change.unit === "%" ? "%" : "";
	const amount =
		change.range === undefined
			? `${signed(change.value ?? 0)}${percent}`
			: `${signed(change.range.low)}${percent}~${signed(change.range.high)}${percent}`;
	const against = change.against ?? "";
	if (language === "zh") {
		const unit = change.unit === "pct-pt" ? "pct" : "";
		const basis =
			change.basis === undefined ? "" : change.basis === "vs" ? `较${against}` : labels[change.basis].zh;
		return `${basis}${amount}${unit}`;
	}
	const unit = change.unit === "pct-pt" ? " pct-pt" : "";
	const basis =
		change.basis === undefined ? "" : change.basis === "vs" ? ` vs ${against}` : ` ${change.basis}`;
	return `${amount}${unit}${basis}`;
}

/**
 * Returns a figure's change as a reader writes it: `+35% yoy`, `+26 pct-pt vs 23Q4`, `同比+35%`,
 * `+80%~+120% yoy` for a range, `+18.44%` when the note states no basis.
 */
export function formatChange(change: Figure["change"], language: Language): string {
	if (change === undefined) return "";
	if (language === "both") return `${changeIn(change, "zh")} / ${changeIn(change, "en")}`;
	return changeIn(change, language);
}

/** Returns whose number a figure is: its attribution's name, or the kind of source. */
export function formatAttribution(attribution: Figure["attribution"], language: Language): string {
	if (attribution.name !== undefined) return localize(attribution.name, language);
	const kind = attribution.kind === "broker" ? labels.broker_attribution : labels[attribution.kind];
	return localize(kind, language);
}

/** Returns a figure's period, or its date when it refers to a day, marked when the figure is an estimate: `2026 est.`. */
export function formatPeriod(figure: Figure, language: Language = "en"): string {
	const when = figure.period ?? figure.date ?? "";
	if (figure.estimate !== true) return when;
	return [when, localize(labels.estimate, language)].filter(Boolean).join(" ");
}

/**
 * Returns the number a chart draws for a figure: its value, or for a range its high end (the bar's
 * label, the note's own text, names both ends).
 */
export function chartValue(figure: Figure): number {
	return figure.value ?? figure.range?.high ?? 0;
}

/** Returns the number a chart draws for a figure's change: its value, or for a range its high end. */
export function chartChange(change: Figure["change"]): number {
	return change?.value ?? change?.range?.high ?? 0;
}
