/**
 * The "tokens per visual" part of npm run bench: each representative request (lib/testing/cost-requests.ts)
 * through plan() and the real provider code to the OpenAI stub, counted with o200k (gpt-tokenizer) on what
 * was sent, beside the same request as the code before routing sent it. Offline; no timing.
 */
import { COST_CASES } from '@/lib/testing/cost-requests';
import { measureCase, measureLegacyCase, totalInput, totalOutput, type CaseCost, type Flavour } from '@/lib/testing/cost-run';

export interface Prices {
  /** Dollars per million input tokens, cache miss. */
  input: number;
  /** Dollars per million input tokens read from the prompt cache. */
  cached: number;
  /** Dollars per million output tokens. */
  output: number;
}

const dollars = (tokens: number, perMillion: number) => (tokens * perMillion) / 1_000_000;

/** What the calls cost: input at the miss price except the part the provider reported as cached. */
function cost(figures: CaseCost, prices: Prices, cachedFromEarlier: boolean): number {
  return figures.calls.reduce((sum, call, index) => {
    const cached = cachedFromEarlier || index > 0 ? call.cached : 0;
    return sum + dollars(call.input - cached, prices.input) + dollars(cached, prices.cached) + dollars(call.output, prices.output);
  }, 0);
}

const cents = (value: number) => `${(value * 100).toFixed(3)}¢`;

export async function tokensBench(prices: Prices, flavour: Flavour = 'openai-compatible'): Promise<void> {
  console.log(`\nTokens per visual (o200k, what ${flavour} provider code sent to the stub; $${prices.input}/M in, $${prices.cached}/M cached, $${prices.output}/M out)`);
  console.log(`  ${'request'.padEnd(26)} ${'in today'.padStart(9)} ${'in new'.padStart(7)} ${'cacheable'.padStart(10)} ${'out today'.padStart(10)} ${'out new'.padStart(8)} ${'$ today'.padStart(9)} ${'$ new'.padStart(9)} ${'$ new, 2nd'.padStart(11)}`);
  const sums = { today: 0, now: 0, again: 0 };
  for (const testCase of COST_CASES) {
    const [now, today] = [await measureCase(flavour, testCase), await measureLegacyCase(flavour, testCase)];
    // The cacheable share: of a second request of the same kind (new visuals), else of the call after the first (a repair).
    const shared = now.again ?? now.calls[1];
    const share = shared ? `${((shared.cached / shared.input) * 100).toFixed(0)}%` : '—';
    const second = now.again ? cost({ ...now, calls: [now.again, ...now.calls.slice(1)].map((call, index) => (index === 0 ? { ...call, output: now.calls[0]?.output ?? 0 } : call)) }, prices, true) : undefined;
    const costs = { today: cost(today, prices, false), now: cost(now, prices, false) };
    sums.today += costs.today;
    sums.now += costs.now;
    sums.again += second ?? costs.now;
    const calls = (figures: CaseCost, pick: (figures: CaseCost) => number) => (figures.calls.length > 1 ? `${pick(figures)}*` : String(pick(figures)));
    console.log(
      `  ${testCase.name.padEnd(26)} ${calls(today, totalInput).padStart(9)} ${calls(now, totalInput).padStart(7)} ${share.padStart(10)} ${String(totalOutput(today)).padStart(10)} ${String(totalOutput(now)).padStart(8)} ${cents(costs.today).padStart(9)} ${cents(costs.now).padStart(9)} ${(second === undefined ? '—' : cents(second)).padStart(11)}`,
    );
  }
  console.log(`  ${'all eight'.padEnd(26)} ${''.padStart(9)} ${''.padStart(7)} ${''.padStart(10)} ${''.padStart(10)} ${''.padStart(8)} ${cents(sums.today).padStart(9)} ${cents(sums.now).padStart(9)} ${cents(sums.again).padStart(11)}`);
  console.log('  * two calls (the repair round), summed. "cacheable": prefix shared with the previous call of the kind. "$ new, 2nd": the same request when the kind\'s prefix is cached.');
  console.log('  Targets: a new visual ≤ 4,000 input tokens on a cache miss, an edit ≤ 1,500, ≥ 80% cacheable on the second call of a kind (lib/llm/cost.test.ts).');
}
