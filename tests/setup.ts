// Shared test setup. Component tests opt into jsdom with a `// @vitest-environment jsdom` docblock.
if (typeof window !== 'undefined') {
  // Radix measures the slider's thumb; jsdom has no ResizeObserver.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}
export {};
