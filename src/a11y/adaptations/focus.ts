/**
 * The keyboard (WCAG 2.4.3, 2.4.7, 2.4.11): real Tab key presses through the
 * page, every element that takes focus recorded, then checked for a visible
 * indicator, a place on screen not covered by anything, and an order that
 * is the reading order (../probes/focus.ts). The presses are sent at once
 * and the browser runs them in order: one round trip each was most of the
 * check's time.
 */
import type { CDPSession } from 'puppeteer';
import type { Adaptation } from './adaptation.ts';

/** At most this many presses on one page (an index of a thousand pages has a thousand links). */
export const maxPresses = 2_000;

const tab = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, nativeVirtualKeyCode: 9 };

async function pressTab(session: CDPSession, times: number): Promise<void> {
  const sent: Promise<unknown>[] = [];
  for (let press = 0; press < times; press += 1) {
    sent.push(session.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...tab }));
    sent.push(session.send('Input.dispatchKeyEvent', { type: 'keyUp', ...tab }));
  }
  await Promise.all(sent);
}

export const focus: Adaptation = {
  runner: 'focus',
  async check({ page, session }) {
    // Until focus comes back to where it started: a page may have more stops than focusable elements.
    let pressed = 0;
    let more = await page.evaluate(() => window.__gateProbes.watchFocus());
    while (more > 0 && pressed < maxPresses) {
      const presses = Math.min(more, maxPresses - pressed);
      await pressTab(session, presses);
      pressed += presses;
      more = await page.evaluate(() => window.__gateProbes.focusPressesLeft());
    }
    return page.evaluate(() => window.__gateProbes.focusFindings(false));
  },
};
