import sharp from 'sharp';
const names = process.argv.slice(2);
const imgs = await Promise.all(names.map(async n => { const b = await sharp(`/tmp/out-${n}.png`).resize({ width: 780 }).png().toBuffer(); const m = await sharp(b).metadata(); return { b, h: m.height }; }));
const cols = 2; const H = Math.max(...imgs.map(i => i.h)); const rows = Math.ceil(imgs.length / cols);
await sharp({ create: { width: 790 * cols, height: (H + 10) * rows, channels: 4, background: '#888' } }).composite(imgs.map((i, k) => ({ input: i.b, left: (k % cols) * 790, top: Math.floor(k / cols) * (H + 10) }))).png().toFile('/tmp/sheet.png');
