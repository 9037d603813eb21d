import { C } from '../palette';
import { Room } from './parts';

/** Kitchen: cupboards and a counter at the left, a big fridge at the right, a table and a hanging lamp. */
export function Kitchen() {
  return (
    <g>
      <Room wall={C.wallPeach} floor="#D8D2E6" />
      <rect x={20} y={186} width={300} height={130} fill={C.white} opacity={0.55} />
      <g fill={C.teal}>
        <rect x={20} y={70} width={146} height={116} rx={8} />
        <rect x={174} y={70} width={146} height={116} rx={8} />
        <rect x={20} y={326} width={146} height={124} rx={8} />
        <rect x={174} y={326} width={146} height={124} rx={8} />
      </g>
      <g fill={C.white}>
        <circle cx={150} cy={170} r={5} />
        <circle cx={190} cy={170} r={5} />
        <circle cx={150} cy={342} r={5} />
        <circle cx={190} cy={342} r={5} />
      </g>
      <rect x={12} y={310} width={316} height={18} rx={6} fill={C.greyDark} />
      <path d="M64 310V282Q64 262 84 262H104Q124 262 124 282V310Z" fill={C.red} />
      <path d="M124 280Q144 276 142 294" fill="none" stroke={C.red} strokeWidth={6} />
      <ellipse cx={260} cy={300} rx={40} ry={14} fill={C.white} />
      <g>
        <circle cx={244} cy={290} r={10} fill={C.orange} />
        <circle cx={264} cy={286} r={11} fill={C.red} />
        <circle cx={282} cy={292} r={9} fill={C.yellow} />
      </g>
      <g>
        <rect x={600} y={110} width={170} height={340} rx={18} fill={C.white} />
        <path d="M600 214H770" stroke={C.grey} strokeWidth={4} />
        <path d="M622 150V190M622 236V300" stroke={C.grey} strokeWidth={8} strokeLinecap="round" />
        <path d="M700 150C690 140 676 152 700 166C724 152 710 140 700 150Z" fill={C.red} />
        <circle cx={740} cy={250} r={8} fill={C.yellow} />
      </g>
      <path d="M460 0V86" stroke={C.greyDark} strokeWidth={3} />
      <path d="M420 116A40 32 0 0 1 500 116Z" fill={C.orange} />
      <rect x={360} y={380} width={200} height={18} rx={6} fill={C.wood} />
      <path
        d="M360 384H560V420Q540 430 520 420Q500 430 480 420Q460 430 440 420Q420 430 400 420Q380 430 360 420Z"
        fill={C.red}
        opacity={0.85}
      />
      <path d="M380 420V460M540 420V460" stroke={C.woodDark} strokeWidth={10} strokeLinecap="round" />
    </g>
  );
}
