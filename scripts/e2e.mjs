// `npm run test:e2e [-- playwright args]`: finds a Chromium, then runs `playwright test` with it.
import { spawn } from 'node:child_process';
import { findChromium } from './chromium.mjs';

let chromium;
try {
	chromium = await findChromium();
} catch (error) {
	process.stderr.write(`[e2e] ${error instanceof Error ? error.message : String(error)}\n`);
	process.exit(1);
}
process.stderr.write(`[e2e] Using Chromium ${chromium.path} (${chromium.reason})\n`);

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const child = spawn(npx, ['playwright', 'test', ...process.argv.slice(2)], {
	stdio: 'inherit',
	env: { ...process.env, CHROMIUM_PATH: chromium.path },
});
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
	process.on(signal, () => child.kill(signal));
}
child.on('error', (error) => {
	process.stderr.write(`[e2e] could not start playwright: ${error.message}\n`);
	process.exit(1);
});
child.on('exit', (code, signal) => {
	if (signal) process.stderr.write(`[e2e] playwright was killed by ${signal}\n`);
	process.exit(code ?? 1);
});
