import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { type CardInput, cardSize, cardTree } from './card.ts';

const require = createRequire(import.meta.url);
const fontFile = (weight: string) => require.resolve(`@expo-google-fonts/noto-sans/${weight}/NotoSans_${weight}.ttf`);

type Fonts = Parameters<typeof satori>[1]['fonts'];
let fonts: Promise<Fonts> | undefined;

/** satori takes TTF/OTF/WOFF (not WOFF2); Noto Sans covers Finnish and Swedish letters. */
function loadFonts(): Promise<Fonts> {
  fonts ??= Promise.all([
    readFile(fontFile('400Regular')).then((data) => ({
      name: 'Noto Sans',
      data,
      weight: 400 as const,
      style: 'normal' as const,
    })),
    readFile(fontFile('700Bold')).then((data) => ({
      name: 'Noto Sans',
      data,
      weight: 700 as const,
      style: 'normal' as const,
    })),
  ]);
  return fonts;
}

export async function renderCard(input: CardInput): Promise<Buffer> {
  // biome-ignore lint/suspicious/noExplicitAny: satori accepts plain element objects as well as JSX
  const svg = await satori(cardTree(input) as any, { ...cardSize, fonts: await loadFonts() });
  // satori has already turned the text into paths: resvg needs no fonts, and scanning the
  // system's fonts took more time than drawing the card.
  const image = new Resvg(svg, {
    fitTo: { mode: 'width', value: cardSize.width },
    font: { loadSystemFonts: false },
  }).render();
  // sharp (libspng) writes the PNG in a third of the time resvg's encoder takes, and 40 % smaller.
  // The card is opaque, so resvg's premultiplied pixels are the plain colours and alpha can go.
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .removeAlpha()
    .png({ compressionLevel: 6 })
    .toBuffer();
}
