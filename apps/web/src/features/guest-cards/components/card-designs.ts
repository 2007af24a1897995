import type { Theme } from '@whispergifts/api-client';
import { THEME_CHOICES } from '@/config/themes';

/** The designs cards can have: every gift list theme (one list, config/themes.ts). */
export const CARD_DESIGNS: { value: Theme; label: string }[] = THEME_CHOICES.map(({ id, name }) => ({ value: id, label: name }));
