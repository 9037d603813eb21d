/**
 * The ten seat animals, drawn on a 100×100 canvas inside a disc of radius ~46. Each has one big shape that
 * tells it apart at 48 px (tufts, pointed ears, whiskers, a shell, long ears, round ears, a spout, bulging eyes,
 * a mane, eye patches) and a thick ink outline so it shows on every seat colour. No words, nothing scary.
 */
import type { ReactElement } from 'react';
import { INK, type Animal } from './palette.ts';

const line = { stroke: INK, strokeWidth: 3, strokeLinejoin: 'round', strokeLinecap: 'round' } as const;
const thin = { ...line, strokeWidth: 2 } as const;
const PINK = '#f9a8d4';

/** A friendly dark eye with a spark of light. */
function Eye({ x, y, r = 4.5 }: { x: number; y: number; r?: number }) {
  return (
    <>
      <circle cx={x} cy={y} r={r} fill={INK} />
      <circle cx={x + r * 0.35} cy={y - r * 0.35} r={r * 0.32} fill="#fff" />
    </>
  );
}

const Smile = ({ d }: { d: string }) => <path d={d} fill="none" {...thin} />;

function Owl() {
  return (
    <g>
      <path d="M27 36 L22 14 L42 28 Z" fill="#8a5a35" {...line} />
      <path d="M73 36 L78 14 L58 28 Z" fill="#8a5a35" {...line} />
      <ellipse cx="50" cy="56" rx="29" ry="30" fill="#8a5a35" {...line} />
      <path d="M38 76 l4 4 l4 -4 M50 78 l4 4 l4 -4" fill="none" stroke="#f3e3c3" strokeWidth="2.5" />
      <circle cx="38" cy="50" r="12" fill="#f3e3c3" {...thin} />
      <circle cx="62" cy="50" r="12" fill="#f3e3c3" {...thin} />
      <Eye x={38} y={50} r={6} />
      <Eye x={62} y={50} r={6} />
      <path d="M45 61 L55 61 L50 69 Z" fill="#f59e0b" {...thin} />
    </g>
  );
}

function Fox() {
  const head = 'M18 38 Q50 24 82 38 Q84 58 50 84 Q16 58 18 38 Z';
  return (
    <g>
      <path d="M20 42 L24 12 L46 30 Z" fill="#e8681c" {...line} />
      <path d="M80 42 L76 12 L54 30 Z" fill="#e8681c" {...line} />
      <path d="M26 32 L27 21 L36 28 Z M74 32 L73 21 L64 28 Z" fill="#3b2414" />
      <path d={head} fill="#e8681c" />
      <path d="M20 48 Q36 58 50 60 Q64 58 80 48 Q70 70 50 84 Q30 70 20 48 Z" fill="#fff7ed" />
      <path d={head} fill="none" {...line} />
      <Eye x={38} y={48} />
      <Eye x={62} y={48} />
      <ellipse cx="50" cy="77" rx="5.5" ry="4" fill={INK} />
      <Smile d="M44 68 Q50 72 56 68" />
    </g>
  );
}

function Cat() {
  return (
    <g>
      <path d="M22 48 L24 14 L46 32 Z" fill="#9ca3af" {...line} />
      <path d="M78 48 L76 14 L54 32 Z" fill="#9ca3af" {...line} />
      <path d="M28 34 L29 23 L38 30 Z M72 34 L71 23 L62 30 Z" fill={PINK} />
      <ellipse cx="50" cy="57" rx="31" ry="27" fill="#9ca3af" {...line} />
      <path d="M44 34 v7 M50 32 v8 M56 34 v7" {...thin} />
      <Eye x={39} y={52} />
      <Eye x={61} y={52} />
      <path d="M46 61 L54 61 L50 66 Z" fill="#f472b6" {...thin} />
      <Smile d="M50 66 Q47 71 42 69 M50 66 Q53 71 58 69" />
      <path d="M31 62 L13 58 M31 67 L14 70 M69 62 L87 58 M69 67 L86 70" {...thin} />
    </g>
  );
}

function Turtle() {
  return (
    <g>
      <ellipse cx="32" cy="72" rx="8" ry="7" fill="#84cc16" {...line} />
      <ellipse cx="62" cy="72" rx="8" ry="7" fill="#84cc16" {...line} />
      <path d="M12 66 L20 62 L20 70 Z" fill="#84cc16" {...thin} />
      <circle cx="77" cy="52" r="13" fill="#84cc16" {...line} />
      <Eye x={81} y={49} r={3.8} />
      <Smile d="M76 58 Q81 61 86 57" />
      <path d="M16 66 C16 34 74 30 78 66 Z" fill="#b7791f" {...line} />
      <path d="M40 40 L52 40 L58 51 L52 62 L40 62 L34 51 Z" fill="#e0a94a" {...thin} />
      <path d="M34 51 L20 51 M58 51 L74 51 M40 40 L34 34 M52 40 L58 34" {...thin} />
      <path d="M14 66 H80" {...line} />
    </g>
  );
}

function Rabbit() {
  return (
    <g>
      <ellipse cx="38" cy="30" rx="9" ry="20" fill="#f1ede9" transform="rotate(-10 38 30)" {...line} />
      <ellipse cx="62" cy="30" rx="9" ry="20" fill="#f1ede9" transform="rotate(10 62 30)" {...line} />
      <ellipse cx="38" cy="31" rx="4" ry="13" fill={PINK} transform="rotate(-10 38 31)" />
      <ellipse cx="62" cy="31" rx="4" ry="13" fill={PINK} transform="rotate(10 62 31)" />
      <circle cx="50" cy="62" r="25" fill="#f1ede9" {...line} />
      <Eye x={40} y={58} />
      <Eye x={60} y={58} />
      <circle cx="33" cy="67" r="4" fill={PINK} />
      <circle cx="67" cy="67" r="4" fill={PINK} />
      <ellipse cx="50" cy="65" rx="4" ry="3" fill="#f472b6" />
      <Smile d="M50 68 Q46 72 43 70 M50 68 Q54 72 57 70" />
      <rect x="47" y="70" width="6" height="6" rx="1" fill="#fff" {...thin} />
    </g>
  );
}

function Bear() {
  return (
    <g>
      <circle cx="28" cy="31" r="11" fill="#a0522d" {...line} />
      <circle cx="72" cy="31" r="11" fill="#a0522d" {...line} />
      <circle cx="28" cy="31" r="5.5" fill="#e8c9a0" />
      <circle cx="72" cy="31" r="5.5" fill="#e8c9a0" />
      <circle cx="50" cy="56" r="29" fill="#a0522d" {...line} />
      <ellipse cx="50" cy="67" rx="14" ry="11" fill="#e8c9a0" {...thin} />
      <Eye x={39} y={50} />
      <Eye x={61} y={50} />
      <ellipse cx="50" cy="62" rx="5.5" ry="4" fill={INK} />
      <Smile d="M50 66 Q47 72 43 69 M50 66 Q53 72 57 69" />
    </g>
  );
}

function Whale() {
  const body =
    'M14 60 C14 40 38 34 58 38 C72 41 78 52 80 58 L90 46 L90 70 L80 64 C74 78 48 82 32 78 C20 75 14 68 14 60 Z';
  return (
    <g>
      <path d="M40 36 V26" {...line} />
      <circle cx="33" cy="21" r="4.5" fill="#e0f2fe" {...thin} />
      <circle cx="40" cy="16" r="4.5" fill="#e0f2fe" {...thin} />
      <circle cx="47" cy="21" r="4.5" fill="#e0f2fe" {...thin} />
      <path d={body} fill="#2f5fd0" />
      <path d="M18 68 C30 70 56 70 76 66 C70 76 48 80 32 78 C24 76 20 72 18 68 Z" fill="#bfdbfe" />
      <path d={body} fill="none" {...line} />
      <Eye x={32} y={55} />
      <Smile d="M24 63 Q31 68 40 64" />
    </g>
  );
}

function Frog() {
  return (
    <g>
      <circle cx="33" cy="35" r="13" fill="#5a9a0e" {...line} />
      <circle cx="67" cy="35" r="13" fill="#5a9a0e" {...line} />
      <ellipse cx="50" cy="61" rx="34" ry="23" fill="#5a9a0e" {...line} />
      <circle cx="33" cy="34" r="8" fill="#fff" {...thin} />
      <circle cx="67" cy="34" r="8" fill="#fff" {...thin} />
      <Eye x={33} y={35} r={4} />
      <Eye x={67} y={35} r={4} />
      <circle cx="46" cy="54" r="1.6" fill={INK} />
      <circle cx="54" cy="54" r="1.6" fill={INK} />
      <path d="M28 62 Q50 80 72 62" fill="none" {...line} />
      <circle cx="25" cy="68" r="4.5" fill={PINK} />
      <circle cx="75" cy="68" r="4.5" fill={PINK} />
    </g>
  );
}

function Lion() {
  const tufts = Array.from({ length: 12 }, (_, i) => {
    const a = (i / 12) * Math.PI * 2;
    return { x: 50 + Math.cos(a) * 27, y: 54 + Math.sin(a) * 27 };
  });
  return (
    <g>
      {tufts.map((p, i) => (
        <circle key={i} cx={p.x.toFixed(1)} cy={p.y.toFixed(1)} r="11" fill="#b45309" {...line} />
      ))}
      <circle cx="50" cy="54" r="28" fill="#b45309" />
      <circle cx="34" cy="36" r="6" fill="#fcd34d" {...thin} />
      <circle cx="66" cy="36" r="6" fill="#fcd34d" {...thin} />
      <circle cx="50" cy="56" r="21" fill="#fcd34d" {...line} />
      <Eye x={42} y={52} r={3.8} />
      <Eye x={58} y={52} r={3.8} />
      <path d="M45 60 L55 60 L50 65 Z" fill="#7c2d12" {...thin} />
      <Smile d="M50 65 Q47 70 43 68 M50 65 Q53 70 57 68" />
    </g>
  );
}

function Panda() {
  return (
    <g>
      <circle cx="28" cy="31" r="11" fill={INK} {...line} />
      <circle cx="72" cy="31" r="11" fill={INK} {...line} />
      <circle cx="50" cy="56" r="29" fill="#fff" {...line} />
      <ellipse cx="38" cy="52" rx="8" ry="11" fill={INK} transform="rotate(35 38 52)" />
      <ellipse cx="62" cy="52" rx="8" ry="11" fill={INK} transform="rotate(-35 62 52)" />
      <circle cx="39" cy="51" r="3.6" fill="#fff" />
      <circle cx="61" cy="51" r="3.6" fill="#fff" />
      <circle cx="39.6" cy="51.4" r="1.8" fill={INK} />
      <circle cx="60.4" cy="51.4" r="1.8" fill={INK} />
      <ellipse cx="50" cy="64" rx="5" ry="3.5" fill={INK} />
      <Smile d="M50 67 Q47 72 43 70 M50 67 Q53 72 57 70" />
      <circle cx="31" cy="66" r="4" fill={PINK} />
      <circle cx="69" cy="66" r="4" fill={PINK} />
    </g>
  );
}

export const ANIMAL_ART: Record<Animal, () => ReactElement> = {
  owl: Owl,
  fox: Fox,
  cat: Cat,
  turtle: Turtle,
  rabbit: Rabbit,
  bear: Bear,
  whale: Whale,
  frog: Frog,
  lion: Lion,
  panda: Panda,
};
