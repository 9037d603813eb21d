import { C } from '../palette';
import { Plant, Room, Rug } from './parts';

const SPINES = [C.red, C.blue, C.yellow, C.green, C.purple, C.orange, C.teal, C.pink];

/** A tall bookshelf full of bright spines; sizes vary in a fixed pattern so every render looks the same. */
function Shelf({ x }: { x: number }) {
  const rows = [96, 186, 276, 366];
  return (
    <g>
      <rect x={x} y={70} width={250} height={380} rx={10} fill={C.woodDark} />
      {rows.map((y, r) => {
        const books = [];
        let bx = x + 16;
        for (let i = 0; bx < x + 214; i++) {
          const k = i + r * 3 + x;
          const w = 16 + ((k * 7) % 11);
          const h = 54 + ((k * 13) % 22);
          books.push(<rect key={i} x={bx} y={y + 76 - h} width={w} height={h} rx={3} fill={SPINES[k % 8]} />);
          bx += w + 3;
        }
        return (
          <g key={y}>
            <rect x={x + 10} y={y - 16} width={230} height={92} fill={C.brown} />
            {books}
            <rect x={x + 6} y={y + 76} width={238} height={10} fill={C.wood} />
          </g>
        );
      })}
    </g>
  );
}

/** Library: bookshelves on both sides, a round window and a reading rug. */
export function Library() {
  return (
    <g>
      <Room wall={C.wallSand} floor={C.wood} />
      <Shelf x={16} />
      <Shelf x={534} />
      <circle cx={400} cy={160} r={82} fill={C.white} />
      <circle cx={400} cy={160} r={70} fill={C.sky} />
      <path d="M400 90V230M330 160H470" stroke={C.white} strokeWidth={8} />
      <rect x={350} y={350} width={100} height={14} rx={6} fill={C.wood} />
      <path d="M366 364V452M434 364V452" stroke={C.woodDark} strokeWidth={9} strokeLinecap="round" />
      <Plant x={400} y={350} s={1.1} />
      <Rug cx={400} cy={540} rx={320} color={C.green} />
    </g>
  );
}
