import { describe, expect, it } from "vitest";
import { createInputDecoder, decodeInput, decodeKeys } from "../../source/app/keys/decode-keys.ts";

const keys = (chunk: string, flush = true) => decodeKeys(chunk, flush).keys;

describe("decodeKeys", () => {
	it("splits a held key into one key per byte", () => {
		expect(keys("\u007f\u007f\u007f")).toEqual(["backspace", "backspace", "backspace"]);
		expect(keys("\t\t")).toEqual(["tab", "tab"]);
		expect(keys("jjj")).toEqual(["j", "j", "j"]);
	});

	it("splits a paste into characters and Enter", () => {
		expect(keys("/copilot\r")).toEqual(["/", "c", "o", "p", "i", "l", "o", "t", "enter"]);
		expect(keys("资本开支\r")).toEqual(["资", "本", "开", "支", "enter"]);
		expect(keys("😀a")).toEqual(["😀", "a"]);
	});

	it("names control keys", () => {
		expect(keys("\u0003\u001a\u0004")).toEqual(["ctrl-c", "ctrl-z", "ctrl-d"]);
		expect(keys("\b\n")).toEqual(["backspace", "enter"]);
	});

	it("names escape sequences among other keys", () => {
		expect(keys("\u001b[A\u001b[B\u001b[C\u001b[D")).toEqual(["up", "down", "right", "left"]);
		expect(keys("j\u001b[6~k\u001b[5~")).toEqual(["j", "pagedown", "k", "pageup"]);
		expect(keys("\u001b[H\u001b[F\u001b[1~\u001b[4~\u001bOA\u001b[Z")).toEqual([
			"home",
			"end",
			"home",
			"end",
			"up",
			"shift-tab",
		]);
		expect(keys("\u001b[1;5A\u001b[1;2B\u001b[3~")).toEqual(["ctrl-up", "shift-down", "delete"]);
		expect(keys("\u001bx")).toEqual(["alt-x"]);
		expect(keys("\u001b\u001b[A")).toEqual(["escape", "up"]);
	});

	it("tells a lone Escape at the end of what came", () => {
		expect(keys("\u001b")).toEqual(["escape"]);
		expect(keys("q\u001b")).toEqual(["q", "escape"]);
	});

	it("keeps an escape sequence cut off at the end of a read for the next one", () => {
		const first = decodeKeys("j\u001b[");
		expect(first).toEqual({ keys: ["j"], pending: "\u001b[" });
		expect(decodeKeys(`${first.pending}6~`)).toEqual({ keys: ["pagedown"], pending: "" });
		expect(decodeKeys("\u001b")).toEqual({ keys: [], pending: "\u001b" });
	});

	it("names what it does not know as unknown, and goes on", () => {
		expect(keys("\u001b[99xq")).toEqual(["unknown", "q"]);
		expect(keys("\u001b[200~a")).toEqual(["unknown", "a"]);
	});
});

describe("decodeInput: mouse reports", () => {
	it("decodes SGR presses, releases and the wheel among keys, counting cells from 0", () => {
		expect(
			decodeInput("j\u001b[<0;12;5M\u001b[<0;12;5mk\u001b[<65;3;4M\u001b[<64;3;4M", true).inputs,
		).toEqual([
			{ type: "key", key: "j" },
			{ type: "mouse", action: "press", button: 0, column: 11, row: 4 },
			{ type: "mouse", action: "release", button: 0, column: 11, row: 4 },
			{ type: "key", key: "k" },
			{ type: "mouse", action: "wheelDown", button: 0, column: 2, row: 3 },
			{ type: "mouse", action: "wheelUp", button: 0, column: 2, row: 3 },
		]);
		expect(decodeInput("\u001b[<2;1;1M\u001b[<32;4;4M", true).inputs).toEqual([
			{ type: "mouse", action: "press", button: 2, column: 0, row: 0 },
			{ type: "mouse", action: "drag", button: 0, column: 3, row: 3 },
		]);
	});

	it("decodes a legacy report (ESC [ M and three bytes) without leaving its bytes as keys", () => {
		expect(decodeInput("\u001b[M !!j", true).inputs).toEqual([
			{ type: "mouse", action: "press", button: 0, column: 0, row: 0 },
			{ type: "key", key: "j" },
		]);
	});

	it("leaves no keys from a malformed or cut report", () => {
		expect(decodeKeys("\u001b[<0;1M", true).keys).toEqual([]);
		expect(decodeKeys("\u001b[<0;12;", true).keys).toEqual([]);
		expect(decodeKeys("\u001b[M!", true).keys).toEqual([]);
	});

	it("joins a report cut across reads, even after its start was handed over alone", () => {
		const decoder = createInputDecoder();
		expect(decoder.push("q\u001b[<0;1")).toEqual([{ type: "key", key: "q" }]);
		expect(decoder.hasPending()).toBe(true);
		expect(decoder.push("2;5M")).toEqual([{ type: "mouse", action: "press", button: 0, column: 11, row: 4 }]);
		expect(decoder.push("\u001b[")).toEqual([]);
		expect(decoder.push("<65;1;1Mj")).toEqual([
			{ type: "mouse", action: "wheelDown", button: 0, column: 0, row: 0 },
			{ type: "key", key: "j" },
		]);
		// A lone Esc (Ink has already waited for what could follow it) comes out at once.
		expect(decoder.push("\u001b")).toEqual([{ type: "key", key: "escape" }]);
		decoder.push("\u001b[<0;");
		decoder.drop();
		expect(decoder.push("5")).toEqual([{ type: "key", key: "5" }]);
	});
});
