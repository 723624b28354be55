import { resolveTheme, type Theme } from '@/lib/render/theme';
import { lookTokens, type LookTokens } from '@/lib/looks/tokens';
import type { ThemeSpec } from '@/lib/spec/common';
import type { Look } from './schema';

/** A deck's colours: the spec's theme, shaped by the look (its tokens, and the colours of midnight and paper). */
export interface DeckTheme extends Theme {
  look: Look;
  tokens: LookTokens;
  /** Background of title and section slides. */
  heroBackground: string;
  heroText: string;
  heroMuted: string;
}

export function deckTheme(theme: ThemeSpec | undefined, look: Look): DeckTheme {
  const tokens = lookTokens(look);
  switch (look) {
    case 'midnight': {
      const base = resolveTheme({ palette: 'ocean', ...theme, mode: 'dark', background: theme?.background ?? '#0A0F1F' });
      return { ...base, look, tokens, heroBackground: '#050814', heroText: '#F8FAFC', heroMuted: '#94A3B8' };
    }
    case 'paper': {
      const base = resolveTheme({ palette: 'sunset', ...theme, mode: 'light', background: theme?.background ?? '#F7F2E7' });
      return { ...base, look, tokens, text: '#2A2622', heroBackground: base.background, heroText: '#2A2622', heroMuted: '#6B6257' };
    }
    case 'bold': {
      const base = resolveTheme({ palette: 'glimpse', ...theme, mode: 'light' });
      return { ...base, look, tokens, ...field(base) };
    }
    case 'clean':
    case 'editorial':
    case 'sketch': {
      const base = resolveTheme(theme);
      return { ...base, look, tokens, ...(tokens.fields ? field(base) : { heroBackground: base.background, heroText: base.text, heroMuted: base.textMuted }) };
    }
    default: {
      const unreachable: never = look;
      return unreachable;
    }
  }
}

/** A colour field: title and section slides on the primary colour. */
function field(base: Theme) {
  return { heroBackground: base.primary, heroText: base.onPrimary, heroMuted: base.onPrimary === '#FFFFFF' ? '#E0E7FF' : '#1E293B' };
}
