import { readFileSync, readdirSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { assembleDataset } from '../data/assemble.ts';
import { formatDatasetJsonSchema, SCHEMA_PATH } from './gen-schema.ts';
import { formatSynthetic, generateSynthetic } from './gen-synthetic.ts';

const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);
const errorsOf = (data: unknown) =>
	validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);

function builtin(): unknown {
	const raw = JSON.parse(readFileSync('data/dataset.json', 'utf8'));
	const texts = new Map(
		readdirSync('data/sources').map((f) => [f, readFileSync(`data/sources/${f}`, 'utf8')]),
	);
	return assembleDataset(raw, texts);
}

describe('public/schema/dataset.schema.json', () => {
	it('is what `npm run gen:schema` writes from the valibot schema', async () => {
		expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(await formatDatasetJsonSchema());
	});

	it('accepts the built-in data (texts inline), the full-format example and synthetic data', () => {
		expect(errorsOf(builtin())).toEqual([]);
		expect(errorsOf(JSON.parse(readFileSync('public/examples/meetings.json', 'utf8')))).toEqual([]);
		expect(errorsOf(JSON.parse(formatSynthetic(generateSynthetic({ n: 50, seed: 7 }))))).toEqual(
			[],
		);
	});

	it('rejects what the app rejects for its shape', () => {
		const data = builtin() as { events: Record<string, unknown>[] };
		data.events[0]!.kind = 'rumoured';
		delete data.events[1]!.date;
		expect(errorsOf(data)).toEqual([
			'/events/0/kind must be equal to one of the allowed values',
			"/events/1 must have required property 'date'",
		]);
		expect(errorsOf(JSON.parse(readFileSync('public/examples/minimal.json', 'utf8')))).toEqual([
			'/ must be object',
		]);
	});
});
