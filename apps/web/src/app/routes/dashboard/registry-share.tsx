import { CustomDomainPanel } from '@/features/custom-domains/components/custom-domain-panel';
import { GuestCardsPanel } from '@/features/guest-cards/components/guest-cards-panel';
import { ShareInvitationsForm } from '@/features/registries/components/share-invitations-form';
import { SentInvitations } from '@/features/registries/components/sent-invitations';
import { SharePanel } from '@/features/registries/components/share-panel';
import { useT } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useCurrentRegistry } from './registry-layout';

export function Component() {
  const registry = useCurrentRegistry();
  const t = useT('dashboard');
  useDocumentTitle(t('dashboard:registry.page-title', { page: t('dashboard:tabs.share'), title: registry.title }));
  return (
    <div className="stack">
      <h2>{t('dashboard:share.title')}</h2>
      <SharePanel registry={registry} />
      <section className="panel">
        <ShareInvitationsForm registryId={registry.id} passwordProtected={registry.visibility === 'password'} />
      </section>
      <GuestCardsPanel registry={registry} />
      <CustomDomainPanel registry={registry} />
      <section className="panel">
        <SentInvitations registryId={registry.id} />
      </section>
    </div>
  );
}
