import { z } from 'zod';

// Runs in the browser before the app's modules (Next.js file convention). zod's object parser probes
// `new Function` once (for its JIT) as schemas are built; the page CSP has no 'unsafe-eval', and a
// strict CSP reports even a caught probe as a violation. Jitless skips the probe; the browser only
// parses small specs (the spec editor), where the JIT buys nothing. The server keeps the JIT.
z.config({ jitless: true });
