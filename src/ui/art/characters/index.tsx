import type { ReactNode } from 'react';
import type { CharacterName, Mood } from '../../../content/artNames';
import { C } from '../palette';
import { bodyFrame, Person, type Look } from './Person';

/*
 * The cast. Each character is only a configuration of the shared Person, so new children stay in the same style.
 * Children come from many parts of the world; Leo uses a wheelchair and Ravi wears a hearing aid, shown plainly
 * as part of who they are.
 */
export const LOOKS: Record<CharacterName, Look> = {
  amara: {
    skin: C.skinDeep,
    hair: C.hairBlack,
    style: 'puffs',
    top: C.yellow,
    bottom: C.purple,
    shoes: C.red,
    dress: true,
  },
  leo: {
    skin: C.skinLight,
    hair: C.hairAuburn,
    style: 'tousled',
    top: C.green,
    bottom: C.navy,
    shoes: C.orange,
    seated: true,
  },
  mei: {
    skin: C.skinLightMed,
    hair: C.hairBlack,
    style: 'bob',
    top: C.pink,
    bottom: C.blue,
    shoes: C.navy,
  },
  omar: {
    skin: C.skinBrown,
    hair: C.hairDark,
    style: 'crop',
    top: C.orange,
    bottom: C.navy,
    shoes: C.greyDark,
  },
  sofia: {
    skin: C.skinTan,
    hair: C.hairBrown,
    style: 'wavy',
    top: C.teal,
    bottom: C.red,
    shoes: C.navy,
    dress: true,
  },
  ravi: {
    skin: C.skinWarm,
    hair: C.hairBlack,
    style: 'swoop',
    top: C.blue,
    bottom: C.greyDark,
    shoes: C.red,
    hearingAid: true,
  },
  mum: {
    skin: C.skinWarm,
    hair: C.purple,
    style: 'scarf',
    top: C.greenDark,
    bottom: C.greenDark,
    shoes: C.brown,
    dress: true,
    adult: true,
  },
  dad: {
    skin: C.skinLight,
    hair: C.hairAuburn,
    style: 'crop',
    top: C.teal,
    bottom: C.navy,
    shoes: C.brown,
    adult: true,
    beard: true,
  },
  grandpa: {
    skin: C.skinTan,
    hair: C.hairGrey,
    style: 'balding',
    top: C.red,
    bottom: C.brown,
    shoes: C.ink,
    adult: true,
    glasses: true,
  },
};

export const characterFrame = (name: CharacterName) => bodyFrame(LOOKS[name]);

/**
 * A character with feet at (x, y), scaled by s, feeling a mood (happy unless said), optionally holding
 * something in both hands. Who it is and how they feel are on the group so tests can check the picture
 * says what the words say.
 */
export function Character(p: {
  name: CharacterName;
  x: number;
  y: number;
  s: number;
  mood?: Mood;
  held?: ReactNode;
}) {
  const mood = p.mood ?? 'happy';
  return (
    <g transform={`translate(${p.x} ${p.y}) scale(${p.s})`} data-character={p.name} data-mood={mood}>
      <Person look={LOOKS[p.name]} held={p.held} mood={mood} />
    </g>
  );
}
