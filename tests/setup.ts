// Shared test setup. Component tests opt into jsdom with a `// @vitest-environment jsdom` docblock.
if (typeof window !== 'undefined') {
  // jsdom has no ResizeObserver: one that never calls back (what is measured is measured once).
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}
export {};
