/**
 * What this browser can encode at the chosen video size, asked again when the size changes. The
 * check (and mediabunny) loads on demand; null until it has answered for this size.
 */
import { useEffect, useState } from 'react';
import type { PixelSize } from './file-names';
import { exportMap } from './map-access';
import type { VideoSupport } from './video-format';

/** "As on screen": the map canvas's size now (the window's, before the map is ready). */
function screenSize(): PixelSize {
  const canvas = exportMap()?.map.getCanvas();
  if (canvas?.width && canvas.height) return { width: canvas.width, height: canvas.height };
  const dpr = window.devicePixelRatio || 1;
  return { width: Math.round(window.innerWidth * dpr), height: Math.round(window.innerHeight * dpr) };
}

export function useVideoSupport(size: PixelSize | null): VideoSupport | null {
  const target = size ?? screenSize();
  const key = `${target.width}x${target.height}`;
  const [answer, setAnswer] = useState<{ key: string; support: VideoSupport } | null>(null);
  useEffect(() => {
    let live = true;
    const [width, height] = key.split('x').map(Number) as [number, number];
    import('./video-codec')
      .then(({ probeVideoSupport }) => probeVideoSupport({ width, height }))
      .catch((): VideoSupport => ({ mp4: false, webm: false }))
      .then((support) => {
        if (live) setAnswer({ key, support });
      });
    return () => {
      live = false;
    };
  }, [key]);
  return answer?.key === key ? answer.support : null;
}
