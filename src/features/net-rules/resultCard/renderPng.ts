/** The result card's SVG drawn into a PNG, entirely on this device: nothing is uploaded or fetched. */
import { CARD_HEIGHT, CARD_WIDTH, INK } from './cardLayout.ts';

/** The PNG is drawn at twice the card's size so it stays sharp on phones. */
const PNG_SCALE = 2;

export async function renderPng(svg: SVGSVGElement): Promise<Blob> {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('width', String(CARD_WIDTH));
  copy.setAttribute('height', String(CARD_HEIGHT));
  const markup = new XMLSerializer().serializeToString(copy);
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The card picture could not be drawn.'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = CARD_WIDTH * PNG_SCALE;
    canvas.height = CARD_HEIGHT * PNG_SCALE;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No canvas on this device.');
    context.scale(PNG_SCALE, PNG_SCALE);
    context.fillStyle = INK.bg;
    context.fillRect(0, 0, CARD_WIDTH, CARD_HEIGHT);
    context.drawImage(image, 0, 0, CARD_WIDTH, CARD_HEIGHT);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('No PNG made.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
