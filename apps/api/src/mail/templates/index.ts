import { guestLink } from './guest.templates';
import { passwordReset, signupAttempt, verifyEmail } from './account.templates';
import { partnerInvitation, shareInvitation } from './invitation.templates';
import { dailyMetricsDigest } from './metrics.templates';
import { pledgeConfirmation, pledgeNotice } from './pledge.templates';
import { ownerDigest, reservationReminder } from './reminder.templates';
import { giftReservedNotice, giftUnreservedNotice, reservationConfirmation, reservationHold, reservationReleased } from './reservation.templates';
import { planReceipt, planRefunded } from './plan.templates';
import { linkHealthSummary } from './link-health.templates';
import type { Template } from './template';

/** Every message the worker can send, by job name. */
export const TEMPLATES: Record<string, Template> = {
  'reservation-confirmation': reservationConfirmation,
  'gift-reserved-notice': giftReservedNotice,
  'gift-unreserved-notice': giftUnreservedNotice,
  'reservation-released': reservationReleased,
  'reservation-hold': reservationHold,
  'pledge-confirmation': pledgeConfirmation,
  'pledge-notice': pledgeNotice,
  'guest-link': guestLink,
  'daily-metrics-digest': dailyMetricsDigest,
  'reservation-reminder': reservationReminder,
  'owner-digest': ownerDigest,
  'verify-email': verifyEmail,
  'password-reset': passwordReset,
  'signup-attempt': signupAttempt,
  'partner-invitation': partnerInvitation,
  'share-invitation': shareInvitation,
  'plan-receipt': planReceipt,
  'plan-refunded': planRefunded,
  'link-health-summary': linkHealthSummary,
};
