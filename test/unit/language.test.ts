import { describe, expect, it } from "vitest";
import { languageFromLocale, languages, localize, versions } from "../../source/document/language.ts";

const both = { zh: "模型端", en: "Model" };

describe("versions", () => {
	it("gives the language asked for", () => {
		expect(versions(both, "en")).toEqual(["Model"]);
		expect(versions(both, "zh")).toEqual(["模型端"]);
	});

	it("gives the Chinese then the English for both", () => {
		expect(versions(both, "both")).toEqual(["模型端", "Model"]);
	});

	it("falls back to the language the note has", () => {
		expect(versions({ zh: "模型端" }, "en")).toEqual(["模型端"]);
		expect(versions({ en: "Model" }, "zh")).toEqual(["Model"]);
		expect(versions({ zh: "模型端" }, "both")).toEqual(["模型端"]);
		expect(versions({ en: "Model" }, "both")).toEqual(["Model"]);
	});

	it("gives nothing for no text", () => {
		expect(versions(undefined, "en")).toEqual([]);
		expect(versions(undefined, "both")).toEqual([]);
	});

	it("does not repeat a text that is the same in both languages", () => {
		expect(versions({ zh: "GPT-4o", en: "GPT-4o" }, "both")).toEqual(["GPT-4o"]);
	});
});

describe("localize", () => {
	it("gives one language, or both joined by a slash", () => {
		expect(localize(both, "en")).toBe("Model");
		expect(localize(both, "zh")).toBe("模型端");
		expect(localize(both, "both")).toBe("模型端 / Model");
	});

	it("falls back to the other language when one is missing", () => {
		expect(localize({ zh: "模型端" }, "en")).toBe("模型端");
		expect(localize({ en: "Model" }, "zh")).toBe("Model");
		expect(localize({ en: "Model" }, "both")).toBe("Model");
	});

	it("does not double a text that is the same in both languages", () => {
		expect(localize({ zh: "Azure", en: "Azure" }, "both")).toBe("Azure");
	});

	it("gives an empty string for no text", () => {
		expect(localize(undefined, "both")).toBe("");
	});
});

describe("languageFromLocale", () => {
	it.each([
		[{ LANG: "zh_CN.UTF-8" }, "zh"],
		[{ LANG: "zh_TW" }, "zh"],
		[{ LANG: "zh_HK.Big5" }, "zh"],
		[{ LANG: "ZH_cn" }, "zh"],
		[{ LANG: "en_US.UTF-8" }, "en"],
		[{ LANG: "C" }, "en"],
		[{ LANG: "C.UTF-8" }, "en"],
		[{ LANG: "POSIX" }, "en"],
		[{ LANG: "de_DE" }, "en"],
		[{}, "en"],
	] as const)("reads %o as %s", (environment, language) => {
		expect(languageFromLocale(environment)).toBe(language);
	});

	it("lets LC_ALL beat LC_MESSAGES, and LC_MESSAGES beat LANG", () => {
		expect(languageFromLocale({ LC_ALL: "zh_CN.UTF-8", LC_MESSAGES: "en_US", LANG: "en_US" })).toBe("zh");
		expect(languageFromLocale({ LC_ALL: "en_US", LC_MESSAGES: "zh_CN", LANG: "zh_CN" })).toBe("en");
		expect(languageFromLocale({ LC_MESSAGES: "zh_CN", LANG: "en_US" })).toBe("zh");
		expect(languageFromLocale({ LC_MESSAGES: "C", LANG: "zh_CN" })).toBe("en");
	});

	it("skips empty and unset values", () => {
		expect(languageFromLocale({ LC_ALL: "", LC_MESSAGES: "", LANG: "zh_CN.UTF-8" })).toBe("zh");
		expect(languageFromLocale({ LC_ALL: undefined, LC_MESSAGES: "zh_TW", LANG: "en_US" })).toBe("zh");
		expect(languageFromLocale({ LC_ALL: "", LANG: "" })).toBe("en");
	});

	it("ignores locale variables it does not read", () => {
		expect(languageFromLocale({ LC_CTYPE: "zh_CN.UTF-8", LANG: "en_US" })).toBe("en");
	});
});

describe("languages", () => {
	it("cycles English, Chinese, both", () => {
		expect(languages).toEqual(["en", "zh", "both"]);
	});
});
