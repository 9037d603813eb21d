import { C } from '../palette';
import { Curtains, Room, Rug, Window } from './parts';

/** Living room: a window with curtains, a comfy sofa, a floor lamp and a picture on the wall. */
export function LivingRoom() {
  return (
    <g>
      <Room wall={C.wallWarm} floor={C.wood} />
      <Window x={310} y={70} w={180} h={160} />
      <Curtains x={310} y={70} w={180} h={160} color={C.red} />
      <g>
        <rect x={556} y={96} width={96} height={74} rx={6} fill={C.woodDark} />
        <rect x={564} y={104} width={80} height={58} rx={3} fill={C.sky} />
        <circle cx={622} cy={122} r={8} fill={C.yellow} />
        <path d="M564 162L594 128L616 150L628 140L644 156V162Z" fill={C.green} />
      </g>
      <g>
        <rect x={44} y={300} width={236} height={104} rx={26} fill={C.purple} />
        <rect x={36} y={384} width={252} height={52} rx={16} fill={C.purple} />
        <rect x={56} y={380} width={212} height={24} rx={10} fill={C.white} opacity={0.18} />
        <rect x={20} y={350} width={46} height={96} rx={22} fill={C.purple} />
        <rect x={258} y={350} width={46} height={96} rx={22} fill={C.purple} />
        <rect x={88} y={336} width={46} height={46} rx={10} fill={C.yellow} transform="rotate(-10 111 359)" />
        <path d="M40 436v20M284 436v20" stroke={C.woodDark} strokeWidth={8} strokeLinecap="round" />
      </g>
      <g>
        <ellipse cx={712} cy={450} rx={30} ry={8} fill={C.greyDark} />
        <rect x={708} y={230} width={8} height={220} fill={C.greyDark} />
        <path d="M666 236H758L740 166H684Z" fill={C.yellow} />
      </g>
      <Rug cx={400} cy={540} rx={330} color={C.pink} />
    </g>
  );
}
