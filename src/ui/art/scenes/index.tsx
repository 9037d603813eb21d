import type { ComponentType } from 'react';
import type { SceneName } from '../../../content/artNames';
import { Bedroom } from './Bedroom';
import { Classroom } from './Classroom';
import { Kitchen } from './Kitchen';
import { Library } from './Library';
import { LivingRoom } from './LivingRoom';
import { Park } from './Park';

/** Every scene name maps to a background drawn into 0 0 800 600. */
export const SCENE_ART: Record<SceneName, ComponentType> = {
  'living-room': LivingRoom,
  bedroom: Bedroom,
  classroom: Classroom,
  park: Park,
  kitchen: Kitchen,
  library: Library,
};
