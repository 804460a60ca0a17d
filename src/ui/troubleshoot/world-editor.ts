import { lazy } from 'react';

/**
 * The world editor (src/ui/editor), loaded when a repair or a staged fault is made: its form and
 * validation stay out of the page until the student gets there.
 */
export const LazyWorldEditor = lazy(() =>
  import('../editor/WorldEditor').then((module) => ({ default: module.WorldEditor })),
);
