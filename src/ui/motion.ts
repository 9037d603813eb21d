/** framer-motion goes through here: the lazy `m` components only, never the full `motion` bundle. */
export { LazyMotion, MotionConfig, m, AnimatePresence, useReducedMotion } from 'framer-motion';
