// The smallest Ink program, bundled exactly like briefing: the floor that the reader's first frame is
// measured against.
import { render, Text, useApp, useInput } from "ink";

function Hello() {
	const { exit } = useApp();
	useInput((input) => {
		if (input === "q") exit();
	});
	return <Text>hello</Text>;
}

await render(<Hello />).waitUntilExit();
process.exit(0);
