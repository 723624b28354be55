import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { GlimpseError, httpStatus, reportError } from '@/lib/errors';
import { parseSpec, type VisualSpec } from '@/lib/spec/visual';

/**
 * A GlimpseError whose paths start at the tool's argument (`spec.sections.0.items.0.trend`), so a
 * model reading the error knows which argument to fix.
 */
export function underArgument(error: unknown, argument: string): unknown {
  if (!(error instanceof GlimpseError)) return error;
  const issues = error.issues.map((issue) => ({ ...issue, path: [argument, ...issue.path] }));
  const first = error.issues[0];
  const written = first && first.path.length > 0 ? `${first.path.join('.')}: ` : undefined;
  const message = written && error.message.startsWith(written) ? `${argument}.${error.message}` : `${argument}: ${error.message}`;
  return new GlimpseError(error.code, message, { issues, cause: error, retryAfterSeconds: error.retryAfterSeconds });
}

/** parseSpec for a tool argument: the error's paths start with the argument's name. */
export function parseSpecArgument(input: unknown, argument = 'spec'): VisualSpec {
  try {
    return parseSpec(input);
  } catch (error) {
    throw underArgument(error, argument);
  }
}

/**
 * Anything a tool throws → an MCP tool error (`isError: true`), not a protocol error, so the model
 * sees it and can repair its call: the text names the code, each field path and the rule broken;
 * `structuredContent` has Glimpse's usual error JSON plus the HTTP status it would have had.
 */
export function toolError(error: unknown): CallToolResult {
  const glimpseError = reportError(error);
  const status = httpStatus(glimpseError.code);
  const lines = [`${glimpseError.code} (${status}): ${glimpseError.message}`];
  for (const issue of glimpseError.issues.slice(0, 20)) lines.push(`- ${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`);
  if (glimpseError.retryAfterSeconds !== undefined) lines.push(`Retry after ${glimpseError.retryAfterSeconds} s.`);
  return {
    isError: true,
    content: [{ type: 'text', text: lines.join('\n') }],
    structuredContent: { error: { ...glimpseError.toJSON().error, status } },
  };
}
