/** The few statistics the bench reports. */

/** The `p`-th percentile (0–100) of `values`, by linear interpolation; null when empty. */
export function percentile(values: readonly number[], p: number): number | null {
	if (!values.length) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const at = (p / 100) * (sorted.length - 1);
	const low = Math.floor(at);
	const high = Math.ceil(at);
	return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

/** The median of the values that were measured (nulls are runs that failed); null if none. */
export function median(values: readonly (number | null | undefined)[]): number | null {
	return percentile(
		values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)),
		50,
	);
}

/** The largest value, or 0 for none (no long task is a longest task of 0 ms). */
export function maxOf(values: readonly number[]): number {
	return values.reduce((a, b) => Math.max(a, b), 0);
}
