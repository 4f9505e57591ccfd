import { describe, expect, it } from "vitest";
import { progressLine } from "../../source/cli/library-notes.ts";
import { duration, progressText } from "../../source/library/index/progress-text.ts";

describe("a build's progress", () => {
	it("tells the notes done of the total, the rate so far and the time left", () => {
		expect(progressText(3000, 100_000, 3000)).toBe("3000/100000 notes, 1000/s, 1 min 37 s left");
		expect(progressText(0, 5000, 10)).toBe("0/5000 notes, 0/s, starting");
		expect(duration(45.2)).toBe("46 s");
		expect(duration(3 * 3600 + 5 * 60)).toBe("3 h 5 min");
	});

	it("draws on a terminal a few times a second, after half a second, and ends with how long it took", () => {
		let clock = 0;
		const written: string[] = [];
		const draw = progressLine({ isTTY: true, write: (text: string) => written.push(text) > 0 }, () => clock);
		draw(100, 1000);
		expect(written).toEqual([]);
		clock = 600;
		draw(200, 1000);
		clock = 700;
		draw(300, 1000);
		clock = 900;
		draw(400, 1000);
		clock = 2000;
		draw(1000, 1000);
		expect(written).toEqual([
			"\r\u001b[Kbriefing: indexing 200/1000 notes, 333/s, 3 s left",
			"\r\u001b[Kbriefing: indexing 400/1000 notes, 444/s, 2 s left",
			"\r\u001b[Kbriefing: indexed 1000 notes in 2 s\n",
		]);
	});

	it("draws nothing on a pipe", () => {
		const written: string[] = [];
		const draw = progressLine(
			{ isTTY: false, write: (text: string) => written.push(text) > 0 },
			() => 10_000,
		);
		draw(500, 1000);
		draw(1000, 1000);
		expect(written).toEqual([]);
	});
});
