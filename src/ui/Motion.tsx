import { LazyMotion, MotionConfig, domAnimation } from 'framer-motion';
import type { ReactNode } from 'react';

/**
 * framer-motion for the pages that animate (lessons, troubleshooting), loaded with them: the
 * first screen does without it (initial_js_gzip_kb), and the simulator's per-step moves are CSS
 * transforms, cheaper at every step. Reduced motion (the setting or the system's) stills it.
 */
export function Motion({ reduced, children }: { reduced: boolean; children: ReactNode }) {
  return (
    <LazyMotion features={domAnimation} strict>
      <MotionConfig reducedMotion={reduced ? 'always' : 'never'}>{children}</MotionConfig>
    </LazyMotion>
  );
}
