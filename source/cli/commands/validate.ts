import { BriefingError } from "../../base/briefing-error.ts";
import { noteFromText } from "../../load/note-from-text.ts";
import { inputLimits, readLimited } from "../../load/read-input.ts";
import { exitCodes } from "../exit-codes.ts";
import { writeOutput } from "../write-output.ts";

/**
 * `briefing validate FILE…`: checks each file against the note format and prints one line per
 * problem (`file:line:column: …` or `file: field.path: …`). Resolves with 0 when every file is a
 * valid note, 65 when any is not, and 66 when any cannot be read.
 */
export async function validateFiles(files: readonly string[]): Promise<number> {
	const lines: string[] = [];
	let code: number = exitCodes.ok;
	for (const file of files) {
		let text: string;
		try {
			text = (await readLimited(file, inputLimits.note)).toString("utf8");
		} catch (error) {
			if (!(error instanceof BriefingError)) throw error;
			lines.push(error.message);
			code =
				error.kind === "unreadable" || code === exitCodes.noInput ? exitCodes.noInput : exitCodes.dataError;
			continue;
		}
		try {
			noteFromText(text, file);
		} catch (error) {
			if (!(error instanceof BriefingError)) throw error;
			lines.push(error.message);
			if (code === exitCodes.ok) code = exitCodes.dataError;
		}
	}
	const written =
		lines.length === 0 ? exitCodes.ok : await writeOutput(process.stdout, `${lines.join("\n")}\n`);
	return written === exitCodes.ok ? code : written;
}
