/**
 * The encoder settings of each video format, and the check of what this browser can encode with
 * them. The check asks WebCodecs (through mediabunny's canEncodeVideo) with the very settings the
 * export uses, per size: H.264 levels cap the picture size, and H.264 wants even sides.
 */
import { canEncodeVideo, Quality, type VideoEncodingConfig } from 'mediabunny';
import type { PixelSize } from './file-names';
import { DEFAULT_FPS } from './frame-schedule';
import { evenSize, VIDEO_FORMATS, type VideoFormat, type VideoSupport } from './video-format';

/** Maps are sharp lines and small text: 'high' keeps them crisp at a few Mbit/s. */
export function encodingConfig(format: VideoFormat): VideoEncodingConfig {
  return { codec: VIDEO_FORMATS[format].codec, quality: new Quality('high') };
}

export async function canEncode(format: VideoFormat, size: PixelSize, fps: number): Promise<boolean> {
  if (typeof VideoEncoder !== 'function' || typeof VideoFrame !== 'function') return false;
  const { width, height } = evenSize(size);
  return canEncodeVideo(VIDEO_FORMATS[format].codec, { width, height, frameRate: fps, quality: encodingConfig(format).quality }).catch(() => false);
}

export async function probeVideoSupport(size: PixelSize, fps = DEFAULT_FPS): Promise<VideoSupport> {
  const [mp4, webm] = await Promise.all([canEncode('mp4', size, fps), canEncode('webm', size, fps)]);
  return { mp4, webm };
}
