import { noteJsonSchema } from "../../note/json-schema.ts";
import { writeOutput } from "../write-output.ts";

/** `briefing schema`: prints the note format as JSON Schema. Resolves with the exit code. */
export function runSchema(): Promise<number> {
	return writeOutput(process.stdout, noteJsonSchema());
}
