/**
 * The header's height as the CSS variable --header-h on the app, so the side panel starts under it:
 * the tagline and the language menu take one line or two depending on the language.
 */
import { useLayoutEffect, type RefObject } from 'react';

export function useHeaderHeight(header: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = header.current;
    const app = element?.parentElement;
    if (!element || !app) return;
    const apply = () => app.style.setProperty('--header-h', `${Math.ceil(element.getBoundingClientRect().height)}px`);
    apply();
    // No ResizeObserver (jsdom): measured once.
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(apply);
    observer.observe(element);
    return () => observer.disconnect();
  }, [header]);
}
