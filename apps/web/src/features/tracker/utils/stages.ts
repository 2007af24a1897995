import type { TrackerEntry, TrackerStage } from '@whispergifts/api-client';
import type { Translate } from '@/lib/i18n';

/** Every stage in the order a gift moves through them, then the ones that left the path. */
export const STAGES: TrackerStage[] = ['held', 'reserved', 'pledged', 'bought', 'received', 'thanked', 'cancelled', 'lapsed'];

/** A stage in words, in the page's language (one ICU select, so each language words every stage its own way). */
export const stageLabel = (t: Translate, stage: TrackerStage) => t('tracker:stage', { stage });

/** Stages that are still a gift on its way (not undone by the guest, not left unconfirmed). */
const ON_THE_WAY: TrackerStage[] = ['reserved', 'pledged', 'bought'];

export const canMarkReceived = (entry: TrackerEntry) => ON_THE_WAY.includes(entry.stage);
export const canUndoReceived = (entry: TrackerEntry) => entry.stage === 'received';
/** A thank-you may go before the parcel arrives (a card at the party), so only gone and unconfirmed ones are out. */
export const canMarkThanked = (entry: TrackerEntry) => ON_THE_WAY.includes(entry.stage) || entry.stage === 'received';
export const canUndoThanked = (entry: TrackerEntry) => entry.stage === 'thanked';
/** Rows that no longer count (the guest undid it, or never confirmed it) recede. */
export const isGone = (entry: TrackerEntry) => entry.stage === 'cancelled' || entry.stage === 'lapsed';

/** "2 × Dinner plates", or the gift alone. */
export const giftLine = (entry: TrackerEntry) => `${entry.quantity && entry.quantity > 1 ? `${entry.quantity} × ` : ''}${entry.gift}`;
