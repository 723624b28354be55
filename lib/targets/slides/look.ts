import { resolveTheme, type Theme } from '@/lib/render/theme';
import type { ThemeSpec } from '@/lib/spec/common';
import type { Look } from './schema';

/** A deck's colours: the spec's theme, shaped by the built-in look. */
export interface DeckTheme extends Theme {
  look: Look;
  /** Background of title and section slides. */
  heroBackground: string;
  heroText: string;
  heroMuted: string;
}

export function deckTheme(theme: ThemeSpec | undefined, look: Look): DeckTheme {
  switch (look) {
    case 'clean': {
      const base = resolveTheme(theme);
      return { ...base, look, heroBackground: base.background, heroText: base.text, heroMuted: base.textMuted };
    }
    case 'midnight': {
      const base = resolveTheme({ palette: 'ocean', ...theme, mode: 'dark', background: theme?.background ?? '#0A0F1F' });
      return { ...base, look, heroBackground: '#050814', heroText: '#F8FAFC', heroMuted: '#94A3B8' };
    }
    case 'paper': {
      const base = resolveTheme({ palette: 'sunset', ...theme, mode: 'light', background: theme?.background ?? '#F7F2E7' });
      return { ...base, look, text: '#2A2622', heroBackground: base.background, heroText: '#2A2622', heroMuted: '#6B6257' };
    }
    case 'bold': {
      const base = resolveTheme({ palette: 'glimpse', ...theme, mode: 'light' });
      return { ...base, look, heroBackground: base.primary, heroText: base.onPrimary, heroMuted: base.onPrimary === '#FFFFFF' ? '#E0E7FF' : '#1E293B' };
    }
    default: {
      const unreachable: never = look;
      return unreachable;
    }
  }
}
