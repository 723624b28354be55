import sharp from 'sharp';
const names = process.argv.slice(2);
const imgs = await Promise.all(names.map(async n => { const b = await sharp(`/tmp/out-${n}.png`).resize({ width: 600 }).png().toBuffer(); const m = await sharp(b).metadata(); return { b, h: m.height }; }));
const H = Math.max(...imgs.map(i => i.h));
await sharp({ create: { width: 610 * imgs.length, height: H, channels: 4, background: '#888' } }).composite(imgs.map((i, k) => ({ input: i.b, left: k * 610, top: 0 }))).png().toFile('/tmp/sheet.png');
