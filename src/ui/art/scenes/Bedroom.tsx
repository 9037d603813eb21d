import { C } from '../palette';
import { Curtains, Room, Rug, twinkle, Window } from './parts';

/** Bedroom at night: a moon in the window, a cosy bed, a bedside lamp and glow-stars on the wall. */
export function Bedroom() {
  return (
    <g>
      <Room wall={C.wallLilac} floor={C.wood} />
      <Window x={320} y={70} w={160} h={150} night />
      <Curtains x={320} y={70} w={160} h={150} color={C.blue} />
      {twinkle(90, 110, 12, C.yellow)}
      {twinkle(200, 70, 9, C.yellow)}
      {twinkle(610, 90, 10, C.yellow)}
      {twinkle(720, 150, 13, C.yellow)}
      <g>
        <rect x={18} y={270} width={52} height={190} rx={24} fill={C.woodDark} />
        <rect x={292} y={350} width={26} height={110} rx={12} fill={C.woodDark} />
        <rect x={30} y={370} width={276} height={56} rx={14} fill={C.white} />
        <ellipse cx={96} cy={366} rx={44} ry={22} fill={C.white} stroke={C.wallLilac} strokeWidth={4} />
        <path d="M140 356H300Q310 356 310 368V424Q310 436 298 436H140Q124 396 140 356Z" fill={C.teal} />
        <g fill={C.white} opacity={0.5}>
          <circle cx={190} cy={382} r={7} />
          <circle cx={240} cy={408} r={7} />
          <circle cx={280} cy={376} r={7} />
          <circle cx={170} cy={418} r={7} />
        </g>
      </g>
      <g>
        <rect x={626} y={362} width={104} height={88} rx={8} fill={C.woodDark} />
        <circle cx={678} cy={406} r={6} fill={C.wallSand} />
        <rect x={672} y={316} width={12} height={46} fill={C.greyDark} />
        <path d="M640 320H716L702 270H654Z" fill={C.pink} />
      </g>
      <Rug cx={400} cy={540} rx={300} color={C.purple} />
    </g>
  );
}
