// Small SVG drawings of a tie or an actor, computed from the same look as the canvas.
import { nodeLook } from '../look/nodeLook';
import type { NodeLegendSample } from '../look/legendTable';
import { BROKEN_GAP, DASH_PATTERN, ZIGZAG, zigzagPoints, type TieLook } from '../look/tieLook';

const W = 60;
const H = 26;
const MID = H / 2;
const X0 = 8;
const X1 = W - 8;

function linePoints(look: TieLook): [number, number][] {
  if (look.zigzag === 'none')
    return [
      [X0, MID],
      [X1, MID],
    ];
  const corners = zigzagPoints(look.zigzag, ZIGZAG[look.zigzag].legendPoints).map(
    ({ weight, distance }): [number, number] => [X0 + weight * (X1 - X0), MID + distance],
  );
  return [[X0, MID], ...corners, [X1, MID]];
}

function arrow(atX: number, pointsRight: boolean, color: string) {
  const back = pointsRight ? atX - 9 : atX + 9;
  return <polygon points={`${atX},${MID} ${back},${MID - 5} ${back},${MID + 5}`} fill={color} />;
}

export function TieSample({ look }: { look: TieLook }) {
  const dash = look.dash === 'solid' ? undefined : DASH_PATTERN[look.dash].join(' ');
  const points = linePoints(look);
  const stroke = {
    stroke: look.color,
    strokeWidth: look.width,
    fill: 'none',
    strokeDasharray: dash,
  };
  const gapFrom = X0 + (X1 - X0) * (0.5 - BROKEN_GAP / 2);
  const gapTo = X0 + (X1 - X0) * (0.5 + BROKEN_GAP / 2);
  return (
    <svg
      className="legend-sample"
      width={W}
      height={H}
      viewBox={`0 0 ${W} ${H}`}
      aria-hidden="true"
    >
      {look.gap ? (
        <>
          <line x1={X0} y1={MID} x2={gapFrom} y2={MID} {...stroke} />
          <line x1={gapTo} y1={MID} x2={X1} y2={MID} {...stroke} />
        </>
      ) : (
        <polyline
          points={points.map((p) => p.join(',')).join(' ')}
          {...stroke}
          strokeLinejoin="round"
        />
      )}
      {look.midMark === 'diamond' && (
        <polygon
          points={`${W / 2 - 7},${MID} ${W / 2},${MID - 6} ${W / 2 + 7},${MID} ${W / 2},${MID + 6}`}
          fill={look.color}
        />
      )}
      {look.midMark === 'tee' && (
        <line x1={W / 2} y1={MID - 9} x2={W / 2} y2={MID + 9} stroke={look.color} strokeWidth={4} />
      )}
      {look.targetArrow && arrow(X1 + 4, true, look.color)}
      {look.sourceArrow && arrow(X0 - 4, false, look.color)}
    </svg>
  );
}

const NEUTRAL = { color: '#d9dee6', border: '#5b6574' };

export function NodeSample({ sample, neutral }: { sample: NodeLegendSample; neutral?: boolean }) {
  const look = nodeLook(sample);
  const { color, border } = neutral ? NEUTRAL : look;
  const size = sample.isEgo ? 26 : 20;
  const at = (30 - size) / 2;
  return (
    <svg
      className="legend-sample node"
      width={30}
      height={30}
      viewBox="0 0 30 30"
      aria-hidden="true"
    >
      {look.shape === 'ellipse' ? (
        <circle cx={15} cy={15} r={size / 2} fill={color} stroke={border} strokeWidth={2.5} />
      ) : (
        <rect
          x={at}
          y={at}
          width={size}
          height={size}
          rx={5}
          fill={color}
          stroke={border}
          strokeWidth={2.5}
        />
      )}
    </svg>
  );
}
