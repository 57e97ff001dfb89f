/**
 * Reads an exported video in Node with mediabunny (no browser, no WebCodecs needed to read the
 * container): its container, tracks, codec, size, duration, frames and key frames.
 */
import { ALL_FORMATS, BufferSource, EncodedPacketSink, Input } from 'mediabunny';

export async function readVideo(bytes) {
  const input = new Input({ source: new BufferSource(new Uint8Array(bytes)), formats: ALL_FORMATS });
  try {
    const format = await input.getFormat();
    const tracks = await input.getTracks();
    const videoTracks = await input.getVideoTracks();
    const video = videoTracks[0];
    let frames = 0;
    let keyFrames = 0;
    if (video) {
      for await (const packet of new EncodedPacketSink(video).packets()) {
        frames++;
        if (packet.type === 'key') keyFrames++;
      }
    }
    return {
      container: format.name,
      mimeType: await input.getMimeType(),
      trackCount: tracks.length,
      videoTrackCount: videoTracks.length,
      codec: video ? await video.getCodec() : null,
      width: video ? await video.getDisplayWidth() : 0,
      height: video ? await video.getDisplayHeight() : 0,
      duration: await input.computeDuration(),
      frames,
      keyFrames,
      title: (await input.getMetadataTags()).title ?? null,
    };
  } finally {
    input.dispose();
  }
}
