/** Providers (motion, error boundary, suspense) around the shell. */
import { Suspense, useEffect } from 'react';
import { LazyMotion, MotionConfig } from '../ui/motionRoot.ts';
import { syncAcrossTabs, useStore } from '../store/index.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { Shell } from './Shell.tsx';
import { useDisplaySettings } from './useDisplaySettings.ts';

// Animation features arrive in their own chunk after first paint; `m` components render statically until then.
const loadFeatures = () => import('../ui/motionFeatures.ts').then((m) => m.default);

export function App() {
  const motion = useStore((s) => s.settings.motion);
  useDisplaySettings();
  useEffect(syncAcrossTabs, []);
  return (
    <LazyMotion features={loadFeatures} strict>
      <MotionConfig reducedMotion={motion === 'system' ? 'user' : motion === 'reduce' ? 'always' : 'never'}>
        <ErrorBoundary landmark>
          <Suspense fallback={<div className="loading" aria-busy="true" />}>
            <Shell />
          </Suspense>
        </ErrorBoundary>
      </MotionConfig>
    </LazyMotion>
  );
}
