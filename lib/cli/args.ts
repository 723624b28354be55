import { parseArgs } from 'node:util';

export const USAGE = `Usage: glimpse <command> [options]

Commands:
  render <spec.json|->  -o <file>   Render a visual spec (a file, or - for stdin) in this process, offline
  generate "<prompt>"   -o <file>   Plan a spec from a prompt (the offline planner unless GLIMPSE_MODEL is set), then render it
  serve                             Start the production server (scripts/server.mjs; needs npm run build)
  mcp                               Run the MCP server on stdin/stdout

Options:
  -o, --output <file>    Where to write: the extension picks the format (png, webp, svg, pdf, pptx, zip, csv,
                         excalidraw; generate also writes .json, the spec); - writes to stdout (with --format)
  -f, --format <format>  The format, when the file name does not say it
  -s, --scale <n>        Raster scale, 0.25–4 (png, webp, zip); default 1
      --slide <n>        Which slide (1-based) for png, webp or svg of a deck
  -k, --kind <kind>      generate: force a kind (infographic, chart, slides, whiteboard)
  -d, --data <file>      generate: data to visualise (CSV, TSV, Markdown or JSON text; - for stdin)
  -p, --port <port>      serve: the port (default PORT, else 3000)
  -q, --quiet            No progress or summary on stderr
  -h, --help             This help
  -v, --version          The version

Exit codes: 0 ok, 2 invalid spec (each problem printed as "path: message"), 1 anything else.
`;

export interface CommandLine {
  command: string | undefined;
  positionals: string[];
  output?: string;
  format?: string;
  scale?: string;
  slide?: string;
  kind?: string;
  data?: string;
  port?: string;
  quiet: boolean;
  help: boolean;
  version: boolean;
}

/** A mistake on the command line (exit 1, with the usage hint). */
export class UsageError extends Error {}

export function parseCommandLine(argv: string[]): CommandLine {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        output: { type: 'string', short: 'o' },
        format: { type: 'string', short: 'f' },
        scale: { type: 'string', short: 's' },
        slide: { type: 'string' },
        kind: { type: 'string', short: 'k' },
        data: { type: 'string', short: 'd' },
        port: { type: 'string', short: 'p' },
        quiet: { type: 'boolean', short: 'q', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  return {
    command,
    positionals: rest,
    output: values.output,
    format: values.format,
    scale: values.scale,
    slide: values.slide,
    kind: values.kind,
    data: values.data,
    port: values.port,
    quiet: values.quiet ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
  };
}
