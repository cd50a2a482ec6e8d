/**
 * Motion a reader asked not to see: with `prefers-reduced-motion: reduce`,
 * no animation still runs and the page does not scroll smoothly (vestibular
 * disorders). An animation that runs for more than five seconds, or without
 * end, fails WCAG 2.2.2 (level A) whatever the setting, and is an error;
 * a shorter one, or smooth scrolling, is 2.3.3 (level AAA), a warning. A
 * transition, which runs only on a change the reader makes, is not counted.
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
    const total = timing.endTime === undefined ? Number.POSITIVE_INFINITY : Number(timing.endTime);
    const long = !Number.isFinite(total) || total > 5000;
    found.push(
      finding(
        'animation',
        long ? '2.2.2' : '2.3.3',
        `${target ? described(target) : 'An element'} keeps moving (${animation instanceof CSSAnimation ? `animation ${animation.animationName}` : 'a script animation'}${long ? ', for more than five seconds' : ''}) when the reader asked for reduced motion: stop it inside @media (prefers-reduced-motion: reduce)${long ? ', and give readers a way to pause it' : ''}.`,
        target,
        long ? 'error' : 'warning',
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
        'warning',
      ),
    );
  return found;
}
