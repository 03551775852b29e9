// State outlines for the dashboard map, from us-atlas (TopoJSON, already projected to Albers
// USA at 975×610, so d3-geo draws it with a null projection). Bundled with the app: no network.
// us-atlas has the 50 states and DC; the territories are drawn as tiles by the map component.
import { geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import atlas from 'us-atlas/states-albers-10m.json';
import type { Jurisdiction } from '../ipc';
import { jurisdictionByName } from '../forms/jurisdictions';

export const MAP_WIDTH = 975;
export const MAP_HEIGHT = 610;

export type StateShape = { code: Jurisdiction; d: string };

/** Every state's outline as an SVG path, keyed by postal code, in us-atlas order. */
export function stateShapes(): StateShape[] {
  const states = atlas.objects['states'] as GeometryCollection<{ name: string }>;
  const collection = feature(atlas, states);
  const path = geoPath(null);
  const shapes: StateShape[] = [];
  for (const f of collection.features) {
    const code = f.properties ? jurisdictionByName(f.properties.name) : undefined;
    const d = path(f);
    if (code && d) shapes.push({ code, d });
  }
  return shapes;
}
