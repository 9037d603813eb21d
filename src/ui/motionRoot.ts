/**
 * What the app's root needs of framer-motion (the lazy feature loader and the reduced-motion setting), apart
 * from `m` (motion.ts), so the entry chunk does not carry the animated components: only pages that animate load
 * them.
 */
export { LazyMotion, MotionConfig } from 'framer-motion';
