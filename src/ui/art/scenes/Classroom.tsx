import { C } from '../palette';
import { Room } from './parts';

const FLAGS = [C.red, C.yellow, C.blue, C.green, C.orange, C.purple];

/** A clean board (never any writing on it), bunting, pinned-up drawings and two small desks. */
function Desk({ x }: { x: number }) {
  return (
    <g>
      <rect x={x} y={386} width={180} height={16} rx={6} fill={C.wood} />
      <path
        d={`M${x + 16} 402V462M${x + 164} 402V462`}
        stroke={C.woodDark}
        strokeWidth={10}
        strokeLinecap="round"
      />
    </g>
  );
}

export function Classroom() {
  return (
    <g>
      <Room wall={C.wallMint} floor={C.woodDark} />
      <path d="M0 30Q110 70 220 30M580 30Q690 70 800 30" fill="none" stroke={C.greyDark} strokeWidth={2} />
      {[0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((k) => {
        // Two strings of bunting, each sagging like the curve drawn above; flags hang from the curve.
        const x0 = k < 5 ? 0 : 580;
        const x = x0 + 22 + (k % 5) * 44;
        const y = 30 + 20 * Math.sin(((x - x0) / 220) * Math.PI);
        return <path key={k} d={`M${x - 14} ${y}H${x + 14}L${x} ${y + 28}Z`} fill={FLAGS[k % 6]} />;
      })}
      <rect x={220} y={70} width={360} height={200} rx={12} fill={C.woodDark} />
      <rect x={234} y={84} width={332} height={172} rx={6} fill="#3F7D63" />
      <rect x={230} y={266} width={340} height={12} rx={5} fill={C.wood} />
      <rect x={470} y={258} width={40} height={10} rx={3} fill={C.white} />
      <g>
        <rect x={60} y={120} width={96} height={76} rx={4} fill={C.white} transform="rotate(-4 108 158)" />
        <circle cx={96} cy={148} r={12} fill={C.yellow} />
        <path d="M78 186L104 160L136 186Z" fill={C.green} />
        <rect x={648} y={110} width={90} height={84} rx={4} fill={C.white} transform="rotate(5 693 152)" />
        <path d="M668 184V152L692 132L716 152V184Z" fill={C.red} />
        <circle cx={104} cy={122} r={5} fill={C.red} />
        <circle cx={693} cy={112} r={5} fill={C.blue} />
      </g>
      <Desk x={20} />
      <circle cx={64} cy={372} r={14} fill={C.red} />
      <path d="M64 358q4-8 10-8" stroke={C.greenDark} strokeWidth={4} fill="none" />
      <Desk x={600} />
      <rect x={680} y={360} width={70} height={12} rx={3} fill={C.blue} />
      <rect x={686} y={372} width={64} height={14} rx={3} fill={C.yellow} />
    </g>
  );
}
