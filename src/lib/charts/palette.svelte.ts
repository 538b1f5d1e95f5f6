/**
 * The charts' palette follows the page's theme: the reader's choice if they made one, else the
 * system's colour scheme. Reading `currentPalette(theme)` inside a `$derived` or an effect makes
 * it update when either changes.
 */
import { MediaQuery } from 'svelte/reactivity';
import type { Theme } from '../state/app.svelte.ts';
import { DARK, LIGHT, type Palette } from './scene.ts';

const dark = new MediaQuery('(prefers-color-scheme: dark)', false);

/** LIGHT or DARK, as the chosen theme (or, for 'system', the reader's system) asks. */
export function currentPalette(theme: Theme = 'system'): Palette {
	if (theme === 'light') return LIGHT;
	if (theme === 'dark') return DARK;
	return dark.current ? DARK : LIGHT;
}
