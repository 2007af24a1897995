import { giftReservedNotice, reservationConfirmation } from './reservation.templates';
import type { Template } from './template';

/** Every message the worker can send, by job name. */
export const TEMPLATES: Record<string, Template> = {
  'reservation-confirmation': reservationConfirmation,
  'gift-reserved-notice': giftReservedNotice,
};
