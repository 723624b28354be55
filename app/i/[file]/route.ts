import { GlimpseError } from '@/lib/errors';
import { admit } from '@/lib/http/guard';
import { chooseOutput } from '@/lib/http/request';
import { errorImageFormat, handle, respondWithRender } from '@/lib/http/respond';
import { isFormat } from '@/lib/render/formats';
import { parseSpec } from '@/lib/spec/visual';
import { isSpecId, loadSpec } from '@/lib/store/specs';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** /i/<id>.<ext>: a stored spec rendered; immutable because the id is the spec's content hash. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const dot = file.lastIndexOf('.');
  const id = dot === -1 ? file : file.slice(0, dot);
  const extension = dot === -1 ? 'png' : file.slice(dot + 1);
  return handle(
    async () => {
      await admit(request, 'public');
      if (!isFormat(extension) || extension === 'json') {
        throw new GlimpseError('invalid_option', `unknown extension ".${extension}"; use .png, .webp, .svg, .pdf or .csv`, {
          issues: [{ path: ['extension'], message: 'must be png, webp, svg, pdf or csv' }],
        });
      }
      const stored = isSpecId(id) ? await loadSpec(id) : undefined;
      if (stored === undefined) {
        throw new GlimpseError('not_found', `no stored spec with id "${id}"`, { issues: [{ path: ['id'], message: 'not found' }] });
      }
      const output = chooseOutput(request, extension);
      return respondWithRender(request, parseSpec(stored), { ...output, format: extension }, 'immutable');
    },
    () => errorImageFormat(request, isFormat(extension) ? extension : 'png'),
  );
}
