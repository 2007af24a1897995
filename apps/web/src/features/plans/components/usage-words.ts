import type { Translate } from '@/lib/i18n';
import type { PlanUsage } from '../utils/usage';

/** "32 of 40 gifts" or "32 gifts, no limit", in the dashboard's language. */
export const usageWords = ({ used, limit }: Pick<PlanUsage, 'used' | 'limit'>, t: Translate): string =>
  limit === null ? t('dashboard:plan.usage-unlimited', { count: used }) : t('dashboard:plan.usage', { used, count: limit });
