import type { Theme } from '@whispergifts/api-client';

/** The designs cards can have: the gift list themes (add a new theme here as well as to the settings form). */
export const CARD_DESIGNS: { value: Theme; label: string }[] = [
  { value: 'classic', label: 'Classic' },
  { value: 'garden', label: 'Garden' },
  { value: 'modern', label: 'Modern' },
  { value: 'midnight', label: 'Midnight' },
];
