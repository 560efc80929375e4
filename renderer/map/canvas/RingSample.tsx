// A small drawing of the rings for the legend, the ring in question tinted as on the map.
import type { Zone } from '../layout/rings';
import { RINGS } from '../layout/rings';
import { annularSector, ZONE_OPACITY } from './ringsPaths';

const SIZE = 30;
/** Radii of the three rings in the sample, from the centre out. */
const RADII = [6, 11, 16, 21];

export function RingSample({ zone }: { zone: Zone }) {
  const centre = { x: 4, y: SIZE - 3 };
  const index = zone === 'outside' ? 3 : RINGS.indexOf(zone);
  return (
    <svg
      className="legend-sample ring"
      width={SIZE}
      height={SIZE}
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      aria-hidden="true"
    >
      {RINGS.map((ring, i) => (
        <path
          key={ring}
          d={annularSector(centre, RADII[i]!, RADII[i + 1]!, -90, 90)}
          fill={i === index ? '#e69f00' : '#f2b84b'}
          fillOpacity={i === index ? 0.85 : ZONE_OPACITY[ring] / 2}
          stroke={i === index ? '#8a5f00' : '#c9b99f'}
          strokeWidth={i === index ? 1.25 : 0.75}
        />
      ))}
      <circle cx={centre.x} cy={centre.y} r={3.5} fill="#243b6b" />
      {index === 3 && (
        <circle cx={centre.x + 19} cy={centre.y - 19} r={3.5} fill="#fff" stroke="#5b6574" />
      )}
    </svg>
  );
}
