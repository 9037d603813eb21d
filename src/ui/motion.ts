/**
 * framer-motion goes through here: the lazy `m` components only, never the full `motion` bundle.
 *
 * `m` is wrapped for prerendered pages: an element rendered into the HTML (by the prerender, or while the
 * browser hydrates it) is already on screen, so it starts at rest (`initial={false}`) instead of vanishing to
 * its `initial` styles and animating back in. Those styles would also land in the HTML as style attributes,
 * which the CSP refuses. Elements mounted later animate in as written.
 */
import { createElement, type ComponentType } from 'react';
import { m as motionM } from 'framer-motion';
import { useFirstPaint } from './firstPaint.ts';

export { LazyMotion, MotionConfig, AnimatePresence, useReducedMotion } from 'framer-motion';

type Props = Record<string, unknown> & { initial?: unknown };
const wrapped = new Map<PropertyKey, ComponentType<Props>>();

function atRestOnFirstPaint(tag: PropertyKey): ComponentType<Props> {
  let component = wrapped.get(tag);
  if (!component) {
    const Inner = (motionM as unknown as Record<PropertyKey, ComponentType<Props>>)[tag];
    if (!Inner) throw new Error(`no m.${String(tag)}`);
    const AtRest = (props: Props) =>
      createElement(Inner, useFirstPaint() ? { ...props, initial: false } : props);
    AtRest.displayName = `m.${String(tag)}`;
    wrapped.set(tag, AtRest);
    component = AtRest;
  }
  return component;
}

export const m = new Proxy(motionM, {
  get: (_target, tag) => atRestOnFirstPaint(tag),
}) as typeof motionM;
