import QRCode from "qrcode";

export type QrCodeImages = {
  /** `data:image/png;base64,…`, 1024 px square: sharp enough to print on a poster. */
  png: string;
  /** `data:image/svg+xml,…`: scales to any size. */
  svg: string;
};

// Medium error correction survives a smudged or folded poster; the 4-module quiet zone is
// what the QR standard asks for around the code.
const OPTIONS = { errorCorrectionLevel: "M", margin: 4, color: { dark: "#000000", light: "#ffffff" } } as const;

/** A QR code of `text` as PNG and SVG data URLs (in the browser the PNG is drawn on a canvas). */
export async function qrCodeImages(text: string): Promise<QrCodeImages> {
  const [png, svg] = await Promise.all([
    QRCode.toDataURL(text, { ...OPTIONS, type: "image/png", width: 1024 }),
    QRCode.toString(text, { ...OPTIONS, type: "svg", width: 1024 }),
  ]);
  return { png, svg: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` };
}
