import sharp from 'sharp';
const files = process.argv.slice(2);
const W = 640, H = Math.round(640 * 9 / 16), cols = 3;
const imgs = await Promise.all(files.map(f => sharp(f).resize({ width: W, height: H, fit: 'contain', background: '#888' }).png().toBuffer()));
const rows = Math.ceil(imgs.length / cols);
await sharp({ create: { width: (W + 8) * cols, height: (H + 8) * rows, channels: 4, background: '#888' } }).composite(imgs.map((b, k) => ({ input: b, left: (k % cols) * (W + 8), top: Math.floor(k / cols) * (H + 8) }))).png().toFile('/tmp/grid.png');
