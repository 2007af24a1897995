import type { Theme } from '@whispergifts/api-client';
import { THEME_CHOICES } from '@/config/themes';

/** The designs cards can have: every gift list theme (one list, config/themes.ts), named as the theme picker names them. */
export const CARD_DESIGNS: Theme[] = THEME_CHOICES.map(({ id }) => id);
