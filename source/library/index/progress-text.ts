/** Returns a number of seconds as people read a time left: `45 s`, `3 min 20 s`, `1 h 5 min`. */
export function duration(seconds: number): string {
	const whole = Math.max(0, Math.ceil(seconds));
	if (whole < 60) return `${whole} s`;
	if (whole < 3600) return `${Math.floor(whole / 60)} min ${whole % 60} s`;
	return `${Math.floor(whole / 3600)} h ${Math.floor((whole % 3600) / 60)} min`;
}

/**
 * Returns how a build of the index is going, from the notes done, their total and the milliseconds
 * since it started: `3000/100000 notes, 950/s, 1 min 42 s left` (the rate so far; no time left until
 * a note is done).
 */
export function progressText(done: number, total: number, elapsedMs: number): string {
	const rate = done / Math.max(elapsedMs / 1000, 0.001);
	const left = done > 0 ? `${duration((total - done) / rate)} left` : "starting";
	return `${done}/${total} notes, ${Math.round(rate)}/s, ${left}`;
}
