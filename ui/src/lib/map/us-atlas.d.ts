// The pre-projected (Albers USA, 975×610) state outlines shipped by us-atlas.
declare module 'us-atlas/states-albers-10m.json' {
  const topology: import('topojson-specification').Topology;
  export default topology;
}
