import { C } from '../palette';

/** Park: sunny sky, soft hills, a swing set at the left and a big tree at the right. */
export function Park() {
  return (
    <g>
      <rect width={800} height={600} fill={C.sky} />
      <circle cx={620} cy={90} r={58} fill={C.yellow} opacity={0.35} />
      <circle cx={620} cy={90} r={40} fill={C.yellow} />
      <g fill={C.white}>
        <circle cx={160} cy={100} r={24} />
        <circle cx={192} cy={88} r={30} />
        <circle cx={226} cy={102} r={22} />
        <circle cx={420} cy={60} r={18} />
        <circle cx={446} cy={52} r={24} />
        <circle cx={472} cy={62} r={16} />
      </g>
      <ellipse cx={200} cy={470} rx={340} ry={110} fill="#A8DB93" />
      <ellipse cx={660} cy={480} rx={320} ry={100} fill="#A8DB93" />
      <rect y={440} width={800} height={160} fill={C.green} />
      <g stroke={C.red} strokeWidth={9} strokeLinecap="round" fill="none">
        <path d="M60 210L30 450M60 210L90 450M260 210L230 450M260 210L290 450M50 210H270" />
      </g>
      <g stroke={C.greyDark} strokeWidth={3}>
        <path d="M120 212V372M180 212V372" />
      </g>
      <rect x={108} y={368} width={84} height={12} rx={5} fill={C.blue} />
      <rect x={696} y={230} width={30} height={230} rx={10} fill={C.brown} />
      <g fill={C.greenDark}>
        <circle cx={670} cy={210} r={56} />
        <circle cx={760} cy={200} r={52} />
        <circle cx={712} cy={150} r={64} />
      </g>
      <g fill={C.white}>
        <circle cx={150} cy={520} r={6} />
        <circle cx={330} cy={570} r={6} />
        <circle cx={560} cy={515} r={6} />
      </g>
      <g fill={C.yellow}>
        <circle cx={150} cy={520} r={2.5} />
        <circle cx={330} cy={570} r={2.5} />
        <circle cx={560} cy={515} r={2.5} />
      </g>
    </g>
  );
}
