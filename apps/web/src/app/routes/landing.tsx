import { Trans } from '@lingui/react';
import { paths } from '@/config/paths';
import { PlanCards } from '@/features/plans/components/plan-cards';
import { useT } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';

const SCREENSHOT = (format: 'webp' | 'jpg') => `/landing/guest-list-phone-300.${format} 300w, /landing/guest-list-phone-600.${format} 600w`;

/**
 * / — what WhisperGifts is, in one look, and how it works. Plain markup and plain links, no router and no query
 * cache: main.tsx renders it without the rest of the app, so it is the lightest page of all. Its one request is
 * the plans (their prices come from the API's configuration).
 */
export function Component() {
  const t = useT('landing');
  useDocumentTitle(undefined);
  return (
    <div className="landing">
      <section className="hero">
        <div className="hero-text">
          <h1>{t('landing:landing.hero.title')}</h1>
          <p className="lead">{t('landing:landing.hero.lead')}</p>
          <div className="button-row">
            <a className="button button-primary" href={paths.signup()}>
              {t('landing:landing.hero.create')}
            </a>
            <a className="button" href={paths.giftList(paths.exampleListSlug)}>
              {t('landing:landing.hero.example')}
            </a>
          </div>
          <p>
            <Trans id="landing:landing.hero.ways-in" components={{ 0: <a href={paths.findCouple()} />, 1: <a href={paths.login()} /> }} />
          </p>
        </div>
        <picture className="hero-phone">
          <source type="image/webp" srcSet={SCREENSHOT('webp')} sizes="(min-width: 56rem) 300px, 60vw" />
          <img
            src="/landing/guest-list-phone-600.jpg"
            srcSet={SCREENSHOT('jpg')}
            sizes="(min-width: 56rem) 300px, 60vw"
            width={600}
            height={1298}
            fetchPriority="high"
            alt={t('landing:landing.hero.screenshot')}
          />
        </picture>
      </section>

      <section aria-labelledby="how" className="landing-section">
        <h2 id="how">{t('landing:landing.how.title')}</h2>
        <ol className="steps">
          <li>
            <h3>{t('landing:landing.how.list.title')}</h3>
            <p>{t('landing:landing.how.list.text')}</p>
          </li>
          <li>
            <h3>{t('landing:landing.how.share.title')}</h3>
            <p>{t('landing:landing.how.share.text')}</p>
          </li>
          <li>
            <h3>{t('landing:landing.how.reserve.title')}</h3>
            <p>{t('landing:landing.how.reserve.text')}</p>
          </li>
        </ol>
      </section>

      <section aria-labelledby="money" className="landing-section">
        <h2 id="money">{t('landing:landing.money.title')}</h2>
        <div className="feature-pair">
          <div>
            <h3>{t('landing:landing.money.fund.title')}</h3>
            <p>{t('landing:landing.money.fund.text')}</p>
          </div>
          <div>
            <h3>{t('landing:landing.money.group.title')}</h3>
            <p>{t('landing:landing.money.group.text')}</p>
          </div>
        </div>
        <p className="landing-note">{t('landing:landing.money.note')}</p>
      </section>

      <section aria-labelledby="plans" className="landing-section">
        <h2 id="plans">{t('landing:landing.plans.title')}</h2>
        <PlanCards />
      </section>

      <section aria-labelledby="guests" className="landing-section landing-guests">
        <h2 id="guests">{t('landing:landing.guests.title')}</h2>
        <p>
          <Trans id="landing:landing.guests.text" components={{ 0: <a href={paths.giftList(paths.exampleListSlug)} /> }} />
        </p>
      </section>
    </div>
  );
}
