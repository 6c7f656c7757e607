import { encodePng, type Rgba } from './png.js';

/**
 * Utblick's icon, drawn with code: a globe (ring, equator, meridian) — "utblick" is an outlook on the
 * world. The colour icon is white on the accent colour, 192×192; the outline icon is white on transparent,
 * 32×32, as Teams requires.
 */
export const ACCENT = '#00609C';

type Shape = (x: number, y: number) => boolean;

function globe(size: number, stroke: number): Shape {
  const c = size / 2;
  const r = size * 0.36;
  const ring = (x: number, y: number) => Math.abs(Math.hypot(x - c, y - c) - r) <= stroke / 2;
  const inside = (x: number, y: number) => Math.hypot(x - c, y - c) <= r;
  const equator = (x: number, y: number) => inside(x, y) && Math.abs(y - c) <= stroke / 2;
  const meridianRx = r * 0.45;
  const meridian = (x: number, y: number) =>
    inside(x, y) && Math.abs(Math.hypot((x - c) / meridianRx, (y - c) / r) - 1) * meridianRx <= stroke / 2;
  return (x, y) => ring(x, y) || equator(x, y) || meridian(x, y);
}

/** Coverage of each pixel by the shape, sampled 4×4 for smooth edges. */
function render(
  size: number,
  shape: Shape,
  paint: (coverage: number) => [number, number, number, number],
): Rgba {
  const pixels = new Uint8Array(size * size * 4);
  const samples = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let hits = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++)
          if (shape(x + (sx + 0.5) / samples, y + (sy + 0.5) / samples)) hits++;
      }
      pixels.set(paint(hits / (samples * samples)), (y * size + x) * 4);
    }
  }
  return { width: size, height: size, pixels };
}

function hex(colour: string): [number, number, number] {
  const n = Number.parseInt(colour.slice(1), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

export function colorIcon(): Buffer {
  const [r, g, b] = hex(ACCENT);
  const mix = (from: number, cover: number) => Math.round(from + (255 - from) * cover);
  return encodePng(render(192, globe(192, 12), (k) => [mix(r, k), mix(g, k), mix(b, k), 255]));
}

export function outlineIcon(): Buffer {
  return encodePng(render(32, globe(32, 2.2), (k) => [255, 255, 255, Math.round(255 * k)]));
}
