/**
 * Motion a reader asked not to see: with `prefers-reduced-motion: reduce`,
 * no animation still runs and the page does not scroll smoothly (WCAG
 * 2.3.3; vestibular disorders). A transition, which runs only on a change
 * the reader makes, is not counted.
 */
import { described, finding, type ProbeFinding } from './finding.ts';

export function ongoingMotion(): ProbeFinding[] {
  const found: ProbeFinding[] = [];
  for (const animation of document.getAnimations()) {
    if (animation.playState !== 'running' || animation instanceof CSSTransition) continue;
    const effect = animation.effect;
    const timing = effect?.getComputedTiming();
    if (!timing || timing.duration === 0 || timing.duration === 'auto') continue;
    const target = effect instanceof KeyframeEffect ? effect.target : null;
    found.push(
      finding(
        'animation',
        '2.3.3',
        `${target ? described(target) : 'An element'} keeps moving (${animation instanceof CSSAnimation ? `animation ${animation.animationName}` : 'a script animation'}) when the reader asked for reduced motion: stop it inside @media (prefers-reduced-motion: reduce).`,
        target,
      ),
    );
  }
  if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth')
    found.push(
      finding(
        'smooth-scroll',
        '2.3.3',
        'The page scrolls smoothly when the reader asked for reduced motion: set scroll-behavior: smooth only inside @media (prefers-reduced-motion: no-preference).',
        document.documentElement,
      ),
    );
  return found;
}
