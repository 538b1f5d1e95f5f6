/**
 * The charts' palette follows the reader's colour scheme, as the page's CSS does. Reading
 * `currentPalette()` inside a `$derived` or an effect makes it update when the scheme changes.
 */
import { MediaQuery } from 'svelte/reactivity';
import { DARK, LIGHT, type Palette } from './scene.ts';

const dark = new MediaQuery('(prefers-color-scheme: dark)', false);

/** LIGHT or DARK, whichever the reader's system asks for. */
export function currentPalette(): Palette {
	return dark.current ? DARK : LIGHT;
}
