/** Re-runs a load when the watched corpus changes, debounced, keeping the last good result on screen. */
import {useEffect, useRef} from 'react';

/** Subscribes to corpus changes; returns the unsubscribe. The shell passes one built on fs.watch. */
export type CorpusWatcher = (onChange: () => void) => () => void;

/**
 * Calls `reload` once changes settle (`delay` ms after the last event) and never runs two reloads at once:
 * a change during a reload queues one more.
 */
export function useWatch(watch: CorpusWatcher | undefined, reload: () => Promise<void>, delay = 250): void {
	const reloadRef = useRef(reload);
	reloadRef.current = reload;
	useEffect(() => {
		if (!watch) return;
		let timer: NodeJS.Timeout | undefined;
		let running = false;
		let again = false;
		const run = async () => {
			if (running) {
				again = true;
				return;
			}
			running = true;
			try {
				await reloadRef.current();
			} finally {
				running = false;
				if (again) {
					again = false;
					void run();
				}
			}
		};
		const stop = watch(() => {
			clearTimeout(timer);
			timer = setTimeout(() => void run(), delay);
		});
		return () => {
			clearTimeout(timer);
			stop();
		};
	}, [watch, delay]);
}
