/**
 * The world as the map draws it: Natural Earth's 1:110m countries (world-atlas, bundled; no
 * network), projections fitted to the places we need to show, and country outlines as SVG path
 * data clipped to a frame, so every exporter draws exactly the same shapes.
 */
import {
	geoAzimuthalEqualArea,
	geoCircle,
	geoConicEqualArea,
	geoDistance,
	geoPath,
	type GeoProjection,
} from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import world from 'world-atlas/countries-110m.json';

export type Country = Feature<Geometry, { name: string }> & { id?: string | number };

let countries: Country[] | null = null;

/** Every country of the atlas, converted from TopoJSON once. */
export function toCountries(): Country[] {
	if (countries) return countries;
	// The JSON import is typed by its literal shape; it is a TopoJSON topology.
	const topology = world as unknown as Topology<{
		countries: GeometryCollection<{ name: string }>;
	}>;
	countries = (
		feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>
	).features as Country[];
	return countries;
}

/** ISO 3166-1 numeric codes (the atlas's ids) of the countries the map highlights and names. */
export const ISO_NUMERIC: Readonly<Record<string, string>> = {
	IR: '364',
	KZ: '398',
};

/** [longitude, latitude] of a place's [latitude, longitude] coordinates. */
export type LonLat = [number, number];

/** A region to show: circles of `radius`° around each point, so a lone city gets surroundings. */
function toRegion(points: LonLat[], radius: number): FeatureCollection {
	return {
		type: 'FeatureCollection',
		features: points.map((center) => ({
			type: 'Feature',
			properties: {},
			geometry: geoCircle().center(center).radius(radius)(),
		})),
	};
}

type Extent = [[number, number], [number, number]];

/**
 * A conic equal-area projection for a regional map, its standard parallels at a sixth of the
 * points' latitude span from each end (the usual choice), fitted with its surroundings to `extent`
 * and clipped to it.
 */
export function toRegionalProjection(points: LonLat[], extent: Extent, radius = 6): GeoProjection {
	const lats = points.map((p) => p[1]);
	const lons = points.map((p) => p[0]);
	const [south, north] = [Math.min(...lats), Math.max(...lats)];
	const span = Math.max(north - south, 10);
	const mid = (south + north) / 2;
	const parallels: [number, number] = [mid - span / 3, mid + span / 3];
	const lon0 = (Math.min(...lons) + Math.max(...lons)) / 2;
	return geoConicEqualArea()
		.parallels(parallels)
		.rotate([-lon0, 0])
		.fitExtent(extent, toRegion(points, radius))
		.clipExtent(extent);
}

/**
 * An azimuthal projection centred on one far-off point, for an inset map around it: its
 * surroundings fitted to `fit` (part of the inset, leaving room for a label), clipped to `clip`.
 */
export function toInsetProjection(
	point: LonLat,
	fit: Extent,
	clip: Extent,
	radius = 7,
): GeoProjection {
	return geoAzimuthalEqualArea()
		.rotate([-point[0], -point[1]])
		.clipAngle(80)
		.fitExtent(fit, toRegion([point], radius))
		.clipExtent(clip);
}

/** SVG path data of a country in a projection (to one decimal); '' when it is out of view. */
export function toCountryPath(projection: GeoProjection, country: Country): string {
	return geoPath(projection).digits(1)(country) ?? '';
}

/** Where a country's label goes: its projected centroid, or null if that is not drawable. */
export function toCountryCentroid(
	projection: GeoProjection,
	country: Country,
): [number, number] | null {
	const [x, y] = geoPath(projection).centroid(country);
	return Number.isFinite(x) && Number.isFinite(y) ? [x, y] : null;
}

/**
 * Splits points into one regional cluster and far-off outliers: the cluster is the largest set
 * within `km` of one of the points (ties: the earlier point), the rest go in insets.
 */
export function toCluster<T>(items: T[], at: (item: T) => LonLat, km = 3500): [T[], T[]] {
	const near = (a: T, b: T) => geoDistance(at(a), at(b)) * 6371 <= km;
	let best: T[] = [];
	for (const item of items) {
		const group = items.filter((other) => near(item, other));
		if (group.length > best.length) best = group;
	}
	return [best, items.filter((item) => !best.includes(item))];
}
