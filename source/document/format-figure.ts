import type { Figure } from "../note/schema.ts";
import { labels } from "./labels.ts";
import { type Language, localize } from "./language.ts";

function signed(value: number): string {
	return value > 0 ? `+${value}` : String(value);
}

function changeIn(change: NonNullable<Figure["change"]>, language: "zh" | "en"): string {
	const amount = change.unit === "%" ? `${signed(change.value)}%` : `${signed(change.value)}`;
	const against = change.against ?? "";
	if (language === "zh") {
		const unit = change.unit === "pct-pt" ? "pct" : "";
		const basis = change.basis === "vs" ? `较${against}` : labels[change.basis].zh;
		return `${basis}${amount}${unit}`;
	}
	const unit = change.unit === "pct-pt" ? " pct-pt" : "";
	const basis = change.basis === "vs" ? `vs ${against}` : change.basis;
	return `${amount}${unit} ${basis}`;
}

/** Returns a figure's change as a reader writes it: `+35% yoy`, `+26 pct-pt vs 23Q4`, `同比+35%`. */
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

/** Returns a figure's period, or its date when it refers to a day. */
export function formatPeriod(figure: Figure): string {
	return figure.period ?? figure.date ?? "";
}
