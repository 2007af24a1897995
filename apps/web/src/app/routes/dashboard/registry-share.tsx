import { CustomDomainPanel } from '@/features/custom-domains/components/custom-domain-panel';
import { GuestCardsPanel } from '@/features/guest-cards/components/guest-cards-panel';
import { ShareInvitationsForm } from '@/features/registries/components/share-invitations-form';
import { SentInvitations } from '@/features/registries/components/sent-invitations';
import { SharePanel } from '@/features/registries/components/share-panel';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useCurrentRegistry } from './registry-layout';

export function Component() {
  const registry = useCurrentRegistry();
  useDocumentTitle(`Share · ${registry.title}`);
  return (
    <div className="stack">
      <h2>Share your gift list</h2>
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
