import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { fontDir, fontFiles } from '../fonts.ts';

/**
 * Images for the book: PNG and JPEG as they are, SVG rasterised with resvg (pdfkit has no SVG),
 * with the book's own fonts so text in diagrams matches. No network: remote images print as their
 * alt text.
 */
export interface LoadedImage {
  data: Buffer;
  /** Natural size in CSS pixels, for the aspect ratio. */
  width: number;
  height: number;
}

export function resolveImage(url: string, mdxFile: string, root: string): string | undefined {
  if (/^[a-z]+:/i.test(url)) return undefined;
  const clean = decodeURIComponent(url.split(/[?#]/)[0] ?? url);
  if (clean.startsWith('/')) {
    const inPublic = path.join(root, 'public', clean);
    return inPublic;
  }
  return path.resolve(path.dirname(path.join(root, mdxFile)), clean);
}

const cache = new Map<string, LoadedImage>();

/** Reads an image, rasterising SVG at `pixelWidth`. Throws with the path if it is missing. */
export function loadImage(file: string, pixelWidth: number): LoadedImage {
  const key = `${file}@${pixelWidth}`;
  const hit = cache.get(key);
  if (hit) return hit;
  if (!existsSync(file)) throw new Error(`image not found: ${file}`);
  let image: LoadedImage;
  if (file.endsWith('.svg')) {
    const dir = fontDir();
    const resvg = new Resvg(readFileSync(file), {
      fitTo: { mode: 'width', value: Math.round(pixelWidth) },
      background: 'white',
      font: {
        loadSystemFonts: false,
        fontFiles: Object.values(fontFiles).map((f) => path.join(dir, f)),
        defaultFontFamily: 'Noto Sans',
        sansSerifFamily: 'Noto Sans',
      },
    });
    const rendered = resvg.render();
    image = { data: rendered.asPng(), width: rendered.width, height: rendered.height };
  } else {
    const data = readFileSync(file);
    const size = pngOrJpegSize(data);
    image = { data, ...size };
  }
  cache.set(key, image);
  return image;
}

/** Width and height from a PNG or JPEG header. */
export function pngOrJpegSize(data: Buffer): { width: number; height: number } {
  if (data.readUInt32BE(0) === 0x89504e47) return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
  let i = 2;
  while (i < data.length) {
    if (data[i] !== 0xff) break;
    const marker = data[i + 1] ?? 0;
    const length = data.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: data.readUInt16BE(i + 5), width: data.readUInt16BE(i + 7) };
    }
    i += 2 + length;
  }
  throw new Error('not a PNG or JPEG image');
}
